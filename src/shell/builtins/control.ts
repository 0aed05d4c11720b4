import type { Builtin } from './builtin';
import { ControlFlow } from '../control-flow';
import { ShellSyntaxError } from '../parser/syntax-error';
import { resolvePath } from '../path';

function statusArg(sh: Parameters<Builtin>[0], io: Parameters<Builtin>[2], name: string, a: string | undefined): number | undefined {
  if (a === undefined) return sh.lastStatus;
  if (!/^[-+]?[0-9]+$/.test(a.trim())) { sh.error(io, `${name}: ${a}: numeric argument required`); return undefined; }
  return Number(a) & 255;
}

/** Control flow, evaluation and execution builtins. */
export const controlBuiltins: Record<string, Builtin> = {
  true: () => 0,
  false: () => 1,
  ':': () => 0,
  exit(sh, argv, io) {
    // An interactive bash says "exit" as it leaves (before any complaint about the argument).
    if (sh.mode === 'interactive' && !sh.isSubshell) io.stderr.write('exit\n');
    if (argv.length > 2) { sh.error(io, 'exit: too many arguments'); return 1; }
    const st = statusArg(sh, io, 'exit', argv[1]);
    throw new ControlFlow('exit', st ?? 2);
  },
  return(sh, argv, io) {
    if (sh.funcDepth === 0 && sh.sourceDepth === 0) { sh.error(io, "return: can only `return' from a function or sourced script"); return 2; }
    const st = statusArg(sh, io, 'return', argv[1]);
    throw new ControlFlow('return', st ?? 2);
  },
  break: (sh, argv, io) => loopControl(sh, argv, io, 'break'),
  continue: (sh, argv, io) => loopControl(sh, argv, io, 'continue'),
  async eval(sh, argv, io) {
    const text = argv.slice(1).join(' ');
    try {
      return await sh.interp.list(sh.parse(text), io);
    } catch (e) {
      if (e instanceof ShellSyntaxError) { sh.error(io, `eval: ${sh.messages.syntax(e.message)}`.replace(/^eval: /, '')); return 2; }
      throw e;
    }
  },
  async source(sh, argv, io) {
    if (argv.length < 2) {
      sh.error(io, `${argv[0]}: filename argument required`);
      io.stderr.write(`${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
      return 2;
    }
    const file = argv[1];
    let abs = resolvePath(sh.cwd, file);
    if (!file.includes('/') && sh.fs.stat(abs)?.type !== 'file') {
      for (const d of (sh.getVar('PATH') ?? '').split(':')) {
        const p = resolvePath(sh.cwd, `${d || '.'}/${file}`);
        if (sh.fs.stat(p)?.type === 'file') { abs = p; break; }
      }
    }
    const st = sh.fs.stat(abs);
    if (!st) { sh.error(io, `${file}: No such file or directory`); return 1; }
    if (st.type === 'dir') { sh.error(io, `${argv[0]}: ${file}: is a directory`); return 1; }
    const text = new TextDecoder().decode(sh.fs.readFile(abs));
    const saved = sh.positional;
    if (argv.length > 2) sh.positional = argv.slice(2);
    sh.sourceDepth++;
    try {
      let list;
      try {
        list = sh.parse(text);
      } catch (e) {
        if (e instanceof ShellSyntaxError) { sh.error(io, `${file}: line ${e.line}: ${sh.messages.syntax(e.message)}`); return 2; }
        throw e;
      }
      return await sh.interp.list(list, io);
    } catch (e) {
      if (e instanceof ControlFlow && e.kind === 'return') return e.status;
      throw e;
    } finally {
      sh.sourceDepth--;
      if (argv.length > 2) sh.positional = saved;
    }
  },
  async exec(sh, argv, io) {
    if (argv.length < 2) return 0;
    const st = await sh.interp.runner.exec(argv.slice(1), io);
    throw new ControlFlow('exit', st);
  },
  async command(sh, argv, io) {
    const args = argv.slice(1);
    if (args[0] === '-v' || args[0] === '-V') {
      let found = false;
      for (const n of args.slice(1)) {
        const r = sh.interp.runner.resolve(n);
        found ||= !!r;
        if (!r) { if (args[0] === '-V') sh.error(io, `command: ${n}: not found`); continue; }
        if (args[0] === '-V') { io.stdout.write(describe(n, r) + '\n'); continue; }
        io.stdout.write((r.kind === 'file' ? r.path : r.kind === 'alias' ? `alias ${n}='${r.value}'` : n) + '\n');
      }
      return found ? 0 : 1;
    }
    if (!args.length) return 0;
    return sh.interp.runner.exec(args[0] === '-p' ? args.slice(1) : args, io, undefined, true);
  },
  type(sh, argv, io) {
    let st = 0;
    let terse = false;
    for (const n of argv.slice(1)) {
      if (n === '-t') { terse = true; continue; }
      const r = sh.interp.runner.resolve(n);
      if (!r) { if (!terse) sh.error(io, `type: ${n}: not found`); st = 1; continue; }
      io.stdout.write((terse ? r.kind : describe(n, r)) + '\n');
    }
    return st;
  },
  async wait(sh) {
    let st = 0;
    for (const j of sh.jobs) st = await j.done;
    return st;
  },
  jobs(sh, _argv, io) {
    sh.jobs.forEach((j, k) => {
      const mark = k === sh.jobs.length - 1 ? '+' : k === sh.jobs.length - 2 ? '-' : ' ';
      const state = j.status === undefined ? 'Running' : j.status === 0 ? 'Done' : `Exit ${j.status}`;
      io.stdout.write(`[${j.id}]${mark}  ${state.padEnd(24)}${j.text}\n`);
    });
    return 0;
  },
};

function describe(n: string, r: NonNullable<ReturnType<Parameters<Builtin>[0]['interp']['runner']['resolve']>>): string {
  switch (r.kind) {
    case 'alias': return `${n} is aliased to \`${r.value}'`;
    case 'keyword': return `${n} is a shell keyword`;
    case 'function': return `${n} is a function`;
    case 'builtin': return `${n} is a shell builtin`;
    case 'file': return `${n} is ${r.path}`;
  }
}

function loopControl(sh: Parameters<Builtin>[0], argv: string[], io: Parameters<Builtin>[2], kind: 'break' | 'continue'): number {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n)) { sh.error(io, `${kind}: ${argv[1]}: numeric argument required`); return 1; }
  if (n < 1) { sh.error(io, `${kind}: ${argv[1]}: loop count out of range`); return 1; }
  if (sh.loopDepth === 0) { sh.error(io, `${kind}: only meaningful in a \`for', \`while', or \`until' loop`); return 0; }
  throw new ControlFlow(kind, 0, Math.min(n, sh.loopDepth));
}
