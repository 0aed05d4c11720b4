import type { Program } from '../process';
import { tryParse } from './lib/args';
import { errorText, warn } from './lib/fail';
import { quoteIfNeeded, readAll } from './lib/io';
import { resolvePath } from './lib/path';

/**
 * wc [-l] [-w] [-c] [FILE...]. Column width follows GNU: the digits of the total size of the
 * regular files, at least 7 when stdin is among the inputs, and 1 when a single count of a
 * single input is printed. As a busybox applet, counts are 9 wide (busybox's "%9u").
 */
export const wc: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'lwcm', long: { lines: ['l', 'none'], words: ['w', 'none'], bytes: ['c', 'none'], chars: ['m', 'none'] } });
  if (!a) return 1;
  let which = ['l', 'w', 'c'].filter((k) => a.has(k) || (k === 'c' && a.has('m')));
  if (!which.length) which = ['l', 'w', 'c'];
  const files = a.operands.length ? a.operands : ['-'];
  const rows: { counts: number[]; name?: string }[] = [];
  let status = 0;
  let regularTotal = 0;
  let minWidth = 1;
  for (const f of files) {
    let text: string;
    let bytes: Uint8Array;
    if (f === '-') {
      text = await readAll(ctx.stdin, ctx.signal);
      bytes = new TextEncoder().encode(text);
      minWidth = 7;
    } else {
      try {
        const p = resolvePath(ctx.cwd, f);
        if (ctx.fs.stat(p)?.type === 'dir') {
          warn(ctx, `${quoteIfNeeded(f)}: Is a directory`);
          rows.push({ counts: which.map(() => 0), name: f });
          status = 1;
          continue;
        }
        bytes = ctx.fs.readFile(p);
        text = new TextDecoder().decode(bytes);
        regularTotal += bytes.length;
      } catch (e) {
        warn(ctx, `${quoteIfNeeded(f)}: ${errorText(e)}`);
        status = 1;
        continue;
      }
    }
    const all: Record<string, number> = {
      l: (text.match(/\n/g) ?? []).length,
      w: text.split(/[ \t\n\v\f\r]+/).filter(Boolean).length,
      c: bytes.length,
    };
    rows.push({ counts: which.map((k) => all[k]), name: a.operands.length ? f : undefined });
  }
  if (files.length > 1) rows.push({ counts: which.map((_, j) => rows.reduce((s, r) => s + r.counts[j], 0)), name: 'total' });
  let width = Math.max(String(regularTotal).length, minWidth);
  // busybox: every count 9 wide, except a single count of at most one file, printed bare.
  if (ctx.impl === 'busybox') width = 9;
  if (which.length === 1 && files.length === 1) width = 1;
  for (const r of rows) {
    ctx.stdout.write(r.counts.map((n) => String(n).padStart(width)).join(' ') + (r.name !== undefined ? ` ${r.name}` : '') + '\n');
  }
  return status;
};
