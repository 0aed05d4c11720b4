import type { Output, Program, ProcessContext } from '../process';
import { canStreamBytes, canWriteBytes, type BinaryOutput } from '../io';
import { tryParse } from './lib/args';
import { errorText, warn } from './lib/fail';
import { quoteIfNeeded, readInputs } from './lib/io';
import { resolvePath } from './lib/path';

/** cat [-n] [FILE...]: "-n" numbering runs on across files, as GNU's does. */
export const cat: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'n', long: { number: ['n', 'none'] } });
  if (!a) return 1;
  const state = { failed: false };
  if (!a.has('n') && canWriteBytes(ctx.stdout)) return copyBytes(ctx, ctx.stdout, a.operands);
  let line = 0;
  let atStart = true;
  for await (const { text } of readInputs(ctx, a.operands, state)) {
    if (!a.has('n')) {
      ctx.stdout.write(text);
      continue;
    }
    let out = '';
    for (const ch of text.split(/(?<=\n)/)) {
      if (ch === '') continue;
      if (atStart) out += `${String(++line).padStart(6)}\t`;
      out += ch;
      atStart = ch.endsWith('\n');
    }
    ctx.stdout.write(out);
  }
  return state.failed ? 1 : 0;
};

/**
 * Plain cat into a file or pipe copies bytes, as the real one does: `cat b.tar | docker load`
 * and `cat b.tar > copy.tar` must not pass a tar through UTF-8 decoding. Stdin is copied chunk
 * by chunk as it arrives, so `yes | cat | head -1` still ends.
 */
async function copyBytes(ctx: ProcessContext, out: BinaryOutput, files: string[]): Promise<number> {
  let failed = false;
  for (const name of files.length ? files : ['-']) {
    if (ctx.signal.aborted) break;
    if (name === '-') await copyStdin(ctx, out);
    else {
      const bytes = readBytes(ctx, name);
      if (bytes) out.writeBytes(bytes);
      else failed = true;
    }
  }
  return failed ? 1 : 0;
}

async function copyStdin(ctx: ProcessContext, out: BinaryOutput & Output): Promise<void> {
  const input = ctx.stdin;
  if (!canStreamBytes(input)) {
    // The terminal: text, a line at a time.
    for (let s = await input.read(); s !== null && !ctx.signal.aborted; s = await input.read()) out.write(s);
    return;
  }
  for (let b = await input.readBytes(); b && !ctx.signal.aborted; b = await input.readBytes()) out.writeBytes(b);
}

/** A file's bytes, or undefined after GNU's "cat: NAME: error" line (as readText words it). */
function readBytes(ctx: ProcessContext, name: string): Uint8Array | undefined {
  try {
    const p = resolvePath(ctx.cwd, name);
    if (ctx.fs.stat(p)?.type === 'dir') {
      warn(ctx, `${name}: Is a directory`);
      return undefined;
    }
    return ctx.fs.readFile(p);
  } catch (e) {
    warn(ctx, `${quoteIfNeeded(name)}: ${errorText(e)}`);
    return undefined;
  }
}
