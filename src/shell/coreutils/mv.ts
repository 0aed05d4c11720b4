import type { Program } from '../process';
import { tryParse } from './lib/args';
import { errorText, missingOperand, quote, warn } from './lib/fail';
import { baseName, joinPath, resolvePath } from './lib/path';

/** mv [-f] [-v] [-n] SOURCE... DEST */
export const mv: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'fvni', long: { force: ['f', 'none'], verbose: ['v', 'none'], 'no-clobber': ['n', 'none'], interactive: ['i', 'none'] } });
  if (!a) return 1;
  const ops = a.operands;
  if (ops.length < 2) {
    missingOperand(ctx, ops[0]);
    return 1;
  }
  const destName = ops[ops.length - 1];
  const dest = resolvePath(ctx.cwd, destName);
  const destIsDir = ctx.fs.stat(dest)?.type === 'dir';
  if (ops.length > 2 && !destIsDir) {
    warn(ctx, `target ${quote(destName)} is not a directory`);
    return 1;
  }
  let status = 0;
  for (const src of ops.slice(0, -1)) {
    const from = resolvePath(ctx.cwd, src);
    if (!ctx.fs.lstat(from)) {
      warn(ctx, `cannot stat ${quote(src)}: No such file or directory`);
      status = 1;
      continue;
    }
    const to = destIsDir ? joinPath(dest, baseName(src)) : dest;
    const toName = destIsDir ? joinPath(destName, baseName(src)) : destName;
    if (to === from || to.startsWith(from + '/')) {
      warn(ctx, `cannot move ${quote(src)} to a subdirectory of itself, ${quote(toName)}`);
      status = 1;
      continue;
    }
    if (a.has('n') && ctx.fs.lstat(to)) continue;
    try {
      ctx.fs.rename(from, to);
      if (a.has('v')) ctx.stdout.write(`renamed ${quote(src)} -> ${quote(toName)}\n`);
    } catch (e) {
      warn(ctx, `cannot move ${quote(src)} to ${quote(toName)}: ${errorText(e)}`);
      status = 1;
    }
  }
  return status;
};
