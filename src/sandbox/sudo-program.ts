import type { Vfs } from '../engine/fs/vfs';
import type { Program, ProcessContext } from '../shell/process';
import { currentUid, processCredentials, readDb, unchecked } from '../shell/coreutils/lib/users';
import { resolvePath } from '../shell/path';
import { lookPath } from './look-path';
import { accountOfUid, findAccount, fsOf, hostname, runFile, runShell, type Account } from './run-as';
import { SUDO_HELP, SUDO_USAGE, SUDO_VERSION } from './sudo-help';

/** Debian's /etc/sudoers: `Defaults secure_path=...` */
const SECURE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** sudo's env_keep and env_check defaults: kept from the caller's environment, in its order. */
const KEEP = new Set(['COLORS', 'DISPLAY', 'HOSTNAME', 'KRB5CCNAME', 'LS_COLORS', 'PS1', 'PS2', 'XAUTHORITY', 'XAUTHORIZATION', 'XDG_CURRENT_DESKTOP', 'COLORTERM', 'LANG', 'LANGUAGE', 'LINGUAS', 'TERM', 'TZ']);
/** Options real sudo has that the sandbox does not simulate. */
const UNSUPPORTED = 'AaBbCcDEegKNPpRrTtU';
const UNSUPPORTED_LONG = ['askpass', 'background', 'bell', 'close-from', 'chdir', 'preserve-env', 'edit', 'group', 'host', 'remove-timestamp', 'other-user', 'prompt', 'preserve-groups', 'chroot', 'role', 'type', 'command-timeout'];
const FLAGS: Record<string, string> = { help: 'h', version: 'V', list: 'l', 'reset-timestamp': 'k', validate: 'v', login: 'i', shell: 's', 'non-interactive': 'n', 'set-home': 'H', stdin: 'S' };

interface Parsed {
  flags: Set<string>;
  user?: string;
  command: string[];
}

/**
 * sudo as Debian 12's 1.9.13 behaves for a user with a NOPASSWD rule (the host's learner, see
 * /etc/sudoers.d/learner) and for root: the command runs as the target user (root by default)
 * with sudo's reset environment, found on secure_path. -i and -s start a shell, -l lists the
 * rules, -k and -v have no password to forget or check. Outputs recorded in
 * test/unit/sandbox/fixtures/sudo/recorded.json.
 */
