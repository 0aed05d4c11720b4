import type { Program } from '../process';
import { tryParse } from './lib/args';
import { expandObsoleteCount, parseCount } from './lib/count-arg';
import { eachInput } from './lib/each-input';

/** tail [-n [+]N | -c [+]N | -N] [FILE...] (no -f: nothing grows while it would wait). */
export const tail: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'n:c:qvf', long: { lines: ['n', 'required'], bytes: ['c', 'required'], quiet: ['q', 'none'], verbose: ['v', 'none'], follow: ['f', 'optional'] } }, expandObsoleteCount(ctx.argv.slice(1)));
  if (!a) return 1;
  const opt = a.opts.filter(([k]) => k === 'n' || k === 'c').pop();
  const count = parseCount(ctx, opt?.[1] ?? '10', opt?.[0] === 'c' ? 'bytes' : 'lines');
  if (!count) return 1;
  const files = a.operands.length ? a.operands : ['-'];
  const headers = a.has('v') || (files.length > 1 && !a.has('q'));
  return eachInput(ctx, files, headers, (text) => {
    if (opt?.[0] === 'c') {
      const b = new TextEncoder().encode(text);
      ctx.stdout.write(new TextDecoder().decode(count.sign === '+' ? b.subarray(Math.max(0, count.n - 1)) : b.subarray(Math.max(0, b.length - count.n))));
    } else {
      const lines = text.split(/(?<=\n)/).filter((l) => l !== '');
      ctx.stdout.write((count.sign === '+' ? lines.slice(Math.max(0, count.n - 1)) : lines.slice(Math.max(0, lines.length - count.n))).join(''));
    }
  });
};
