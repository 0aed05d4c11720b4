import type { Program } from '../process';
import { tryParse } from './lib/args';
import { currentUid, findUser, processCredentials, readDb } from './lib/users';

/** id [-u|-g|-G] [-n] [USER]: groups are the login group plus /etc/group memberships. */
export const id: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'ugGn' });
  if (!a) return 1;
  let uid = currentUid(ctx.fs, ctx.env);
  if (a.operands[0] !== undefined) {
    const u = findUser(ctx.fs, a.operands[0]);
    if (!u || u.gid < 0) {
      ctx.stderr.write(`id: '${a.operands[0]}': no such user\n`);
      return 1;
    }
    uid = u.id;
  }
  const passwd = readDb(ctx.fs, '/etc/passwd');
  const groups = readDb(ctx.fs, '/etc/group');
  const me = passwd.find((e) => e.id === uid);
  // A process's own credentials (docker run -u 1234:5678) need no passwd entry.
  const cred = a.operands[0] === undefined ? processCredentials(ctx.fs) : undefined;
  const gid = cred ? cred.gid : (me?.gid ?? 0);
  const gname = (g: number) => groups.find((e) => e.id === g)?.name;
  const named = (n: number, name: string | undefined) => (name === undefined ? String(n) : `${n}(${name})`);
  const all = cred ? cred.groups : [gid, ...groups.filter((g) => me && g.extra.includes(me.name) && g.id !== gid).map((g) => g.id)];
  const n = a.has('n');
  if (a.has('u')) ctx.stdout.write(`${n ? (me?.name ?? uid) : uid}\n`);
  else if (a.has('g')) ctx.stdout.write(`${n ? (gname(gid) ?? gid) : gid}\n`);
  else if (a.has('G')) ctx.stdout.write(all.map((g) => (n ? (gname(g) ?? g) : g)).join(' ') + '\n');
  else ctx.stdout.write(`uid=${named(uid, me?.name)} gid=${named(gid, gname(gid))} groups=${all.map((g) => named(g, gname(g))).join(',')}\n`);
  return 0;
};
