import { FsError } from '../engine/fs/vfs';
import { programOfContent } from '../engine/layer/executable';
import type { Command, SimpleCommand } from './parser/ast';
import { InterruptError, type ProcessContext } from './process';
import type { Shell } from './shell';
import { ControlFlow } from './control-flow';
import { StringOutput, type Io } from './io';
import { Expander, ExpansionError } from './expand/expander';
import { ArithError } from './expand/arith';
import { applyRedirs, RedirError } from './redirect';
import { resolvePath } from './path';
import { builtins } from './builtins/index';
import { ShellMessages } from './messages';

const SHELL_PROGRAMS = new Set(['sh', 'bash', 'dash', 'ash']);
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while', 'until', 'do', 'done', 'in', 'function', '{', '}', '!', '[[', ']]', 'time', 'select', 'coproc']);

export type Resolved =
  | { kind: 'alias'; value: string }
  | { kind: 'keyword' }
  | { kind: 'function'; body: Command }
  | { kind: 'builtin' }
  | { kind: 'file'; path: string };

/**
 * Runs simple commands: expansion, assignments, redirections, then lookup in bash's order
 * (functions, builtins, PATH) and execution of the executable file found (a simulated program
 * named by its header, a `#!` script, or a plain text file run as a shell script).
 */
export class CommandRunner {
  private substStatus: number | undefined;

  constructor(private sh: Shell) {}

  expander(io?: Io): Expander {
    const sh = this.sh;
    return new Expander({
      fs: sh.fs,
      get cwd() { return sh.cwd; },
      getVar: (n) => sh.getVar(n),
      setVar: (n, v) => { sh.setVar(n, v); },
      positional: () => sh.positional,
      special: (n) => (n === '?' ? String(sh.lastStatus) : n === '$' ? String(sh.pid) : n === '!' ? (sh.lastBgPid ? String(sh.lastBgPid) : '') : n === '-' ? flags(sh) : sh.arg0),
      commandSubst: async (body) => {
        const sub = sh.clone();
        const out = new StringOutput();
        const signal = io?.signal ?? new AbortController().signal;
        let st: number;
        try {
          st = await sub.interp.list(body, { stdin: io?.stdin ?? { read: async () => null }, stdout: out, stderr: io?.stderr ?? out, signal });
        } catch (e) {
          if (!(e instanceof ControlFlow)) throw e;
          st = e.status;
        }
        this.substStatus = st;
        sh.lastStatus = st;
        return out.text;
      },
    });
  }

  async simple(c: SimpleCommand, io: Io): Promise<number> {
    const sh = this.sh;
    sh.currentLine = c.line;
    this.substStatus = undefined;
    const ex = this.expander(io);
    let argv: string[];
    const assigns = new Map<string, string>();
    try {
      argv = await ex.words(c.words);
      for (const a of c.assigns) assigns.set(a.name, await ex.string(a.value));
    } catch (e) {
      return this.expansionFailed(e, io);
    }
    if (sh.options.xtrace) {
      const parts = [...[...assigns].map(([k, v]) => `${k}=${quote(v)}`), ...argv.map(quote)];
      io.stderr.write(`+ ${parts.join(' ')}\n`);
    }
    let rio: Io;
    try {
      [rio] = await applyRedirs(sh, c.redirs, io, ex);
    } catch (e) {
      if (e instanceof RedirError) { sh.error(io, e.message); return 1; }
      return this.expansionFailed(e, io);
    }
    if (!argv.length) {
      // bash treats a readonly assignment like an expansion error: the line is abandoned.
      for (const [k, v] of assigns) if (!sh.setVar(k, v, io)) throw new ControlFlow(sh.mode === 'interactive' ? 'abort' : 'exit', 1);
      return this.substStatus ?? 0;
    }
    return this.exec(argv, rio, assigns);
  }

  /**
   * An expansion error (${x:?}, bad arithmetic) abandons the whole command line at a prompt
   * (status 1) and ends a non-interactive shell, as bash does.
   */
  expansionFailed(e: unknown, io: Io): never {
    if (e instanceof ExpansionError || e instanceof ArithError) {
      this.sh.error(io, e.message);
      if (this.sh.mode === 'interactive') throw new ControlFlow('abort', 1);
      throw new ControlFlow('exit', e instanceof ExpansionError ? e.status : 1);
    }
    throw e;
  }

