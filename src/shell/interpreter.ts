import type { AndOr, CaseCommand, Command, ForCommand, IfCommand, List, Pipeline, WhileCommand } from './parser/ast';
import type { Shell } from './shell';
import { ControlFlow } from './control-flow';
import { emptyInput, type Io } from './io';
import { Pipe } from './pipe';
import { Expander, ExpansionError } from './expand/expander';
import { globMatch } from './expand/glob';
import { ArithError } from './expand/arith';
import { applyRedirs, RedirError } from './redirect';
import { CommandRunner } from './command-runner';

/**
 * Walks the syntax tree: lists, and-or chains, pipelines (stages run concurrently, each in a
 * subshell as in bash), compound commands and functions. Simple commands go to CommandRunner.
 */
export class Interpreter {
  readonly runner: CommandRunner;

  constructor(private sh: Shell) {
    this.runner = new CommandRunner(sh);
  }

  expander(): Expander {
    return this.runner.expander();
  }

  async list(list: List, io: Io): Promise<number> {
    let st = this.sh.lastStatus;
    for (const item of list) {
      if (io.signal.aborted) return (this.sh.lastStatus = 130);
      if (item.background) { this.background(item.andOr, io); st = 0; this.sh.lastStatus = 0; continue; }
      st = await this.andOr(item.andOr, io);
      this.sh.lastStatus = st;
    }
    return st;
  }

  private background(ao: AndOr, io: Io): void {
    const sub = this.sh.clone();
    const pid = this.sh.nextPid++;
    this.sh.lastBgPid = pid;
    const id = (this.sh.jobs.reduce((m, j) => Math.max(m, j.id), 0)) + 1;
    if (this.sh.mode === 'interactive') io.stderr.write(`[${id}] ${pid}\n`);
    const bio: Io = { ...io, stdin: emptyInput, tty: undefined };
    const job = { id, pid, text: '', done: Promise.resolve(0), status: undefined as number | undefined };
    job.done = sub.interp.andOr(ao, bio).catch((e) => (e instanceof ControlFlow ? e.status : 1)).then((s) => { job.status = s; return s; });
    this.sh.jobs.push(job);
  }

  async andOr(ao: AndOr, io: Io): Promise<number> {
    const chained = ao.rest.length > 0;
    if (chained) this.sh.condDepth++;
    let st: number;
    try {
      st = await this.pipeline(ao.first, io, chained);
    } finally {
      if (chained) this.sh.condDepth--;
    }
    for (let k = 0; k < ao.rest.length; k++) {
      const { op, pipeline } = ao.rest[k];
      this.sh.lastStatus = st;
      if ((op === '&&') !== (st === 0)) continue;
      const last = k === ao.rest.length - 1;
      if (!last) this.sh.condDepth++;
      try {
        st = await this.pipeline(pipeline, io, !last);
      } finally {
        if (!last) this.sh.condDepth--;
      }
    }
    return st;
  }

  private async pipeline(p: Pipeline, io: Io, inCondition: boolean): Promise<number> {
    let st: number;
    if (p.bang) this.sh.condDepth++;
    try {
      st = p.cmds.length === 1 ? await this.command(p.cmds[0], io) : await this.multi(p, io);
    } finally {
      if (p.bang) this.sh.condDepth--;
    }
    if (p.bang) return st === 0 ? 1 : 0;
    if (st !== 0 && this.sh.options.errexit && this.sh.condDepth === 0 && !inCondition) throw new ControlFlow('exit', st);
    return st;
  }

  private async multi(p: Pipeline, io: Io): Promise<number> {
    const n = p.cmds.length;
    const pipes = Array.from({ length: n - 1 }, () => new Pipe());
    const ctrls = p.cmds.map(() => new AbortController());
    const onParentAbort = () => ctrls.forEach((c) => c.abort());
    io.signal.addEventListener('abort', onParentAbort);
    const runs = p.cmds.map(async (cmd, k) => {
      const sub = this.sh.clone();
      if (k < n - 1) pipes[k].onBroken = () => ctrls[k].abort();
      const sio: Io = {
        ...io,
        stdin: k === 0 ? io.stdin : pipes[k - 1],
        stdout: k === n - 1 ? io.stdout : pipes[k],
        tty: undefined,
        signal: ctrls[k].signal,
      };
      if (io.tty && k === 0 && n === 1) sio.tty = io.tty;
      try {
        return await sub.interp.command(cmd, sio);
      } catch (e) {
        if (e instanceof ControlFlow) return e.status;
        throw e;
      } finally {
        if (k < n - 1) pipes[k].close();
        if (k > 0) pipes[k - 1].closeRead();
      }
    });
    try {
      const sts = await Promise.all(runs);
      return io.signal.aborted ? 130 : sts[n - 1];
    } finally {
      io.signal.removeEventListener('abort', onParentAbort);
    }
  }

