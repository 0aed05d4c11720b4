import type { Program } from '../process';
import { tryParse } from './lib/args';

/** printenv [NAME...]: exit 1 when a named variable is unset. */
export const printenv: Program = async (ctx) => {
  const a = tryParse(ctx, { short: '0', long: { null: ['0', 'none'] } });
  if (!a) return 2;
  const end = a.has('0') ? '\0' : '\n';
  if (!a.operands.length) {
    ctx.stdout.write([...ctx.env].map(([k, v]) => `${k}=${v}${end}`).join(''));
    return 0;
  }
  let status = 0;
  for (const n of a.operands) {
    const v = ctx.env.get(n);
    if (v === undefined) status = 1;
    else ctx.stdout.write(v + end);
  }
  return status;
};
