import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { parseNormalizedNamed } from '../../engine/reference';
import { errors, isEngineError } from '../../engine/errors';

export function imageTag(d: DockerDeps): CommandSpec {
  return {
    name: 'image tag',
    aliases: ['tag'],
    usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    args: { min: 2, max: 2 },
    flags: [],
    async run(_ctx, args) {
      // The client validates the target before asking the daemon, wrapping the parser's
      // error (docker/cli image/tag.go, recorded from 28.2.2).
      try {
        parseNormalizedNamed(args[1]);
      } catch (e) {
        if (isEngineError(e) && e.code === 'invalidReference') {
          throw errors.clientMessage(`Error parsing reference: "${args[1]}" is not a valid repository/tag: ${e.message}`);
        }
        throw e;
      }
      await d.engine.imageTag(args[0], args[1]);
      return 0;
    },
  };
}
