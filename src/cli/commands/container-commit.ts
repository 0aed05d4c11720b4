import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { applyChanges } from './commit-changes';
import { parseNormalizedNamed } from '../../engine/reference';

export function containerCommit(d: DockerDeps): CommandSpec {
  return {
    name: 'container commit',
    aliases: ['commit'],
    usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
    short: "Create a new image from a container's changes",
    args: { min: 1, max: 2 },
    flags: [
      { long: 'author', short: 'a', type: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
      { long: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
      { long: 'message', short: 'm', type: 'string', usage: 'Commit message' },
      { long: 'pause', short: 'p', type: 'bool', default: true, usage: 'Pause container during commit' },
    ],
    async run(ctx, args, f) {
      if (args[1] !== undefined) parseNormalizedNamed(args[1]);
      const c = d.engine.containerGet(args[0]);
      const changes = f.change as string[];
      const id = await d.engine.containerCommit(c.id, {
        reference: args[1],
        comment: f.message as string,
        author: f.author as string,
        changes: changes.length ? applyChanges({ ...c.config }, changes) : undefined,
      });
      ctx.process.stdout.write(`${id}\n`);
      return 0;
    },
  };
}
