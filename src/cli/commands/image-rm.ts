import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { isEngineError } from '../../engine/errors';

export function imageRm(d: DockerDeps): CommandSpec {
  return {
    name: 'image rm',
    aliases: ['image remove', 'rmi'],
    usage: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Remove one or more images',
    args: { min: 1 },
    flags: [
      { long: 'force', short: 'f', type: 'bool', usage: 'Force removal of the image' },
      { long: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
      { long: 'platform', type: 'strings', usage: 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
    ],
    async run(ctx, args, f) {
      // Each image is tried in turn; errors are reported and the rest still go (docker/cli remove.go).
      let failed = false;
      for (const name of args) {
        try {
          const records = await d.engine.imageDelete(name, { force: f.force as boolean, noPrune: f['no-prune'] as boolean });
          for (const r of records) ctx.process.stdout.write('untagged' in r ? `Untagged: ${r.untagged}\n` : `Deleted: ${r.deleted}\n`);
        } catch (e) {
          if (!isEngineError(e)) throw e;
          failed = true;
          ctx.process.stderr.write(`Error response from daemon: ${e.message}\n`);
        }
      }
      return failed ? 1 : 0;
    },
  };
}
