import type { Program } from '../../process';
import { tryParse } from './args';
import { errorText, warn } from './fail';
import { encode, quoteIfNeeded, readAll } from './io';
import { canReadBytes } from '../../io';
import { resolvePath } from './path';

type Algo = 'md5' | 'sha1' | 'sha256' | 'sha512';

/** Loaded on first use: the extra WASM hashers stay out of the page's initial download. */
const hasher = async (algo: Algo) => (await import('./hashers')).hashers[algo];

/** md5sum / sha256sum style programs: "HASH  NAME" per input ("-" is stdin). */
export function checksumProgram(algo: Algo): Program {
  return async (ctx) => {
    const a = tryParse(ctx, { short: 'bt', long: { binary: ['b', 'none'], text: ['t', 'none'] } });
    if (!a) return 1;
    let status = 0;
    for (const f of a.operands.length ? a.operands : ['-']) {
      let data: Uint8Array;
      // Bytes as they are when the stream carries bytes (`docker save img | sha256sum`).
      if (f === '-') data = canReadBytes(ctx.stdin) ? await ctx.stdin.readAllBytes() : encode(await readAll(ctx.stdin, ctx.signal));
      else {
        try {
          const p = resolvePath(ctx.cwd, f);
          if (ctx.fs.stat(p)?.type === 'dir') {
            warn(ctx, `${quoteIfNeeded(f)}: Is a directory`);
            status = 1;
            continue;
          }
          data = ctx.fs.readFile(p);
        } catch (e) {
          warn(ctx, `${quoteIfNeeded(f)}: ${errorText(e)}`);
          status = 1;
          continue;
        }
      }
      ctx.stdout.write(`${await (await hasher(algo))(data)}  ${f}\n`);
    }
    return status;
  };
}
