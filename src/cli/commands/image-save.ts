import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { errors } from '../../engine/errors';
import { saveImage } from '../../engine/archive/save-image';
import { BinaryStdio } from './binary-stdio';
import { HostFile } from './host-file';

const PLATFORM = 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")';

/** Collects streamed chunks into one buffer allocated once: a -o file is a single Uint8Array. */
export function collectChunks(size: number, chunks: Iterable<Uint8Array>): Uint8Array {
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

export function imageSave(d: DockerDeps): CommandSpec {
  return {
    name: 'image save',
    aliases: ['save'],
    usage: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
    args: { min: 1 },
    flags: [
      { long: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' },
      { long: 'platform', type: 'string', usage: PLATFORM },
    ],
    async run(ctx, args, f) {
      const output = f.output as string;
      if (f.platform) throw errors.notSimulated("'docker save --platform'");
      if (!output) {
        // docker/cli save.go refuses before asking the daemon.
        if (ctx.process.tty) throw errors.clientMessage('cowardly refusing to save to a terminal. Use the -o flag or redirect');
        const out = BinaryStdio.writer(ctx.process, 'docker save');
        const tar = await saveImage(d.engine, args);
        for (const c of tar.chunks()) out.writeBytes(c);
        return 0;
      }
      const bad = HostFile.checkOutput(ctx.process, output);
      if (bad) throw errors.clientMessage(`failed to save image: ${bad}`);
      const tar = await saveImage(d.engine, args);
      const err = HostFile.write(ctx.process, output, collectChunks(tar.size, tar.chunks()));
      if (err) throw errors.clientMessage(`failed to save image: ${err}`);
      return 0;
    },
  };
}
