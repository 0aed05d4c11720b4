import type { Input, ProcessContext } from '../../process';
import { errorText, quote, warn } from './fail';
import { resolvePath } from './path';

const enc = new TextEncoder();
const dec = new TextDecoder();

export function encode(s: string): Uint8Array {
  return enc.encode(s);
}

export function decode(b: Uint8Array): string {
  return dec.decode(b);
}

/** All of stdin as text, stopping early when the signal aborts. */
export async function readAll(stdin: Input, signal?: AbortSignal): Promise<string> {
  let s = '';
  for (;;) {
    if (signal?.aborted) return s;
    const chunk = await stdin.read();
    if (chunk === null) return s;
    s += chunk;
  }
}

/**
 * The text of each input operand in turn ("-" or no operands: stdin), as cat/head/wc/sort read
 * them. A file that cannot be read prints "prog: NAME: No such file or directory" (or
 * "Is a directory") and yields nothing; the caller learns it through `failed`.
 */
export async function* readInputs(ctx: ProcessContext, files: string[], state: { failed: boolean }): AsyncGenerator<{ name: string; text: string }> {
  const list = files.length ? files : ['-'];
  for (const name of list) {
    if (name === '-') {
      yield { name, text: await readAll(ctx.stdin, ctx.signal) };
      continue;
    }
    const text = readText(ctx, name);
    if (text === undefined) state.failed = true;
    else yield { name, text };
  }
}

/** A file's text, or undefined after printing GNU's "prog: NAME: error" line. */
export function readText(ctx: ProcessContext, name: string): string | undefined {
  try {
    const p = resolvePath(ctx.cwd, name);
    const st = ctx.fs.stat(p);
    if (st?.type === 'dir') {
      warn(ctx, `${name}: Is a directory`);
      return undefined;
    }
    return dec.decode(ctx.fs.readFile(p));
  } catch (e) {
    warn(ctx, `${quoteIfNeeded(name)}: ${errorText(e)}`);
    return undefined;
  }
}

/** GNU quotef: "prog: NAME: ..." messages quote a name only when it needs quoting. */
export function quoteIfNeeded(name: string): string {
  return /^[A-Za-z0-9_./:,+@%=^-]+$/.test(name) ? name : quote(name);
}

/** Splits text into lines without their "\n"; a final line without "\n" is kept. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
