import type { FlagSpec, FlagValues } from '../framework/command';
import type { ContainerCreateOptions } from '../../engine/container-create';
import type { PortBinding } from '../../engine/stores/container-store';
import { errors } from '../../engine/errors';

/** Flags `docker create` and `docker run` share (run adds -d, --rm is on both). */
export const CREATE_FLAGS: FlagSpec[] = [
  { long: 'entrypoint', type: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
  { long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
  { long: 'expose', type: 'list', usage: 'Expose a port or a range of ports' },
  { long: 'help', type: 'bool', usage: 'Print usage' },
  { long: 'hostname', short: 'h', type: 'string', usage: 'Container host name' },
  { long: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
  { long: 'label', short: 'l', type: 'list', usage: 'Set meta data on a container' },
  { long: 'name', type: 'string', usage: 'Assign a name to the container' },
  { long: 'publish', short: 'p', type: 'list', usage: "Publish a container's port(s) to the host" },
  { long: 'rm', type: 'bool', usage: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  { long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
  { long: 'user', short: 'u', type: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  { long: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
];

export function createOptions(image: string, cmd: string[], f: FlagValues): ContainerCreateOptions {
  const labels: Record<string, string> = {};
  for (const l of f.label as string[]) {
    const i = l.indexOf('=');
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
  }
  return {
    image,
    name: (f.name as string) || undefined,
    cmd: cmd.length ? cmd : undefined,
    entrypoint: f.entrypoint !== '' ? [f.entrypoint as string] : undefined,
    env: f.env as string[],
    workingDir: (f.workdir as string) || undefined,
    user: (f.user as string) || undefined,
    hostname: (f.hostname as string) || undefined,
    tty: f.tty as boolean,
    openStdin: f.interactive as boolean,
    autoRemove: f.rm as boolean,
    ports: (f.publish as string[]).map(parsePort),
    labels,
  };
}

/** `-p [ip:][hostPort:]containerPort[/proto]`; a missing host port gets an ephemeral one. */
function parsePort(spec: string): PortBinding {
  const [main, proto = 'tcp'] = spec.split('/');
  const parts = main.split(':');
  let hostIp = '';
  let hostPort = '';
  let container = '';
  if (parts.length === 1) [container] = parts;
  else if (parts.length === 2) [hostPort, container] = parts;
  else if (parts.length === 3) [hostIp, hostPort, container] = parts;
  else throw errors.clientMessage(`invalid port format for --publish: ${spec}`);
  if (!/^\d+$/.test(container) || (hostPort && !/^\d+$/.test(hostPort))) {
    throw errors.clientMessage(`invalid containerPort: ${container}`);
  }
  return { hostIp, hostPort: hostPort || '32768', containerPort: `${container}/${proto}` };
}
