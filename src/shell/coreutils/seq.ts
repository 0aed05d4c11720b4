import type { Program } from '../process';
import { tryParse } from './lib/args';
import { missingOperand, extraOperand } from './lib/fail';

/** seq [-s SEP] [-w] [FIRST [INCREMENT]] LAST: decimals print with the most digits any operand has. */
export const seq: Program = async (ctx) => {
  // Negative numbers are operands, not options.
  const args = ctx.argv.slice(1);
  const a = tryParse(ctx, { short: 's:w', long: { separator: ['s', 'required'], 'equal-width': ['w', 'none'] } }, args.map((x) => (/^-\d/.test(x) ? `\0${x}` : x)));
  if (!a) return 1;
  const ops = a.operands.map((x) => x.replace(/^\0/, ''));
  if (!ops.length) {
    missingOperand(ctx);
    return 1;
  }
  if (ops.length > 3) {
    extraOperand(ctx, ops[3]);
    return 1;
  }
  for (const o of ops) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(o)) {
      ctx.stderr.write(`seq: invalid floating point argument: '${o}'\nTry 'seq --help' for more information.\n`);
      return 1;
    }
  }
  const [first, inc, last] = ops.length === 1 ? ['1', '1', ops[0]] : ops.length === 2 ? [ops[0], '1', ops[1]] : ops;
  const decimals = Math.max(...[first, inc].map((x) => (x.includes('.') ? x.length - x.indexOf('.') - 1 : 0)));
  const f = Number(first), d = Number(inc), l = Number(last);
  if (d === 0) {
    ctx.stderr.write(`seq: invalid Zero increment value: '${inc}'\nTry 'seq --help' for more information.\n`);
    return 1;
  }
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const v = f + i * d;
    if (d > 0 ? v > l + 1e-12 : v < l - 1e-12) break;
    out.push(v.toFixed(decimals));
    if (out.length > 1e6 || ctx.signal.aborted) break;
  }
  const width = a.has('w') ? Math.max(...out.map((x) => x.length)) : 0;
  const sep = a.get('s') ?? '\n';
  if (out.length) ctx.stdout.write(out.map((x) => (x.startsWith('-') ? '-' + x.slice(1).padStart(width - 1, '0') : x.padStart(width, '0'))).join(sep) + '\n');
  return 0;
};
