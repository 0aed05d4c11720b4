import type { Program } from '../process';
import { tryParse } from './lib/args';
import { errorText, warn } from './lib/fail';
import { readAll, splitLines } from './lib/io';
import { resolvePath } from './lib/path';

interface Key { start: number; end?: number; numeric: boolean; reverse: boolean }

/**
 * sort [-r] [-n] [-u] [-t SEP] [-k N[,M][n][r]] [FILE...] in the C locale (bytewise). Equal keys
 * fall back to comparing whole lines, as GNU does without -s.
 */
export const sort: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'rnuVk:t:fbs', long: { reverse: ['r', 'none'], 'version-sort': ['V', 'none'], 'numeric-sort': ['n', 'none'], unique: ['u', 'none'], key: ['k', 'required'], 'field-separator': ['t', 'required'], 'ignore-case': ['f', 'none'] } });
  if (!a) return 2;
  const numeric = a.has('n');
  const reverse = a.has('r');
  const fold = a.has('f');
  const sep = a.get('t');
  const keys: Key[] = a.all('k').map((k) => {
    const m = /^(\d+)(?:\.\d+)?([a-z]*)(?:,(\d+)(?:\.\d+)?([a-z]*))?$/.exec(k);
    if (!m) return { start: 1, numeric, reverse: false };
    const o = (m[2] ?? '') + (m[4] ?? '');
    return { start: Number(m[1]), end: m[3] ? Number(m[3]) : undefined, numeric: o.includes('n') || (o === '' && numeric), reverse: o.includes('r') };
  });
  let lines: string[] = [];
  for (const f of a.operands.length ? a.operands : ['-']) {
    if (f === '-') {
      lines.push(...splitLines(await readAll(ctx.stdin, ctx.signal)));
      continue;
    }
    try {
      lines.push(...splitLines(new TextDecoder().decode(ctx.fs.readFile(resolvePath(ctx.cwd, f)))));
    } catch (e) {
      warn(ctx, `cannot read: ${f}: ${errorText(e)}`);
      return 2;
    }
  }
  const field = (line: string, k: Key): string => {
    const starts: number[] = [];
    if (sep !== undefined) {
      let p = 0;
      starts.push(0);
      while ((p = line.indexOf(sep, p)) >= 0) starts.push(++p);
      const from = starts[k.start - 1] ?? line.length;
      const to = k.end !== undefined ? (starts[k.end] !== undefined ? starts[k.end] - 1 : line.length) : line.length;
      return line.slice(from, Math.max(from, to));
    }
    // Without -t a field starts at the blanks before it.
    const re = /[ \t]*[^ \t]+/g;
    for (let m; (m = re.exec(line)); ) starts.push(m.index), starts.push(m.index + m[0].length);
    const from = starts[(k.start - 1) * 2] ?? line.length;
    const to = k.end !== undefined ? (starts[(k.end - 1) * 2 + 1] ?? line.length) : line.length;
    return line.slice(from, Math.max(from, to));
  };
  const num = (s: string) => {
    const m = /^[ \t]*(-?\d*\.?\d*)/.exec(s);
    const v = m ? parseFloat(m[1]) : NaN;
    return Number.isNaN(v) ? 0 : v;
  };
  const cmpStr = (x: string, y: string) => {
    if (fold) (x = x.toUpperCase()), (y = y.toUpperCase());
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const cmpKey = (x: string, y: string, k: Key) => {
    const r = k.numeric ? Math.sign(num(x) - num(y)) : cmpStr(x, y);
    return k.reverse ? -r : r;
  };
  const byKeys = (x: string, y: string): number => {
    if (keys.length) {
      for (const k of keys) {
        const r = cmpKey(field(x, k), field(y, k), k);
        if (r) return r;
      }
      return 0;
    }
    if (a.has('V')) return versionCompare(x, y);
    return numeric ? Math.sign(num(x) - num(y)) : cmpStr(x, y);
  };
  const full = (x: string, y: string) => {
    const r = byKeys(x, y) || (a.has('u') || a.has('s') ? 0 : x < y ? -1 : x > y ? 1 : 0);
    return reverse ? -r : r;
  };
  lines = lines.sort(full);
  if (a.has('u')) lines = lines.filter((l, i) => i === 0 || byKeys(lines[i - 1], l) !== 0);
  ctx.stdout.write(lines.map((l) => l + '\n').join(''));
  return 0;
};

/** -V: runs of digits compare as numbers, the rest bytewise (filevercmp, for the common cases). */
function versionCompare(x: string, y: string): number {
  const px = x.match(/\d+|\D+/g) ?? [];
  const py = y.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(px.length, py.length); i++) {
    const a = px[i];
    const b = py[i];
    if (/^\d/.test(a) && /^\d/.test(b)) {
      const d = Number(a) - Number(b);
      if (d) return Math.sign(d);
    } else if (a !== b) return a < b ? -1 : 1;
  }
  return Math.sign(px.length - py.length);
}