  async command(c: Command, io: Io): Promise<number> {
    if (c.t === 'simple') return this.runner.simple(c, io);
    if (c.t === 'func') { this.sh.functions.set(c.name, c.body); return 0; }
    this.sh.currentLine = c.line;
    let rio: Io;
    let close: () => void;
    try {
      [rio, close] = await applyRedirs(this.sh, c.redirs, io, this.expander());
    } catch (e) {
      if (e instanceof RedirError) { this.sh.error(io, e.message); return 1; }
      return this.runner.expansionFailed(e, io);
    }
    try {
      switch (c.t) {
        case 'group': return await this.list(c.body, rio);
        case 'subshell': {
          const sub = this.sh.clone();
          try {
            return await sub.interp.list(c.body, rio);
          } catch (e) {
            if (e instanceof ControlFlow && e.kind === 'exit') return e.status;
            throw e;
          }
        }
        case 'if': return await this.runIf(c, rio);
        case 'for': return await this.runFor(c, rio);
        case 'while': return await this.runWhile(c, rio);
        case 'case': return await this.runCase(c, rio);
      }
    } catch (e) {
      if (e instanceof ExpansionError || e instanceof ArithError) return this.runner.expansionFailed(e, io);
      throw e;
    } finally {
      close();
    }
  }

  async cond(list: List, io: Io): Promise<number> {
    this.sh.condDepth++;
    try {
      return await this.list(list, io);
    } finally {
      this.sh.condDepth--;
    }
  }

  private async runIf(c: IfCommand, io: Io): Promise<number> {
    for (const cl of c.clauses) {
      if ((await this.cond(cl.cond, io)) === 0) return this.list(cl.body, io);
    }
    return c.elseBody ? this.list(c.elseBody, io) : 0;
  }

  /** Runs a loop body, turning break/continue into loop control. Returns 'break' to stop. */
  private async loopBody(body: List, io: Io): Promise<{ st: number; stop: boolean }> {
    try {
      return { st: await this.list(body, io), stop: io.signal.aborted };
    } catch (e) {
      if (!(e instanceof ControlFlow) || (e.kind !== 'break' && e.kind !== 'continue')) throw e;
      if (e.levels > 1) throw new ControlFlow(e.kind, e.status, e.levels - 1);
      return { st: e.status, stop: e.kind === 'break' };
    }
  }

  private async runFor(c: ForCommand, io: Io): Promise<number> {
    const items = c.words ? await this.expander().words(c.words) : [...this.sh.positional];
    let st = 0;
    this.sh.loopDepth++;
    try {
      for (const it of items) {
        if (!this.sh.setVar(c.name, it, io)) return 1;
        const r = await this.loopBody(c.body, io);
        st = r.st;
        if (r.stop) break;
      }
    } finally {
      this.sh.loopDepth--;
    }
    return io.signal.aborted ? 130 : st;
  }

  private async runWhile(c: WhileCommand, io: Io): Promise<number> {
    let st = 0;
    this.sh.loopDepth++;
    try {
      for (;;) {
        if (io.signal.aborted) return 130;
        const cs = await this.cond(c.cond, io);
        if ((cs === 0) === c.until) break;
        const r = await this.loopBody(c.body, io);
        st = r.st;
        if (r.stop) break;
        // Let other pipeline stages and the page breathe in a tight loop.
        await Promise.resolve();
      }
    } finally {
      this.sh.loopDepth--;
    }
    return io.signal.aborted ? 130 : st;
  }

  private async runCase(c: CaseCommand, io: Io): Promise<number> {
    const word = await this.expander().string(c.word);
    let st = 0;
    let fall = false;
    for (let k = 0; k < c.items.length; k++) {
      const it = c.items[k];
      let hit = fall;
      if (!hit) {
        for (const p of it.patterns) if (globMatch(await this.expander().pattern(p), word)) { hit = true; break; }
      }
      if (!hit) continue;
      st = await this.list(it.body, io);
      if (it.term === ';;') return st;
      fall = it.term === ';&';
    }
    return st;
  }
}
