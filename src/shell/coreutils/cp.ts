import type { Program, ProcessContext } from '../process';
import { tryParse } from './lib/args';
import { errorText, missingOperand, quote, warn } from './lib/fail';
import { baseName, joinPath, resolvePath } from './lib/path';
import { currentUid } from './lib/users';

interface CpOpts { recursive: boolean; preserve: boolean; noDeref: boolean; verbose: boolean; uid: number }

/** cp [-r|-R] [-a] [-p] [-v] [-f] SOURCE... DEST: several sources (or a dir DEST) copy into DEST. */
export const cp: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'rRapvfdPn', long: { recursive: ['r', 'none'], archive: ['a', 'none'], preserve: ['p', 'optional'], verbose: ['v', 'none'], force: ['f', 'none'], 'no-dereference': ['P', 'none'], 'no-clobber': ['n', 'none'] } });
  if (!a) return 1;
  const ops = a.operands;
  if (ops.length === 0) {
    missingOperand(ctx);
    return 1;
  }
  if (ops.length === 1) {
    missingOperand(ctx, ops[0]);
    return 1;
  }
  const o: CpOpts = {
    recursive: a.has('r') || a.has('R') || a.has('a'), preserve: a.has('a') || a.has('p'), noDeref: a.has('a') || a.has('d') || a.has('P'),
    verbose: a.has('v'), uid: currentUid(ctx.fs, ctx.env),
  };
  const destName = ops[ops.length - 1];
  const dest = resolvePath(ctx.cwd, destName);
  const destIsDir = ctx.fs.stat(dest)?.type === 'dir';
  if (ops.length > 2 && !destIsDir) {
    warn(ctx, `target ${quote(destName)} is not a directory`);
    return 1;
  }
  let status = 0;
  for (const src of ops.slice(0, -1)) {
    const to = destIsDir ? joinPath(dest, baseName(src)) : dest;
    const toName = destIsDir ? joinPath(destName, baseName(src)) : destName;
    if (!copy(ctx, src, resolvePath(ctx.cwd, src), to, toName, o, true)) status = 1;
  }
  return status;
};

export function copy(ctx: ProcessContext, name: string, from: string, to: string, toName: string, o: CpOpts, top: boolean): boolean {
  const st = o.noDeref || !top ? (o.noDeref ? ctx.fs.lstat(from) : ctx.fs.stat(from)) : ctx.fs.stat(from);
  if (!st) {
    warn(ctx, `cannot stat ${quote(name)}: No such file or directory`);
    return false;
  }
  try {
    if (st.type === 'dir') {
      if (!o.recursive) {
        warn(ctx, `-r not specified; omitting directory ${quote(name)}`);
        return false;
      }
      if (to === from || to.startsWith(from + '/')) {
        warn(ctx, `cannot copy a directory, ${quote(name)}, into itself, ${quote(toName)}`);
        return false;
      }
      if (ctx.fs.stat(to)?.type !== 'dir') ctx.fs.mkdir(to, { mode: st.mode });
      if (o.verbose) ctx.stdout.write(`${quote(name)} -> ${quote(toName)}\n`);
      let ok = true;
      for (const c of ctx.fs.readdir(from)) ok = copy(ctx, joinPath(name, c), joinPath(from, c), joinPath(to, c), joinPath(toName, c), o, false) && ok;
      ctx.fs.chmod(to, st.mode);
    } else if (st.type === 'symlink') {
      if (ctx.fs.lstat(to)) ctx.fs.unlink(to);
      ctx.fs.symlink(ctx.fs.readlink(from), to);
      if (o.verbose) ctx.stdout.write(`${quote(name)} -> ${quote(toName)}\n`);
    } else {
      const existing = ctx.fs.stat(to);
      ctx.fs.writeFile(to, ctx.fs.readContent(from), existing ? {} : { mode: st.mode, uid: o.uid, gid: 0 });
      if (o.verbose) ctx.stdout.write(`${quote(name)} -> ${quote(toName)}\n`);
    }
    if (o.preserve) {
      if (st.type !== 'symlink') {
        ctx.fs.chown(to, st.uid, st.gid);
        ctx.fs.chmod(to, st.mode);
        ctx.fs.utimes(to, st.mtime);
      }
    }
    return true;
  } catch (e) {
    warn(ctx, `cannot create regular file ${quote(toName)}: ${errorText(e)}`);
    return false;
  }
}
