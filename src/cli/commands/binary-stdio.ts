import type { Input, Output, ProcessContext } from '../../shell/process';
import { errors } from '../../engine/errors';

/**
 * Byte-clean stdio for `docker save`/`export` (tar to stdout) and `load`/`import` (tar from
 * stdin). The process model's streams carry text; a stream that can carry bytes adds these
 * optional methods (a file redirect or a pipe can; the terminal cannot). Without them the
 * sandbox says no rather than write a tar mangled by UTF-8 encoding.
 */
export interface BinaryOutput extends Output {
  writeBytes(bytes: Uint8Array): void;
}
export interface BinaryInput extends Input {
  /** All remaining bytes (empty at end of input). */
  readAllBytes(): Promise<Uint8Array>;
}

export const BinaryStdio = {
  writer(ctx: ProcessContext, what: string): BinaryOutput {
    const out = ctx.stdout as Partial<BinaryOutput>;
    if (typeof out.writeBytes !== 'function') throw errors.notSimulated(`writing a tar to standard output (${what}); use -o FILE`);
    return out as BinaryOutput;
  },
  async readAll(ctx: ProcessContext, what: string): Promise<Uint8Array> {
    const input = ctx.stdin as Partial<BinaryInput>;
    if (typeof input.readAllBytes !== 'function') throw errors.notSimulated(`reading a tar from standard input (${what}); use -i FILE`);
    return input.readAllBytes();
  },
};
