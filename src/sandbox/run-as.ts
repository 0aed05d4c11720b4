import type { Vfs } from '../engine/fs/vfs';
import { FsError } from '../engine/fs/vfs';
import { programOfContent } from '../engine/layer/executable';
import type { Program, ProcessContext, Terminal } from '../shell/process';
import { InterruptError } from '../shell/process';
import { ControlFlow } from '../shell/control-flow';
import { shProgram } from '../shell/sh-program';
import { Shell } from '../shell/shell';
import { quote } from '../shell/command-runner';
import { ShellMessages } from '../shell/messages';
import { fsAs, resolveUserSpec } from '../shell/coreutils/lib/users';
import { shellPrompt } from './shell-prompt';

/** A /etc/passwd entry, with the fields sudo and su need (users.ts keeps only name, ids, home). */
export interface Account {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

/** The account named `name` in the filesystem's own /etc/passwd. */
export function findAccount(fs: Vfs, name: string): Account | undefined {
  return accounts(fs).find((a) => a.name === name);
}

export function accountOfUid(fs: Vfs, uid: number): Account | undefined {
  return accounts(fs).find((a) => a.uid === uid);
}

function accounts(fs: Vfs): Account[] {
  let text = '';
  try {
    text = new TextDecoder().decode(fs.readFile('/etc/passwd'));
  } catch {
    return [];
  }
  const out: Account[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 7 || !/^\d+$/.test(f[2]) || !/^\d+$/.test(f[3])) continue;
    out.push({ name: f[0], uid: Number(f[2]), gid: Number(f[3]), home: f[5], shell: f[6] || '/bin/sh' });
  }
  return out;
}

/** `fs` as the account's processes see it: what they create is theirs (users.ts fsAs). */
export function fsOf(fs: Vfs, acct: Account): Vfs {
  const cred = resolveUserSpec(fs, acct.name);
  return fsAs(fs, 'error' in cred ? { uid: acct.uid, gid: acct.gid, groups: [acct.gid] } : cred);
}

/** The machine's name as bash sets $HOSTNAME: /etc/hostname, else localhost. */
export function hostname(fs: Vfs): string {
  try {
    return new TextDecoder().decode(fs.readFile('/etc/hostname')).trim() || 'localhost';
  } catch {
    return 'localhost';
  }
}

export interface ShellStart {
  /** The shell's path (/bin/bash); argv[0] is `-bash` for a login shell, else `argv0`. */
  shell: string;
  argv0: string;
  login: boolean;
  /** `-c` text; none: interactive at a terminal, else commands from stdin. */
  command?: string;
  env: Map<string, string>;
  cwd: string;
  fs: Vfs;
  /** Says the shell could not start, in the caller's words (sudo's or su's). */
  fail: (why: string) => void;
}

/**
 * Runs a user's shell as sudo -i/-s and su start it. bash is started here rather than from the
 * registry so that, like the real bash, it sets $HOSTNAME itself (unexported) when the
 * environment lacks it: `sudo su -` clears the environment, and the prompt still says
 * root@layerlab.
 */
export async function runShell(ctx: ProcessContext, programs: () => Map<string, Program>, s: ShellStart): Promise<number> {
  let prog: string | undefined;
  try {
    prog = programOfContent(s.fs.readContent(s.shell));
  } catch {
    s.fail('No such file or directory');
    return 1;
  }
  const host = hostname(s.fs);
  const impl =
    prog === 'bash'
      ? shProgram({ programs, flavor: 'bash', prompt: shellPrompt, setup: (sh: Shell) => void (sh.getVar('HOSTNAME') === undefined && sh.setVar('HOSTNAME', host)) })
      : prog && programs().get(prog);
  if (!impl) {
    ctx.stderr.write(`layerlab: '${prog ?? s.shell}' is not available in this sandbox\n`);
    return 1;
  }
  const argv = [s.argv0, ...(s.command !== undefined ? ['-c', s.command] : [])];
  if (!(s.login && s.command === undefined && ctx.tty)) return guarded(ctx, s.argv0, () => impl({ ...ctx, argv, env: s.env, cwd: s.cwd, fs: s.fs }));
  const tty = loggingOut(ctx.tty);
  const st = await guarded(ctx, s.argv0, () => impl({ ...ctx, argv, env: s.env, cwd: s.cwd, fs: s.fs, tty }));
  tty.end();
  return st;
}

/**
 * An interactive login shell says "logout" as it leaves, where the shell says "exit" (its
 * `exit` builtin and Ctrl-D). The terminal holds back a write of exactly "exit\n" until the next
 * thing happens on it: if that is the shell ending, the word was the shell's and is "logout";
 * anything else (a prompt, more output, as after `echo exit`) lets it through unchanged.
 */
function loggingOut(tty: Terminal): Terminal & { end(): void } {
  let held = false;
  const flush = () => {
    if (held) tty.write('exit\n');
    held = false;
  };
  const view = new Proxy(tty, {
    get: (t, k) => {
      if (k === 'write') return (s: string) => (flush(), s === 'exit\n' ? (held = true) : t.write(s));
      if (k === 'end') return () => (held ? ((held = false), t.write('logout\n')) : undefined);
      const v: unknown = Reflect.get(t, k, t);
      return typeof v === 'function' ? (...a: unknown[]) => (flush(), (v as (...a: unknown[]) => unknown).apply(t, a)) : v;
    },
  });
  return view as Terminal & { end(): void };
}

/**
 * Runs the executable at `path` with `argv` as another user. A simulated program runs directly
 * (nothing added to its environment); a script goes through a shell as the kernel would hand
 * it to its interpreter.
 */
export async function runFile(ctx: ProcessContext, programs: () => Map<string, Program>, path: string, argv: string[], env: Map<string, string>, fs: Vfs): Promise<number> {
  const prog = programOfContent(fs.readContent(path));
  const run = { ...ctx, argv, env, fs };
  if (prog !== undefined) {
    const p = programs().get(prog);
    if (!p) {
      ctx.stderr.write(`layerlab: '${prog}' is not available in this sandbox\n`);
      return 1;
    }
    return guarded(ctx, argv[0], () => p(run));
  }
  const sh = new Shell({ fs, programs: programs(), env, cwd: ctx.cwd, name: argv[0], mode: 'c' });
  const line = [path, ...argv.slice(1)].map(quote).join(' ');
  return guarded(ctx, argv[0], () => sh.runScript(line, { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr, tty: ctx.tty, stderrTty: ctx.stderrTty, signal: ctx.signal }));
}

/** What escapes a program becomes its status, never a stack trace (as command-runner.ts does). */
async function guarded(ctx: ProcessContext, name: string, run: () => Promise<number>): Promise<number> {
  try {
    const st = await run();
    return ctx.signal.aborted ? 130 : st;
  } catch (e) {
    if (e instanceof InterruptError || ctx.signal.aborted) return 130;
    if (e instanceof ControlFlow) return e.status;
    if (e instanceof FsError) ctx.stderr.write(`${name}: ${e.path}: ${ShellMessages.strerror(e.code)}\n`);
    else ctx.stderr.write(`${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
