import type { Program } from '../process';
import { missingOperand } from './lib/fail';

/** sleep NUMBER[smhd]...: the durations add up; Ctrl-C (ctx.signal) ends it with 130. */
export const sleep: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (!args.length) {
    missingOperand(ctx);
    return 1;
  }
  let seconds = 0;
  for (const s of args) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(s);
    if (!m) {
      ctx.stderr.write(`sleep: invalid time interval '${s}'\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    seconds += Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]];
  }
  if (ctx.signal.aborted) return 130;
  const done = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      ctx.signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, seconds * 1000);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    ctx.signal.addEventListener('abort', onAbort, { once: true });
  });
  return done ? 0 : 130;
};
