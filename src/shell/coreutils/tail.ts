import type { Program } from '../process';
import { tryParse } from './lib/args';
import { expandObsoleteCount, parseCount } from './lib/count-arg';
import { errorText, warn } from './lib/fail';
import { readAll } from './lib/io';
import { resolvePath } from './lib/path';

/** tail [-n [+]N | -c [+]N | -N] [FILE...] (no -f: nothing grows while it would wait). */
export const tail: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'n:c:qvf', long: { lines: ['n', 'required'], bytes: ['c', 'required'], quiet: ['q', 'none'], verbose: ['v', 'none'], follow: ['f', 'optional'] } }, expandObsoleteCount(ctx.argv.slice(1)));
  if (!a) return 1;
  const opt = a.opts.filter(([k]) => k === 'n' || k === 'c').pop();
  const count = parseCount(ctx, opt?.[1] ?? '10', opt?.[0] === 'c' ? 'bytes' : 'lines');
  if (!count) return 1;
  const files = a.operands.length ? a.operands : ['-'];
  const headers = a.has('v') || (files.length > 1 && !a.has('q'));
  let status = 0;
  let first = true;
  for (const f of files) {
    let text: string;
    if (f === '-') text = await readAll(ctx.stdin, ctx.signal);
    else {
      try {
        const p = resolvePath(ctx.cwd, f);
        if (ctx.fs.stat(p)?.type === 'dir') {
          warn(ctx, `error reading '${f}': Is a directory`);
          status = 1;
          continue;
        }
        text = new TextDecoder().decode(ctx.fs.readFile(p));
      } catch (e) {
        warn(ctx, `cannot open '${f}' for reading: ${errorText(e)}`);
        status = 1;
        continue;
      }
    }
    if (headers) ctx.stdout.write(`${first ? '' : '\n'}==> ${f === '-' ? 'standard input' : f} <==\n`);
    first = false;
    if (opt?.[0] === 'c') {
      const b = new TextEncoder().encode(text);
      ctx.stdout.write(new TextDecoder().decode(count.sign === '+' ? b.subarray(Math.max(0, count.n - 1)) : b.subarray(Math.max(0, b.length - count.n))));
    } else {
      const lines = text.split(/(?<=\n)/).filter((l) => l !== '');
      ctx.stdout.write((count.sign === '+' ? lines.slice(Math.max(0, count.n - 1)) : lines.slice(Math.max(0, lines.length - count.n))).join(''));
    }
  }
  return status;
};
