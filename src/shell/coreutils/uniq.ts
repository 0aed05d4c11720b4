import type { Program } from '../process';
import { tryParse } from './lib/args';
import { readText, readAll, splitLines } from './lib/io';
import { resolvePath } from './lib/path';

/** uniq [-c] [-d] [-u] [-i] [INPUT [OUTPUT]]: counts as "%7d ", like GNU. */
export const uniq: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'cdui', long: { count: ['c', 'none'], repeated: ['d', 'none'], unique: ['u', 'none'], 'ignore-case': ['i', 'none'] } });
  if (!a) return 1;
  const input = a.operands[0] ?? '-';
  const text = input === '-' ? await readAll(ctx.stdin, ctx.signal) : readText(ctx, input);
  if (text === undefined) return 1;
  const lines = splitLines(text);
  const same = (x: string, y: string) => (a.has('i') ? x.toLowerCase() === y.toLowerCase() : x === y);
  let out = '';
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && same(lines[j], lines[i])) j++;
    const n = j - i;
    if ((!a.has('d') || n > 1) && (!a.has('u') || n === 1)) out += (a.has('c') ? `${String(n).padStart(7)} ` : '') + lines[i] + '\n';
    i = j;
  }
  if (a.operands[1] !== undefined) ctx.fs.writeFile(resolvePath(ctx.cwd, a.operands[1]), new TextEncoder().encode(out));
  else ctx.stdout.write(out);
  return 0;
};
