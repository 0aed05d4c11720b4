import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { errors } from '../../engine/errors';
import { loadImage } from '../../engine/archive/load-image';
import { BinaryStdio } from './binary-stdio';
import { HostFile } from './host-file';

const PLATFORM = 'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")';

export function imageLoad(d: DockerDeps): CommandSpec {
  return {
    name: 'image load',
    aliases: ['load'],
    usage: '[OPTIONS]',
    short: 'Load an image from a tar archive or STDIN',
    args: { max: 0 },
    flags: [
      { long: 'input', short: 'i', type: 'string', usage: 'Read from tar archive file, instead of STDIN' },
      { long: 'platform', type: 'string', usage: PLATFORM },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the load output' },
    ],
    async run(ctx, _args, f) {
      if (f.platform) throw errors.notSimulated("'docker load --platform'");
      const input = f.input as string;
      let bytes: Uint8Array;
      if (input) {
        const r = HostFile.read(ctx.process, input);
        if (typeof r === 'string') throw errors.clientMessage(r);
        bytes = r;
      } else {
        if (ctx.process.tty) throw errors.clientMessage('requested load from stdin, but stdin is empty');
        bytes = await BinaryStdio.readAll(ctx.process, 'docker load');
      }
      // -q only hides the "Loading layer" progress, which the sandbox does not draw; the
      // "Loaded image" lines are written either way (tarexport/load.go).
      const res = await loadImage(d.engine, bytes);
      for (const n of res.notes) ctx.process.stderr.write(n + '\n');
      ctx.process.stdout.write(res.lines.map((l) => l + '\n').join(''));
      return 0;
    },
  };
}
