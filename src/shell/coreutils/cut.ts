import type { Program } from '../process';
import { tryParse } from './lib/args';
import { readInputs, splitLines } from './lib/io';

/** cut -f LIST [-d DELIM] [-s] | -c LIST | -b LIST [FILE...]: LIST is N, N-M, N-, -M, comma-separated. */
export const cut: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'f:d:c:b:s', long: { fields: ['f', 'required'], delimiter: ['d', 'required'], characters: ['c', 'required'], bytes: ['b', 'required'], 'only-delimited': ['s', 'none'] } });
  if (!a) return 1;
  const usage = (msg: string) => {
    ctx.stderr.write(`cut: ${msg}\nTry 'cut --help' for more information.\n`);
    return 1;
  };
  const mode = a.has('f') ? 'f' : a.has('c') ? 'c' : a.has('b') ? 'b' : undefined;
  if (!mode) return usage('you must specify a list of bytes, characters, or fields');
  const ranges: [number, number][] = [];
  for (const part of a.get(mode)!.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (!m[1] && !m[3])) return usage(`invalid field range`);
    const lo = m[1] ? Number(m[1]) : 1;
    const hi = m[2] ? (m[3] ? Number(m[3]) : Infinity) : lo;
    ranges.push([lo, hi]);
  }
  const want = (i: number) => ranges.some(([lo, hi]) => i >= lo && i <= hi);
  const delim = a.get('d') ?? '\t';
  if (delim.length !== 1) return usage('the delimiter must be a single character');
  const state = { failed: false };
  let out = '';
  for await (const { text } of readInputs(ctx, a.operands, state)) {
    for (const line of splitLines(text)) {
      if (mode !== 'f') out += [...line].filter((_, i) => want(i + 1)).join('') + '\n';
      else if (!line.includes(delim)) out += a.has('s') ? '' : line + '\n';
      else out += line.split(delim).filter((_, i) => want(i + 1)).join(delim) + '\n';
    }
  }
  ctx.stdout.write(out);
  return state.failed ? 1 : 0;
};