export function sudoProgram(programs: () => Map<string, Program>): Program {
  return async (ctx) => {
    const p = parse(ctx);
    if (typeof p === 'number') return p;
    const f = p.flags;
    if (f.has('h')) return out(ctx, SUDO_HELP, 0);
    if (f.has('V')) return out(ctx, SUDO_VERSION, 0);
    const fs = ctx.fs;
    const uid = currentUid(fs, ctx.env);
    const caller = accountOfUid(fs, uid) ?? { name: String(uid), uid, gid: processCredentials(fs)?.gid ?? uid, home: '/', shell: '/bin/sh' };
    if (uid !== 0 && !hasNopasswdRule(fs, caller.name)) {
      ctx.stderr.write(`layerlab: sudo asks ${caller.name} for a password, and this sandbox has none: only root and users with a NOPASSWD rule in /etc/sudoers.d can use sudo here\n`);
      return 1;
    }
    const { command } = p;
    if (!command.length && (f.has('k') || f.has('v'))) return 0; // no password to forget or check
    if (f.has('l')) return list(ctx, caller, command);
    if (!command.length && !f.has('i') && !f.has('s')) return err(ctx, SUDO_USAGE);
    const target = p.user === undefined ? findAccount(fs, 'root') : findAccount(fs, p.user);
    if (!target) return err(ctx, `sudo: unknown user ${p.user ?? 'root'}\nsudo: error initializing audit plugin sudoers_audit\n`);
    // VAR=value before the command: set in its environment (ALL allows it).
    const setenv: [string, string][] = [];
    while (command.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(command[0])) {
      const a = command.shift()!;
      setenv.push([a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
    }
    const env = (sudoCommand: string) => {
      const e = new Map<string, string>();
      for (const [k, v] of ctx.env) if (KEEP.has(k) || k.startsWith('LC_')) e.set(k, v);
      e.set('PATH', SECURE_PATH);
      e.set('MAIL', `/var/mail/${target.name}`);
      e.set('LOGNAME', target.name);
      e.set('USER', target.name);
      e.set('HOME', target.home);
      e.set('SHELL', target.shell);
      e.set('SUDO_COMMAND', sudoCommand);
      e.set('SUDO_USER', caller.name);
      e.set('SUDO_UID', String(caller.uid));
      e.set('SUDO_GID', String(caller.gid));
      for (const [k, v] of setenv) e.set(k, v);
      return e;
    };
    const asTarget = fsOf(fs, target);
    if (f.has('i') || f.has('s')) {
      const login = f.has('i');
      const shell = login ? target.shell : ctx.env.get('SHELL') || caller.shell;
      // The command becomes one -c string, every character but [A-Za-z0-9_$-] backslash-escaped.
      const text = command.length ? command.map((a) => a.replace(/[^A-Za-z0-9_$-]/g, '\\$&')).join(' ') : undefined;
      return runShell(ctx, programs, {
        shell,
        argv0: login ? '-' + shell.split('/').pop() : shell,
        login,
        command: text,
        env: env(text === undefined ? shell : `${shell} -c ${text}`),
        cwd: login ? target.home : ctx.cwd,
        fs: asTarget,
        fail: (why) => ctx.stderr.write(`sudo: unable to execute ${shell}: ${why}\n`),
      });
    }
    const path = find(fs, command[0], ctx.cwd);
    if (!path) return notFound(ctx, command[0]);
    return runFile(ctx, programs, path, command, env([path, ...command.slice(1)].join(' ')), asTarget);
  };
}

/** getopt's way through sudo's options: the first operand starts the command. */
function parse(ctx: ProcessContext): Parsed | number {
  const args = ctx.argv.slice(1);
  const flags = new Set<string>();
  let user: string | undefined;
  const usageError = (msg: string) => err(ctx, msg + SUDO_USAGE);
  const notSimulated = (opt: string) => err(ctx, `layerlab: 'sudo ${opt}' is not available in this sandbox\n`);
  while (args.length) {
    const a = args[0];
    if (a === '--') { args.shift(); break; }
    if (!a.startsWith('-') || a === '-') break;
    args.shift();
    if (a.startsWith('--')) {
      const [name, value] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (name === 'user') {
        user = value ?? args.shift();
        if (user === undefined) return usageError(`sudo: option '--user' requires an argument\n`);
      } else if (FLAGS[name]) flags.add(FLAGS[name]);
      else if (UNSUPPORTED_LONG.includes(name)) return notSimulated(`--${name}`);
      else return usageError(`sudo: unrecognized option '${a}'\n`);
      continue;
    }
    for (let i = 1; i < a.length; i++) {
      const c = a[i];
      if (c === 'u') {
        user = a.slice(i + 1) || args.shift();
        if (user === undefined) return usageError(`sudo: option requires an argument -- 'u'\n`);
        break;
      }
      if ('hVlkvisnHS'.includes(c)) flags.add(c);
      else if (UNSUPPORTED.includes(c)) return notSimulated(`-${c}`);
      else return usageError(`sudo: invalid option -- '${c}'\n`);
    }
  }
  return { flags, user, command: args };
}

/** The text of the files in /etc/sudoers.d (the only sudoers lines the sandbox reads). */
function sudoersD(caller: Vfs): string {
  const fs = unchecked(caller); // sudo is setuid root: the caller's permissions do not apply
  let names: string[] = [];
  try {
    names = fs.readdir('/etc/sudoers.d');
  } catch {
    return '';
  }
  let text = '';
  for (const n of names) {
    try {
      text += new TextDecoder().decode(fs.readFile(`/etc/sudoers.d/${n}`)) + '\n';
    } catch {
      // not a readable file: no rules there
    }
  }
  return text;
}

const esc = (s: string) => s.replace(/[^\w]/g, '\\$&');

/** A NOPASSWD rule for the user in /etc/sudoers.d, as the host's /etc/sudoers.d/learner has. */
function hasNopasswdRule(fs: Vfs, user: string): boolean {
  return new RegExp(`^${esc(user)}\\s+ALL\\s*=\\s*\\(ALL(\\s*:\\s*ALL)?\\)\\s*NOPASSWD:\\s*ALL\\s*$`, 'm').test(sudoersD(fs));
}

/** The command's path: a name with a slash as given, else the first hit on secure_path. */
function find(fs: Vfs, name: string, cwd: string): string | undefined {
  if (name.includes('/')) return lookPath(fs, resolvePath(cwd, name), SECURE_PATH, cwd);
  return lookPath(fs, name, SECURE_PATH, cwd);
}

function notFound(ctx: ProcessContext, name: string): number {
  let msg = `sudo: ${name}: command not found\n`;
  // sudo knows one builtin by name: the one learners try most.
  if (name === 'cd') msg += 'sudo: "cd" is a shell built-in command, it cannot be run directly.\nsudo: the -s option may be used to run a privileged shell.\nsudo: the -D option may be used to run a command in a specific directory.\n';
  return err(ctx, msg);
}

/** sudo -l: the rules that apply to the caller, or where a command would be found. */
function list(ctx: ProcessContext, caller: Account, command: string[]): number {
  if (command.length) {
    const path = find(ctx.fs, command[0], ctx.cwd);
    if (!path) return notFound(ctx, command[0]);
    return out(ctx, [path, ...command.slice(1)].join(' ') + '\n', 0);
  }
  const host = hostname(ctx.fs);
  // /etc/sudoers's Defaults and rules (root's, the sudo group's), then the caller's own lines.
  const own = caller.uid === 0 ? '' : sudoersD(ctx.fs);
  const extra = [...own.matchAll(new RegExp(`^Defaults:${esc(caller.name)}\\s+(.+?)\\s*$`, 'gm'))].map((m) => `, ${m[1]}`).join('');
  const defaults = `env_reset, mail_badpass, secure_path=${SECURE_PATH.replace(/:/g, '\\:')}, use_pty${extra}`;
  const sudoGroup = caller.uid === 0 || readDb(ctx.fs, '/etc/group').some((g) => g.name === 'sudo' && g.extra.includes(caller.name));
  const rules = (sudoGroup ? '    (ALL : ALL) ALL\n' : '') + (hasNopasswdRule(ctx.fs, caller.name) ? '    (ALL) NOPASSWD: ALL\n' : '');
  return out(ctx, `Matching Defaults entries for ${caller.name} on ${host}:\n    ${defaults}\n\nUser ${caller.name} may run the following commands on ${host}:\n${rules}`, 0);
}

function out(ctx: ProcessContext, text: string, code: number): number {
  ctx.stdout.write(text);
  return code;
}

function err(ctx: ProcessContext, text: string): number {
  ctx.stderr.write(text);
  return 1;
}
