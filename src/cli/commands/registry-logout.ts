import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { errors } from '../../engine/errors';
import { DockerConfig, INDEX_SERVER } from './docker-config';

/** docker logout (cli/command/registry/logout.go): always names the server, erases what is stored. */
export function registryLogout(_d: DockerDeps): CommandSpec {
  return {
    name: 'logout',
    usage: '[SERVER]',
    short: 'Log out from a registry',
    args: { max: 1 },
    top: 9,
    flags: [],
    async run(ctx, args) {
      if (args[0] !== undefined && !['docker.io', 'index.docker.io', INDEX_SERVER].includes(args[0])) {
        throw errors.notSimulated(`logging out of ${args[0]}`);
      }
      ctx.process.stdout.write(`Removing login credentials for ${INDEX_SERVER}\n`);
      DockerConfig.erase(ctx.process);
      return 0;
    },
  };
}
