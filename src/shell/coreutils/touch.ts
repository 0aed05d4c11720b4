import type { Program } from '../process';
import { tryParse } from './lib/args';
import { errorText, quote, warn } from './lib/fail';
import { nowSeconds } from './lib/hooks';
import { parseDate } from './lib/parse-date';
import { resolvePath } from './lib/path';

/** touch [-c] [-d DATE] [-t [[CC]YY]MMDDhhmm[.ss]] FILE... (the time comes from lib/hooks). */
export const touch: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'cd:t:am', long: { 'no-create': ['c', 'none'], date: ['d', 'required'] } });
  if (!a) return 1;
  if (!a.operands.length) {
    ctx.stderr.write("touch: missing file operand\nTry 'touch --help' for more information.\n");
    return 1;
  }
  const now = nowSeconds(ctx);
  let when = now;
  if (a.has('d')) {
    const t = parseDate(a.get('d')!, now);
    if (t === undefined) {
      warn(ctx, `invalid date format ${quote(a.get('d')!)}`);
      return 1;
    }
    when = t;
  } else if (a.has('t')) {
    const m = /^(\d{2}|\d{4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(a.get('t')!);
    if (!m) {
      warn(ctx, `invalid date format ${quote(a.get('t')!)}`);
      return 1;
    }
    const y = m[1] ? (m[1].length === 2 ? 2000 + Number(m[1]) - (Number(m[1]) > 68 ? 100 : 0) : Number(m[1])) : new Date(now * 1000).getUTCFullYear();
    when = Date.UTC(y, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) / 1000;
  }
  let status = 0;
  for (const name of a.operands) {
    const p = resolvePath(ctx.cwd, name);
    try {
      if (!ctx.fs.stat(p)) {
        if (a.has('c')) continue;
        ctx.fs.writeFile(p, new Uint8Array());
      }
      ctx.fs.utimes(p, when);
    } catch (e) {
      warn(ctx, `cannot touch ${quote(name)}: ${errorText(e)}`);
      status = 1;
    }
  }
  return status;
};
