import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { errors } from '../../engine/errors';
import { exportContainer } from '../../engine/archive/export-container';
import { BinaryStdio } from './binary-stdio';
import { HostFile } from './host-file';
import { collectChunks } from './image-save';

export function containerExport(d: DockerDeps): CommandSpec {
  return {
    name: 'container export',
    aliases: ['export'],
    usage: '[OPTIONS] CONTAINER',
    short: "Export a container's filesystem as a tar archive",
    args: { min: 1, max: 1 },
    flags: [{ long: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' }],
    async run(ctx, args, f) {
      const output = f.output as string;
      if (!output) {
        if (ctx.process.tty) throw errors.clientMessage('cowardly refusing to save to a terminal. Use the -o flag or redirect');
        const out = BinaryStdio.writer(ctx.process, 'docker export');
        const tar = await exportContainer(d.engine, args[0]);
        for (const c of tar.chunks()) out.writeBytes(c);
        return 0;
      }
      const bad = HostFile.checkOutput(ctx.process, output);
      if (bad) throw errors.clientMessage(`failed to export container: ${bad}`);
      const tar = await exportContainer(d.engine, args[0]);
      const err = HostFile.write(ctx.process, output, collectChunks(tar.size, tar.chunks()));
      if (err) throw errors.clientMessage(`failed to export container: ${err}`);
      return 0;
    },
  };
}
