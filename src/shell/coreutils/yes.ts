import type { Program } from '../process';

/**
 * yes [STRING...]: repeats the line until Ctrl-C (130) or until the reader goes away — a pipe
 * whose reader has finished throws from write(), which ends yes quietly with 141 (SIGPIPE).
 * It yields to the event loop between batches so the reader and the abort can run.
 */
export const yes: Program = async (ctx) => {
  const line = (ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y') + '\n';
  const batch = line.repeat(Math.max(1, Math.floor(4096 / line.length)));
  for (;;) {
    if (ctx.signal.aborted) return 130;
    try {
      ctx.stdout.write(batch);
    } catch {
      return 141;
    }
    await new Promise((r) => setTimeout(r, 0));
  }
};
