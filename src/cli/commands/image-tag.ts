import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { parseNormalizedNamed } from '../../engine/reference';

export function imageTag(d: DockerDeps): CommandSpec {
  return {
    name: 'image tag',
    aliases: ['tag'],
    usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    args: { min: 2, max: 2 },
    flags: [],
    async run(_ctx, args) {
      // The client validates the target before asking the daemon (invalid reference format).
      parseNormalizedNamed(args[1]);
      await d.engine.imageTag(args[0], args[1]);
      return 0;
    },
  };
}
