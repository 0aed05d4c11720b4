import type { Program } from '../process';
import { tryParse } from './lib/args';
import { nowSeconds } from './lib/hooks';
import { parseDate } from './lib/parse-date';
import { strftime } from './lib/strftime';

/** date [-u] [-d DATE] [+FORMAT]: always UTC (the container default), "now" from lib/hooks. */
export const date: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'ud:R', long: { utc: ['u', 'none'], date: ['d', 'required'], 'rfc-email': ['R', 'none'], universal: ['u', 'none'] } });
  if (!a) return 1;
  let t = nowSeconds(ctx);
  if (a.has('d')) {
    const p = parseDate(a.get('d')!, t);
    if (p === undefined) {
      ctx.stderr.write(`date: invalid date '${a.get('d')}'\n`);
      return 1;
    }
    t = p;
  }
  const fmtArg = a.operands.find((o) => o.startsWith('+'));
  const extra = a.operands.find((o) => !o.startsWith('+'));
  if (extra !== undefined) {
    ctx.stderr.write(`date: invalid date '${extra}'\n`);
    return 1;
  }
  const fmt = fmtArg ? fmtArg.slice(1) : a.has('R') ? '%a, %d %b %Y %H:%M:%S %z' : '%a %b %e %H:%M:%S %Z %Y';
  ctx.stdout.write(strftime(fmt, t) + '\n');
  return 0;
};
