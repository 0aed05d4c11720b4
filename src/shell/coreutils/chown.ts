import type { Program, ProcessContext } from '../process';
import { tryParse } from './lib/args';
import { errorText, quote, warn } from './lib/fail';
import { joinPath, resolvePath } from './lib/path';
import { findGroup, findUser } from './lib/users';

/** chown [-R] [-v] OWNER[:[GROUP]] | :GROUP FILE...: names from /etc/passwd and /etc/group, or numbers. */
export const chown: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'Rvhcf', long: { recursive: ['R', 'none'], verbose: ['v', 'none'], 'no-dereference': ['h', 'none'] } });
  if (!a) return 1;
  const [spec, ...files] = a.operands;
  if (spec === undefined || !files.length) {
    ctx.stderr.write(spec === undefined ? 'chown: missing operand\n' : `chown: missing operand after ${quote(spec)}\n`);
    ctx.stderr.write("Try 'chown --help' for more information.\n");
    return 1;
  }
  const [userPart, groupPart] = spec.split(/[:.](.*)/s, 2) as [string, string | undefined];
  const hasColon = /[:.]/.test(spec);
  let uid: number | undefined;
  let gid: number | undefined;
  if (userPart) {
    const u = findUser(ctx.fs, userPart);
    if (!u) {
      warn(ctx, `invalid user: ${quote(spec)}`);
      return 1;
    }
    uid = u.id;
    // "user:" takes the user's login group.
    if (hasColon && !groupPart && u.gid >= 0) gid = u.gid;
  }
  if (groupPart) {
    const g = findGroup(ctx.fs, groupPart);
    if (!g) {
      warn(ctx, `invalid group: ${quote(spec)}`);
      return 1;
    }
    gid = g.id;
  }
  let status = 0;
  const visit = (c: ProcessContext, name: string, path: string): void => {
    const st = c.fs.stat(path);
    if (!st) {
      warn(c, `cannot access ${quote(name)}: No such file or directory`);
      status = 1;
      return;
    }
    try {
      c.fs.chown(path, uid ?? st.uid, gid ?? st.gid);
      if (a.has('v')) c.stdout.write(`changed ownership of ${quote(name)} to ${spec}\n`);
    } catch (e) {
      warn(c, `changing ownership of ${quote(name)}: ${errorText(e)}`);
      status = 1;
    }
    if (a.has('R') && st.type === 'dir') for (const ch of c.fs.readdir(path)) visit(c, joinPath(name, ch), joinPath(path, ch));
  };
  for (const f of files) visit(ctx, f, resolvePath(ctx.cwd, f));
  return status;
};
