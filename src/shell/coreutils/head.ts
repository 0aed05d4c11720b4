import type { Program } from '../process';
import { tryParse } from './lib/args';
import { expandObsoleteCount, parseCount } from './lib/count-arg';
import { eachInput } from './lib/each-input';

/** head [-n [-]N | -c [-]N | -N] [FILE...]: "==> name <==" headers for several files. */
export const head: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'n:c:qv', long: { lines: ['n', 'required'], bytes: ['c', 'required'], quiet: ['q', 'none'], verbose: ['v', 'none'] } }, expandObsoleteCount(ctx.argv.slice(1)));
  if (!a) return 1;
  const bytes = a.opts.filter(([k]) => k === 'n' || k === 'c').pop();
  const count = parseCount(ctx, bytes?.[1] ?? '10', bytes?.[0] === 'c' ? 'bytes' : 'lines');
  if (!count) return 1;
  const files = a.operands.length ? a.operands : ['-'];
  const headers = a.has('v') || (files.length > 1 && !a.has('q'));
  const byBytes = bytes?.[0] === 'c';
  // The first N lines or bytes need no more input than that (not so for "all but the last N").
  const enough = count.sign === '-' ? undefined : byBytes ? (t: string) => new TextEncoder().encode(t).length >= count.n : (t: string) => countNewlines(t) >= count.n;
  return eachInput(ctx, files, headers, (text) => {
    ctx.stdout.write(byBytes ? takeBytes(text, count) : takeLines(text, count));
  }, enough);
};

function takeLines(text: string, c: { n: number; sign: string }): string {
  const lines = text.split(/(?<=\n)/).filter((l) => l !== '');
  return (c.sign === '-' ? lines.slice(0, Math.max(0, lines.length - c.n)) : lines.slice(0, c.n)).join('');
}

function takeBytes(text: string, c: { n: number; sign: string }): string {
  const b = new TextEncoder().encode(text);
  return new TextDecoder().decode(c.sign === '-' ? b.subarray(0, Math.max(0, b.length - c.n)) : b.subarray(0, c.n));
}

function countNewlines(t: string): number {
  let n = 0;
  for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
  return n;
}