  /** Runs an already expanded command line. `skipFunctions` is `command name`. */
  async exec(argv: string[], io: Io, assigns = new Map<string, string>(), skipFunctions = false): Promise<number> {
    const sh = this.sh;
    const name = argv[0];
    const fn = skipFunctions ? undefined : sh.functions.get(name);
    if (fn) return this.withTemp(assigns, () => this.callFunction(fn, argv.slice(1), io, name));
    const b = builtins[name];
    if (b) return this.withTemp(assigns, async () => b(sh, argv, io));
    const path = this.lookPath(name);
    if (!path) { sh.error(io, sh.messages.notFound(name)); return 127; }
    return this.execFile(argv, path.startsWith('/') ? path : resolvePath(sh.cwd, path), io, sh.environment(assigns));
  }

  private async withTemp(assigns: Map<string, string>, f: () => Promise<number>): Promise<number> {
    if (!assigns.size) return f();
    const saved = new Map([...assigns.keys()].map((k) => [k, this.sh.vars.get(k)]));
    for (const [k, v] of assigns) this.sh.vars.set(k, { value: v, exported: true });
    try {
      return await f();
    } finally {
      for (const [k, v] of saved) { if (v) this.sh.vars.set(k, v); else this.sh.vars.delete(k); }
    }
  }

  async callFunction(body: Command, args: string[], io: Io, name = ''): Promise<number> {
    const sh = this.sh;
    const savedName = sh.vars.get('FUNCNAME');
    sh.vars.set('FUNCNAME', { value: name, exported: false });
    const saved = sh.positional;
    sh.positional = args;
    sh.funcDepth++;
    const frame = new Map<string, import('./shell').Var | undefined>();
    sh.localFrames.push(frame);
    try {
      return await sh.interp.command(body, io);
    } catch (e) {
      if (e instanceof ControlFlow && e.kind === 'return') return e.status;
      throw e;
    } finally {
      sh.positional = saved;
      sh.funcDepth--;
      sh.localFrames.pop();
      if (savedName) sh.vars.set('FUNCNAME', savedName);
      else sh.vars.delete('FUNCNAME');
      for (const [k, v] of frame) { if (v) sh.vars.set(k, v); else sh.vars.delete(k); }
    }
  }

  /** What a name means, in bash's lookup order (for `type`, `command -v`). */
  resolve(name: string): Resolved | undefined {
    const a = this.sh.aliases.get(name);
    if (a !== undefined) return { kind: 'alias', value: a };
    if (KEYWORDS.has(name)) return { kind: 'keyword' };
    const f = this.sh.functions.get(name);
    if (f) return { kind: 'function', body: f };
    if (builtins[name]) return { kind: 'builtin' };
    const p = this.lookPath(name);
    if (p && this.isExecutable(resolvePath(this.sh.cwd, p))) return { kind: 'file', path: p };
    return undefined;
  }

