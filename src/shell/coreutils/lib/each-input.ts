import type { ProcessContext } from '../../process';
import { errorText, warn } from './fail';
import { readAll } from './io';
import { resolvePath } from './path';

/**
 * head and tail's loop over their inputs: reads each file ("-" is stdin) whole, reports the GNU
 * errors for a directory or an unreadable file, prints the "==> name <==" headers when asked,
 * and hands the text to `emit`. Resolves to the exit status. `enough` lets head stop reading
 * stdin once it has what it prints, so `yes | head -2` ends (the writer then gets SIGPIPE).
 */
export async function eachInput(ctx: ProcessContext, files: string[], headers: boolean, emit: (text: string) => void, enough?: (text: string) => boolean): Promise<number> {
  let status = 0;
  let first = true;
  for (const f of files) {
    let text: string;
    if (f === '-') text = enough ? await readUntil(ctx, enough) : await readAll(ctx.stdin, ctx.signal);
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
    emit(text);
  }
  return status;
}

/** Stdin until `enough` says the text so far suffices (or end of input, or Ctrl-C). */
async function readUntil(ctx: ProcessContext, enough: (text: string) => boolean): Promise<string> {
  let s = '';
  while (!ctx.signal.aborted && !enough(s)) {
    const chunk = await ctx.stdin.read();
    if (chunk === null) break;
    s += chunk;
  }
  return s;
}
