import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { errors } from '../../engine/errors';
import { importImage } from '../../engine/archive/import-image';
import { parseNormalizedNamed } from '../../engine/reference';
import { applyChanges } from './commit-changes';
import { BinaryStdio } from './binary-stdio';
import { HostFile } from './host-file';

export function imageImport(d: DockerDeps): CommandSpec {
  return {
    name: 'image import',
    aliases: ['import'],
    usage: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
    short: 'Import the contents from a tarball to create a filesystem image',
    // docker/cli import.go: RequiresMinArgs(1); a third argument and more are ignored.
    args: { min: 1 },
    flags: [
      { long: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
      { long: 'message', short: 'm', type: 'string', usage: 'Set commit message for imported image' },
      { long: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
    ],
    async run(ctx, args, f) {
      if (f.platform) throw errors.notSimulated("'docker import --platform'");
      // The client validates the reference before reading the source (docker/cli import.go).
      if (args[1] !== undefined) parseNormalizedNamed(args[1]);
      const src = args[0];
      let bytes: Uint8Array;
      if (src === '-') {
        bytes = await BinaryStdio.readAll(ctx.process, 'docker import -');
      } else if (/^(https?:\/\/)/.test(src)) {
        throw errors.notSimulated("'docker import' from a URL");
      } else {
        const r = HostFile.read(ctx.process, src);
        if (typeof r === 'string') throw errors.clientMessage(r);
        bytes = r;
      }
      const changes = f.change as string[];
      const id = await importImage(d.engine, bytes, {
        config: changes.length ? applyChanges({}, changes) : undefined,
        message: f.message as string,
        reference: args[1],
      });
      ctx.process.stdout.write(`${id}\n`);
      return 0;
    },
  };
}
