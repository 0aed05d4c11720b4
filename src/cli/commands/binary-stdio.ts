import type { ProcessContext } from '../../shell/process';
import type { BinaryInput, BinaryOutput } from '../../shell/io';
import { errors } from '../../engine/errors';

/**
 * Byte-clean stdio for `docker save`/`export` (tar to stdout) and `load`/`import` (tar from
 * stdin). The stream interfaces live in the shell (src/shell/io.ts: file redirections and pipes
 * implement them, the terminal does not) and are re-exported here for the commands that use
 * them. Without them the sandbox says no rather than write a tar mangled by UTF-8 encoding.
 */
export type { BinaryInput, BinaryOutput } from '../../shell/io';

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
