import type { Program } from '../process';
import { tryParse } from './lib/args';
import { extraOperand, missingOperand } from './lib/fail';
import { baseName } from './lib/path';

/** basename NAME [SUFFIX] | basename -a [-s SUFFIX] NAME... */
export const basename: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'as:z', long: { multiple: ['a', 'none'], suffix: ['s', 'required'], zero: ['z', 'none'] } });
  if (!a) return 1;
  const ops = a.operands;
  if (!ops.length) {
    missingOperand(ctx);
    return 1;
  }
  const multiple = a.has('a') || a.has('s');
  if (!multiple && ops.length > 2) {
    extraOperand(ctx, ops[2]);
    return 1;
  }
  const suffix = a.get('s') ?? (multiple ? undefined : ops[1]);
  const names = multiple ? ops : [ops[0]];
  for (const n of names) {
    let b = baseName(n);
    if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
    ctx.stdout.write(b + (a.has('z') ? '\0' : '\n'));
  }
  return 0;
};
