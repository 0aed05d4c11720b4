import type { Program } from '../process';
import { tryParse } from './lib/args';
import { missingOperand } from './lib/fail';
import { canonicalize } from './lib/canonicalize';
import { resolvePath } from './lib/path';

/** readlink [-f|-e|-m] [-n] FILE...: without -f, prints a symlink's target or fails silently. */
export const readlink: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'femnqsv', long: { canonicalize: ['f', 'none'], 'canonicalize-existing': ['e', 'none'], 'canonicalize-missing': ['m', 'none'], 'no-newline': ['n', 'none'] } });
  if (!a) return 1;
  if (!a.operands.length) {
    missingOperand(ctx);
    return 1;
  }
  let status = 0;
  const nl = a.has('n') ? '' : '\n';
  for (const f of a.operands) {
    let r: string | undefined;
    if (a.has('f') || a.has('e') || a.has('m')) r = canonicalize(ctx.fs, ctx.cwd, f, a.has('e') ? 'all' : 'last-may-miss');
    else {
      const p = resolvePath(ctx.cwd, f);
      r = ctx.fs.lstat(p)?.type === 'symlink' ? ctx.fs.readlink(p) : undefined;
    }
    if (r === undefined) status = 1;
    else ctx.stdout.write(r + nl);
  }
  return status;
};
