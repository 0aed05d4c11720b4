import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { errors } from '../../engine/errors';
import { parseNormalizedNamed, refString, tagNameOnly } from '../../engine/reference';
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
      let ref = parseNormalizedNamed(args[0]);
      const nameOnly = ref.tag === undefined && ref.digest === undefined;
      if (f['all-tags']) {
        if (!nameOnly) throw errors.clientMessage("tag can't be used with --all-tags/-a");
        throw errors.notSimulated("'docker pull --all-tags'");
      }
      if (f.platform) throw errors.notSimulated("'docker pull --platform'");
      if (nameOnly) {
        ref = tagNameOnly(ref);
        if (!f.quiet) p.stdout.write(`Using default tag: ${ref.tag}\n`);
      }
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
