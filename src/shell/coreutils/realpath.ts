import type { Program } from '../process';
import { tryParse } from './lib/args';
import { missingOperand, warn } from './lib/fail';
import { canonicalize } from './lib/canonicalize';
import { quoteIfNeeded } from './lib/io';

/** realpath [-e] [-m] [-s] FILE...: GNU's default lets the last component be missing. */
export const realpath: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'ems', long: { 'canonicalize-existing': ['e', 'none'], 'canonicalize-missing': ['m', 'none'], 'no-symlinks': ['s', 'none'] } });
  if (!a) return 1;
  if (!a.operands.length) {
    missingOperand(ctx);
    return 1;
  }
  let status = 0;
  for (const f of a.operands) {
    const r = canonicalize(ctx.fs, ctx.cwd, f, a.has('e') ? 'all' : 'last-may-miss');
    if (r === undefined) {
      warn(ctx, `${quoteIfNeeded(f)}: No such file or directory`);
      status = 1;
    } else ctx.stdout.write(r + '\n');
  }
  return status;
};
