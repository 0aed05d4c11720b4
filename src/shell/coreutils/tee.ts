import type { Program } from '../process';
import { tryParse } from './lib/args';
import { errorText, warn } from './lib/fail';
import { encode } from './lib/io';
import { resolvePath } from './lib/path';

/** tee [-a] [FILE...]: copies stdin to stdout and the files, chunk by chunk. */
export const tee: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'ai', long: { append: ['a', 'none'], 'ignore-interrupts': ['i', 'none'] } });
  if (!a) return 1;
  let status = 0;
  const targets: string[] = [];
  for (const f of a.operands) {
    const p = resolvePath(ctx.cwd, f);
    try {
      if (!a.has('a') || !ctx.fs.stat(p)) ctx.fs.writeFile(p, new Uint8Array());
      targets.push(p);
    } catch (e) {
      warn(ctx, `${f}: ${errorText(e)}`);
      status = 1;
    }
  }
  for (;;) {
    if (ctx.signal.aborted) return 130;
    const chunk = await ctx.stdin.read();
    if (chunk === null) break;
    ctx.stdout.write(chunk);
    for (const p of targets) ctx.fs.writeFile(p, encode(chunk), { append: true });
  }
  return status;
};
