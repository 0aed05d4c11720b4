import type { Program } from '../process';
import { tryParse } from './lib/args';
import { missingOperand } from './lib/fail';
import { dirName } from './lib/path';

/** dirname NAME... */
export const dirname: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'z', long: { zero: ['z', 'none'] } });
  if (!a) return 1;
  if (!a.operands.length) {
    missingOperand(ctx);
    return 1;
  }
  for (const n of a.operands) ctx.stdout.write(dirName(n) + (a.has('z') ? '\0' : '\n'));
  return 0;
};
