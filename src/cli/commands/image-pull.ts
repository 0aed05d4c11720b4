import { transferRef } from './transfer-ref';
import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { refString } from '../../engine/reference';
import { isAbort, pullImage } from './hub-client';

export const PLATFORM_FLAG = 'Set platform if server is multi-platform capable';

/** docker pull (cli/command/image/pull.go): "Using default tag", the daemon's stream, then the full reference. */
export function imagePull(d: DockerDeps): CommandSpec {
  return {
    name: 'image pull',
    aliases: ['pull'],
    usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
    short: 'Download an image from a registry',
    args: { min: 1, max: 1 },
    top: 5,
    flags: [
      { long: 'all-tags', short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
      { long: 'disable-content-trust', type: 'bool', default: true, usage: 'Skip image verification' },
      { long: 'platform', type: 'string', usage: PLATFORM_FLAG },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
    ],
    async run(ctx, args, f) {
      const p = ctx.process;
      const ref = transferRef('pull', args[0], f, p);
      try {
        await pullImage(d, p, ref, f.quiet ? { write: () => undefined } : p.stdout);
      } catch (e) {
        if (isAbort(e)) return 130;
        throw e;
      }
      p.stdout.write(`${refString(ref)}\n`);
      return 0;
    },
  };
}
