import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
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
      const server = args[0] === undefined || ['docker.io', 'index.docker.io', INDEX_SERVER].includes(args[0]) ? INDEX_SERVER : args[0].replace(/^https?:\/\//, '').replace(/\/+$/, '');
      ctx.process.stdout.write(`Removing login credentials for ${server}\n`);
      DockerConfig.erase(ctx.process, server);
      return 0;
    },
  };
}
