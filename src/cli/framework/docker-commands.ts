/**
 * Every command the real docker 28.2.2 client has (from its `docker --help`, `docker image
 * --help`, `docker container --help`). A name here that the sandbox does not implement gets
 * "not available in this sandbox" (FIDELITY.md) instead of docker's "unknown command".
 */
export const DOCKER_COMMANDS = {
  topLevel: [
    'run', 'exec', 'ps', 'build', 'pull', 'push', 'images', 'login', 'logout', 'search', 'version', 'info',
    'builder', 'buildx', 'compose', 'checkpoint', 'container', 'context', 'image', 'manifest', 'network', 'plugin',
    'system', 'trust', 'volume', 'config', 'node', 'secret', 'service', 'stack', 'swarm', 'attach', 'commit', 'cp',
    'create', 'diff', 'events', 'export', 'history', 'import', 'inspect', 'kill', 'load', 'logs', 'pause', 'port',
    'rename', 'restart', 'rm', 'rmi', 'save', 'start', 'stats', 'stop', 'tag', 'top', 'unpause', 'update', 'wait',
  ],
  image: ['build', 'history', 'import', 'inspect', 'load', 'ls', 'list', 'prune', 'pull', 'push', 'rm', 'remove', 'save', 'tag'],
  container: [
    'attach', 'commit', 'cp', 'create', 'diff', 'exec', 'export', 'inspect', 'kill', 'logs', 'ls', 'list', 'ps', 'pause',
    'port', 'prune', 'rename', 'restart', 'rm', 'remove', 'run', 'start', 'stats', 'stop', 'top', 'unpause', 'update', 'wait',
  ],
} as const;

export function isDockerCommand(path: readonly string[]): boolean {
  if (path.length === 1) return (DOCKER_COMMANDS.topLevel as readonly string[]).includes(path[0]);
  const group = (DOCKER_COMMANDS as Record<string, readonly string[]>)[path[0]];
  return path.length === 2 && path[0] !== 'topLevel' && group !== undefined && group.includes(path[1]);
}
