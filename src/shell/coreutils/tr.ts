import type { Program } from '../process';
import { tryParse } from './lib/args';
import { readAll } from './lib/io';

const CLASSES: Record<string, string> = {
  lower: 'abcdefghijklmnopqrstuvwxyz', upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', digit: '0123456789',
  space: ' \t\n\r\f\v', blank: ' \t', punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CLASSES.alpha = CLASSES.lower + CLASSES.upper;
CLASSES.alnum = CLASSES.alpha + CLASSES.digit;

/** Expands a tr SET: ranges a-z, [:class:], escapes \n \t \\ \NNN. */
function expand(set: string): string[] {
  const chars: string[] = [];
  let i = 0;
  const one = (): string => {
    if (set[i] === '\\' && i + 1 < set.length) {
      const d = set[i + 1];
      const oct = /^[0-7]{1,3}/.exec(set.slice(i + 1));
      if (oct) {
        i += 1 + oct[0].length;
        return String.fromCharCode(parseInt(oct[0], 8));
      }
      i += 2;
      return ({ n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b' } as Record<string, string>)[d] ?? d;
    }
    return set[i++];
  };
  while (i < set.length) {
    const cls = /^\[:(\w+):\]/.exec(set.slice(i));
    if (cls && CLASSES[cls[1]]) {
      chars.push(...CLASSES[cls[1]]);
      i += cls[0].length;
      continue;
    }
    const c = one();
    if (set[i] === '-' && i + 1 < set.length) {
      i++;
      const end = one();
      for (let x = c.charCodeAt(0); x <= end.charCodeAt(0); x++) chars.push(String.fromCharCode(x));
    } else chars.push(c);
  }
  return chars;
}

/** tr [-d] [-s] [-c] SET1 [SET2]: SET2 is padded with its last character, as GNU does. */
export const tr: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'dscC', long: { delete: ['d', 'none'], 'squeeze-repeats': ['s', 'none'], complement: ['c', 'none'] } });
  if (!a) return 1;
  const [s1, s2] = a.operands;
  const del = a.has('d');
  const squeeze = a.has('s');
  if (s1 === undefined) {
    ctx.stderr.write("tr: missing operand\nTry 'tr --help' for more information.\n");
    return 1;
  }
  if (s2 === undefined && !del && !squeeze) {
    ctx.stderr.write(`tr: missing operand after '${s1}'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n`);
    return 1;
  }
  const set1 = expand(s1);
  const inSet1 = (c: string) => set1.includes(c) !== a.has('c');
  const map = new Map<string, string>();
  if (!del && s2 !== undefined) {
    const set2 = expand(s2);
    set1.forEach((c, i) => map.set(c, set2[Math.min(i, set2.length - 1)] ?? c));
  }
  const squeezeSet = new Set(del || s2 === undefined ? set1 : expand(s2));
  const text = await readAll(ctx.stdin, ctx.signal);
  let out = '';
  for (const c of text) {
    if (del && inSet1(c)) continue;
    const t = map.get(c) ?? c;
    if (squeeze && squeezeSet.has(t) && out.endsWith(t)) continue;
    out += t;
  }
  ctx.stdout.write(out);
  return 0;
};
