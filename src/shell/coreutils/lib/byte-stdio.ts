import type { BinaryInput, BinaryOutput } from '../../../cli/commands/binary-stdio';
import type { ProcessContext } from '../../process';

/**
 * Byte streams for tar and gzip. A pipe or a redirect may carry bytes (the optional methods of
 * cli/commands/binary-stdio); the terminal does not, and real tar/gzip refuse it themselves
 * (the caller prints their words). Any other text-only stream cannot carry an archive
 * unmangled, so the sandbox says so instead of faking it.
 */
export type ByteSink = (bytes: Uint8Array) => void;

export function stdoutBytes(ctx: ProcessContext): ByteSink | 'terminal' | 'text' {
  const out = ctx.stdout as Partial<BinaryOutput>;
  if (typeof out.writeBytes === 'function') return (b) => out.writeBytes!(b);
  return ctx.tty ? 'terminal' : 'text';
}

export async function stdinBytes(ctx: ProcessContext): Promise<Uint8Array | 'terminal' | 'text'> {
  const input = ctx.stdin as Partial<BinaryInput>;
  if (typeof input.readAllBytes === 'function') return input.readAllBytes();
  return ctx.tty ? 'terminal' : 'text';
}

/** The sandbox's refusal for a text-only stream, FIDELITY.md's "say no" wording, exit 1. */
export function noByteStream(ctx: ProcessContext, what: string): number {
  ctx.stderr.write(`layerlab: '${what}' is not available in this sandbox\n`);
  return 1;
}

export function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}
