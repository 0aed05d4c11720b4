import type { Program, ProcessContext } from './process';
import { Shell, type ShellOptions } from './shell';
import { ControlFlow } from './control-flow';
import { resolvePath } from './path';

export interface ShProgramOptions {
  /** Programs the shell's commands may run (usually the same registry this program is in). */
  programs: () => Map<string, Program> | Record<string, Program>;
  flavor?: ShellOptions['flavor'];
  /** The prompt for an interactive `sh` (ctx.tty set, no script). */
  prompt?: (sh: Shell) => string;
  /** Called for every new shell (the integrator adds completion extensions, aliases...). */
  setup?: (sh: Shell) => void;
}

/**
 * The `sh`/`bash`/`dash`/`ash` program: `sh -c 'cmd' [name [args]]`, `sh script.sh [args]`,
 * `sh` reading commands from stdin, or an interactive shell when attached to a terminal.
 */
export function shProgram(opts: ShProgramOptions): Program {
  return async (ctx: ProcessContext) => {
    const invoked = ctx.argv[0].split('/').pop() ?? 'sh';
    // Shells name themselves by argv[0] as invoked: `/bin/sh -c foo` says `/bin/sh: ...`.
    const name = ctx.argv[0] || invoked;
    const flavor = opts.flavor ?? (invoked === 'bash' ? 'bash' : 'busybox');
    let args = ctx.argv.slice(1);
    const setFlags: string[] = [];
    let command: string | undefined;
    while (args.length && /^[-+][a-zA-Z]+$/.test(args[0])) {
      const a = args.shift()!;
      if (a.includes('c')) { command = args.shift(); if (command === undefined) { ctx.stderr.write(`${name}: -c: option requires an argument\n`); return 2; } }
      for (const f of a.slice(1)) if ('ex'.includes(f)) setFlags.push(a[0] + f);
    }
    if (args[0] === '--') args = args.slice(1);
    const base: ShellOptions = { fs: ctx.fs, programs: opts.programs(), env: ctx.env, cwd: ctx.cwd, name, flavor };
    const rio = { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr, tty: ctx.tty, stderrTty: ctx.stderrTty, signal: ctx.signal };
    const make = (o: Partial<ShellOptions>) => {
      const sh = new Shell({ ...base, ...o });
      for (const f of setFlags) sh.options[f[1] === 'e' ? 'errexit' : 'xtrace'] = f[0] === '-';
      opts.setup?.(sh);
      return sh;
    };
    if (command !== undefined) {
      const sh = make({ mode: 'c', arg0: args[0] ?? name, args: args.slice(1) });
      return sh.runScript(command, rio);
    }
    if (args.length) {
      const file = args[0];
      const abs = resolvePath(ctx.cwd, file);
      const st = ctx.fs.stat(abs);
      if (!st || st.type !== 'file') {
        ctx.stderr.write(st ? `${name}: ${file}: Is a directory\n` : flavor === 'bash' ? `${name}: ${file}: No such file or directory\n` : `${name}: can't open '${file}': No such file or directory\n`);
        return st ? 126 : flavor === 'bash' ? 127 : 2;
      }
      const sh = make({ mode: 'script', arg0: file, args: args.slice(1) });
      return sh.runScript(new TextDecoder().decode(ctx.fs.readFile(abs)), rio);
    }
    // Like bash, a terminal on stdin makes `sh` interactive even without -i.
    if (ctx.tty) {
      const sh = make({ mode: 'interactive' });
      try {
        return await sh.repl(ctx.tty, { prompt: () => (opts.prompt ? opts.prompt(sh) : '# ') });
      } catch (e) {
        if (e instanceof ControlFlow) return e.status;
        throw e;
      } finally {
        if (flavor === 'bash') saveHistory(sh);
      }
    }
    let text = '';
    for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) text += c;
    const sh = make({ mode: 'c' });
    return sh.runScript(text, rio);
  };
}

/**
 * An interactive bash appends its history to $HISTFILE (~/.bash_history) when it exits, which
 * is why `docker diff` after `docker run -it ubuntu` shows `A /root/.bash_history`.
 */
function saveHistory(sh: Shell): void {
  const lines = sh.getHistory();
  const home = sh.getVar('HOME');
  if (!lines.length || !home) return;
  const file = sh.getVar('HISTFILE') ?? `${home.replace(/\/$/, '')}/.bash_history`;
  try {
    const st = sh.fs.stat(file);
    const old = st?.type === 'file' ? new TextDecoder().decode(sh.fs.readFile(file)) : '';
    sh.fs.writeFile(file, new TextEncoder().encode(old + lines.join('\n') + '\n'), { mode: 0o600 });
  } catch {
    // bash says nothing when it cannot write its history (read-only or missing home)
  }
}
