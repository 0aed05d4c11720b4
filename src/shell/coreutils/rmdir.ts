import type { Program } from '../process';
import { tryParse } from './lib/args';
import { errorText, missingOperand, quote, warn } from './lib/fail';
import { resolvePath } from './lib/path';

/** rmdir [-p] [-v] DIR... */
export const rmdir: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'pv', long: { parents: ['p', 'none'], verbose: ['v', 'none'] } });
  if (!a) return 1;
  if (!a.operands.length) {
    missingOperand(ctx);
    return 1;
  }
  let status = 0;
  for (const name of a.operands) {
    const chain = [name];
    if (a.has('p')) for (let n = name.replace(/\/+$/, ''); n.includes('/'); ) chain.push((n = n.slice(0, n.lastIndexOf('/'))));
    for (const n of chain) {
      try {
        if (a.has('v')) ctx.stdout.write(`rmdir: removing directory, ${quote(n)}\n`);
        ctx.fs.rmdir(resolvePath(ctx.cwd, n));
      } catch (e) {
        warn(ctx, `failed to remove ${quote(n)}: ${errorText(e)}`);
        status = 1;
        break;
      }
    }
  }
  return status;
};