  /** PATH search: the first executable regular file; else the first one found at all (-> EACCES). */
  lookPath(name: string): string | undefined {
    if (name.includes('/')) return name;
    let denied: string | undefined;
    for (const dir of (this.sh.getVar('PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':')) {
      const d = dir === '' ? '.' : dir;
      const p = d.endsWith('/') ? d + name : `${d}/${name}`;
      const st = this.sh.fs.stat(resolvePath(this.sh.cwd, p));
      if (st?.type !== 'file') continue;
      if (st.mode & 0o111) return p;
      denied ??= p;
    }
    return denied;
  }

  private isExecutable(abs: string): boolean {
    const st = this.sh.fs.stat(abs);
    return st?.type === 'file' && (st.mode & 0o111) !== 0;
  }

  private async execFile(argv: string[], abs: string, io: Io, env: Map<string, string>): Promise<number> {
    const sh = this.sh;
    const shown = argv[0];
    const st = sh.fs.stat(abs);
    if (!st) { sh.error(io, sh.messages.exec(shown, 'ENOENT')); return 127; }
    if (st.type === 'dir') { sh.error(io, sh.messages.exec(shown, 'EISDIR')); return 126; }
    if (!(st.mode & 0o111)) { sh.error(io, sh.messages.exec(shown, 'EACCES')); return 126; }
    const content = sh.fs.readContent(abs);
    const prog = programOfContent(content);
    if (prog) return this.runProgram(prog, argv, io, env);
    const head = content.kind === 'bytes' ? new TextDecoder('latin1').decode(content.bytes.subarray(0, 128)) : '';
    if (head.startsWith('#!')) {
      const [interp, ...iargs] = head.slice(2).split('\n')[0].trim().split(/[ \t]+/);
      let ipath = interp;
      let rest = iargs.slice(0, 1);
      if (/(^|\/)env$/.test(interp) && iargs.length && this.isExecutable(interp)) {
        const found = this.lookPath(iargs[0]);
        if (!found) { io.stderr.write(`/usr/bin/env: '${iargs[0]}': No such file or directory\n`); return 127; }
        ipath = resolvePath(sh.cwd, found);
        rest = [];
      }
      if (!ipath || !this.isExecutable(ipath)) {
        sh.error(io, `${shown}: ${ipath}: bad interpreter: ${ShellMessages.strerror('ENOENT')}`);
        return 126;
      }
      const iprog = programOfContent(sh.fs.readContent(ipath));
      if (!iprog) { sh.error(io, `${shown}: ${ipath}: bad interpreter: Exec format error`); return 126; }
      // The kernel hands the interpreter the path exec was given: a PATH hit is its full path.
      const script = shown.includes('/') ? shown : abs;
      return this.runProgram(iprog, [ipath, ...rest, script, ...argv.slice(1)], io, env, { abs, shown, args: argv.slice(1) });
    }
    if (head.startsWith('\x7fELF')) { sh.error(io, `${shown}: cannot execute binary file: Exec format error`); return 126; }
    return this.runShellScript(abs, shown, argv.slice(1), io, env);
  }

  /** A script run by our own shell: a subshell with its own $0 and positional parameters. */
  async runShellScript(abs: string, arg0: string, args: string[], io: Io, env: Map<string, string>): Promise<number> {
    const sub = this.sh.clone();
    for (const [k, v] of env) if (!sub.vars.get(k)?.exported) sub.vars.set(k, { value: v, exported: true });
    sub.functions = new Map();
    sub.mode = 'script';
    sub.arg0 = arg0;
    sub.positional = args;
    const text = new TextDecoder().decode(sub.fs.readFile(abs));
    return sub.runScript(text, io);
  }

  private async runProgram(prog: string, argv: string[], io: Io, env: Map<string, string>, script?: { abs: string; shown: string; args: string[] }): Promise<number> {
    const sh = this.sh;
    const p = sh.programs.get(prog);
    if (!p) {
      if (SHELL_PROGRAMS.has(prog) && script) return this.runShellScript(script.abs, script.shown, script.args, io, env);
      sh.error(io, `${argv[0]}: layerlab: program '${prog}' is not available in this sandbox`);
      return 126;
    }
    const ctx: ProcessContext = { argv, env, cwd: sh.cwd, fs: sh.fs, stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, tty: io.tty, stderrTty: io.stderrTty, signal: io.signal };
    try {
      const st = await p(ctx);
      return io.signal.aborted ? 130 : st;
    } catch (e) {
      if (e instanceof InterruptError || io.signal.aborted) return 130;
      if (e instanceof ControlFlow) throw e;
      if (e instanceof FsError) { io.stderr.write(`${argv[0]}: ${e.path}: ${ShellMessages.strerror(e.code)}\n`); return 1; }
      io.stderr.write(`${argv[0]}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
}

function flags(sh: Shell): string {
  return (sh.options.errexit ? 'e' : '') + 'h' + (sh.mode === 'interactive' ? 'i' : '') + 'B' + (sh.options.xtrace ? 'x' : '') + (sh.mode === 'c' ? 'c' : '');
}

/** How `set -x` shows a word: single-quoted when it has blanks or specials (bash's style). */
export function quote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
