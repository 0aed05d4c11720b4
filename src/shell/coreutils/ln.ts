import type { Program } from '../process';
import { tryParse } from './lib/args';
import { errorText, missingOperand, quote, warn } from './lib/fail';
import { baseName, joinPath, resolvePath } from './lib/path';

/** ln [-s] [-f] [-n] [-v] TARGET [LINK_NAME] | TARGET... DIRECTORY */
export const ln: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'sfnvT', long: { symbolic: ['s', 'none'], force: ['f', 'none'], 'no-dereference': ['n', 'none'], verbose: ['v', 'none'] } });
  if (!a) return 1;
  const ops = a.operands;
  if (!ops.length) {
    missingOperand(ctx);
    return 1;
  }
  const targets = ops.length === 1 ? ops : ops.slice(0, -1);
  const lastName = ops.length === 1 ? '.' : ops[ops.length - 1];
  const last = resolvePath(ctx.cwd, lastName);
  const lastSt = a.has('n') ? ctx.fs.lstat(last) : ctx.fs.stat(last);
  const intoDir = ops.length === 1 || (lastSt?.type === 'dir' && !a.has('T'));
  let status = 0;
  for (const target of targets) {
    const linkName = intoDir ? (ops.length === 1 ? baseName(target) : joinPath(lastName, baseName(target))) : lastName;
    const link = resolvePath(ctx.cwd, linkName);
    const what = a.has('s') ? 'symbolic link' : 'hard link';
    try {
      if (!a.has('s') && !ctx.fs.stat(resolvePath(ctx.cwd, target))) {
        warn(ctx, `failed to access ${quote(target)}: No such file or directory`);
        status = 1;
        continue;
      }
      if (ctx.fs.lstat(link)) {
        if (!a.has('f')) {
          warn(ctx, `failed to create ${what} ${quote(linkName)}: File exists`);
          status = 1;
          continue;
        }
        ctx.fs.unlink(link);
      }
      if (a.has('s')) ctx.fs.symlink(target, link);
      else ctx.fs.link(resolvePath(ctx.cwd, target), link);
      if (a.has('v')) ctx.stdout.write(`${quote(linkName)} ${a.has('s') ? '->' : '=>'} ${quote(target)}\n`);
    } catch (e) {
      warn(ctx, `failed to create ${what} ${quote(linkName)}: ${errorText(e)}`);
      status = 1;
    }
  }
  return status;
};
