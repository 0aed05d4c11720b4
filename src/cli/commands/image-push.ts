import { transferRef } from './transfer-ref';
import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { refString } from '../../engine/reference';
import { displayFor, isAbort, registryFor, transferOptions } from './hub-client';

/**
 * docker push (cli/command/image/push.go). Errors the daemon sends inside the stream (denied,
 * no local tag) are printed without "Error response from daemon: " (their EngineErrors say so).
 * The hub page the real Hub links to does not exist in the sandbox yet, so no link is printed.
 */
export function imagePush(d: DockerDeps): CommandSpec {
  return {
    name: 'image push',
    aliases: ['push'],
    usage: '[OPTIONS] NAME[:TAG]',
    short: 'Upload an image to a registry',
    args: { min: 1, max: 1 },
    top: 6,
    flags: [
      { long: 'all-tags', short: 'a', type: 'bool', usage: 'Push all tags of an image to the repository' },
      { long: 'disable-content-trust', type: 'bool', default: true, usage: 'Skip image signing' },
      { long: 'platform', type: 'string', usage: "Push a platform-specific manifest as a single-platform image to the registry.\nImage index won't be pushed, meaning that other manifests, including attestations won't be preserved.\n'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)" },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
    ],
    async run(ctx, args, f) {
      const p = ctx.process;
      const ref = transferRef('push', args[0], f, p);
      const registry = await registryFor(d, ref);
      const display = displayFor(p, f.quiet ? { write: () => undefined } : p.stdout);
      try {
        await registry.push(d.engine, refString(ref), (m) => display.show(m), transferOptions(d, p, ref.domain));
      } catch (e) {
        if (isAbort(e)) return 130;
        throw e;
      }
      if (f.quiet) p.stdout.write(`${refString(ref)}\n`);
      return 0;
    },
  };
}
