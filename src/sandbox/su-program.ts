import type { Program, ProcessContext } from '../shell/process';
import { currentUid } from '../shell/coreutils/lib/users';
import { findAccount, fsOf, runShell } from './run-as';

/** login.defs' ENV_SUPATH and ENV_PATH: the PATH `su -` sets for root and for other users. */
const SUPATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const USER_PATH = '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games';

/**
 * su from util-linux 2.38.1 as Debian 12 has it. Run by root (`sudo su`, `sudo su -`) it starts
 * the target user's shell without a password. Anyone else is asked for the target's password,
 * which can never be right: root's account is locked, as on Debian cloud images, and the
 * sandbox has no passwords at all. Recorded in test/unit/sandbox/fixtures/sudo/recorded.json.
 */
export function suProgram(programs: () => Map<string, Program>): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1);
    let login = false;
    let command: string | undefined;
    // getopt permutes: options may follow the user (`su learner -c 'id'`).
    const operands: string[] = [];
    const bad = (msg: string) => (ctx.stderr.write(`su: ${msg}\nTry 'su --help' for more information.\n`), 1);
    while (args.length) {
      const a = args.shift()!;
      if (a === '-' || a === '-l' || a === '--login') login = true;
      else if (a === '-c' || a === '--command') {
        command = args.shift();
        if (command === undefined) return bad(a === '-c' ? "option requires an argument -- 'c'" : "option '--command' requires an argument");
      } else if (a.startsWith('--command=')) command = a.slice('--command='.length);
      else if (/^-c./.test(a)) command = a.slice(2);
      else if (a === '--') operands.push(...args.splice(0));
      else if (a.startsWith('--')) {
        if (['help', 'version', 'shell', 'preserve-environment', 'group', 'supp-group', 'pty', 'session-command', 'fast', 'whitelist-environment'].includes(a.slice(2).split('=')[0])) return notSimulated(ctx, a);
        return bad(`unrecognized option '${a}'`);
      } else if (a.startsWith('-')) {
        const c = a[1];
        if ('hVsmpgGPfw'.includes(c)) return notSimulated(ctx, `-${c}`);
        return bad(`invalid option -- '${c}'`);
      } else operands.push(a);
    }
    const name = operands[0];
    // Arguments after the user go to the shell: not simulated.
    if (operands.length > 1) return notSimulated(ctx, 'USER ARG...');
    const target = findAccount(ctx.fs, name ?? 'root');
    if (!target) {
      ctx.stderr.write(`su: user ${name} does not exist or the user entry does not contain all the required fields\n`);
      return 1;
    }
    if (currentUid(ctx.fs, ctx.env) !== 0) return authenticationFailure(ctx);
    const env = new Map<string, string>();
    if (login) {
      const term = ctx.env.get('TERM');
      if (term !== undefined) env.set('TERM', term);
    } else for (const [k, v] of ctx.env) env.set(k, v);
    env.set('HOME', target.home);
    env.set('SHELL', target.shell);
    if (login || target.uid !== 0) {
      env.set('USER', target.name);
      env.set('LOGNAME', target.name);
    }
    if (login) env.set('PATH', target.uid === 0 ? SUPATH : USER_PATH);
    // pam_mail (Debian's /etc/pam.d/su) sets MAIL for the session
    env.set('MAIL', `/var/mail/${target.name}`);
    const base = target.shell.split('/').pop()!;
    return runShell(ctx, programs, {
      shell: target.shell,
      argv0: login ? `-${base}` : base,
      login,
      command,
      env,
      cwd: login ? target.home : ctx.cwd,
      fs: fsOf(ctx.fs, target),
      fail: (why) => ctx.stderr.write(`su: failed to execute ${target.shell}: ${why}\n`),
    });
  };
}

/** The password prompt, at the terminal if there is one (else on stderr, read from stdin). */
async function authenticationFailure(ctx: ProcessContext): Promise<number> {
  if (ctx.tty) await ctx.tty.readSecret('Password: ');
  else {
    ctx.stderr.write('Password: ');
    await ctx.stdin.read();
  }
  ctx.stderr.write('su: Authentication failure\n');
  return 1;
}

function notSimulated(ctx: ProcessContext, opt: string): number {
  ctx.stderr.write(`layerlab: 'su ${opt}' is not available in this sandbox\n`);
  return 1;
}
