import type { FlagSpec, FlagValues } from '../framework/command';
import type { ContainerCreateOptions } from '../../engine/container-create';
import type { PortBinding } from '../../engine/stores/container-store';
import { errors } from '../../engine/errors';
import { bytesError } from '../framework/flag-values';
import { defaultValue } from '../framework/parse-flags';

type Extra = Partial<Pick<FlagSpec, 'short' | 'default' | 'defaultShown' | 'hidden' | 'check'>>;
const flag = (long: string, type: FlagSpec['type'], usage: string, extra: Extra = {}): FlagSpec => ({ long, type, usage, ...extra });

// `--sysctl`: opts.ValidateSysctl, the namespaced sysctls a container may set.
function sysctlError(v: string): string | undefined {
  const eq = v.indexOf('=');
  const k = eq < 0 ? '' : v.slice(0, eq);
  const ok = /^kernel\.(msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)$/.test(k) || k.startsWith('net.') || k.startsWith('fs.mqueue.');
  return ok ? undefined : `sysctl '${v}' is not allowed`;
}

// `--network`: opts.NetworkOpt's long syntax (`name=x,alias=y`); anything else is a network name.
function networkError(v: string): string | undefined {
  if (!/\w+=\w+(,\w+=\w+)*/.test(v)) return undefined;
  let named = false;
  for (const field of v.split(',')) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? '' : field.slice(0, eq).toLowerCase().trim();
    if (eq < 0 || eq === 0) return `invalid field ${field}`;
    if (!['name', 'alias', 'ip', 'ip6', 'mac-address', 'link-local-ip', 'driver-opt', 'gw-priority'].includes(key)) return `invalid field key ${key}`;
    if (key === 'name' && field.slice(eq + 1).trim() !== '') named = true;
  }
  return named ? undefined : 'network name/id is not specified';
}

// `--gpus`: opts.GpuOpts, `all`, a count, or driver=/count=/device=/capabilities=/options= fields.
function gpusError(v: string): string | undefined {
  const seen = new Set<string>();
  const count = (c: string) => (c === 'all' || /^[+-]?\d+$/.test(c) ? undefined : `invalid count (${c}): value must be either "all" or an integer: invalid syntax`);
  for (const field of v.split(',')) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? field : field.slice(0, eq);
    if (seen.has(key)) return `gpu request key '${key}' can be specified only once`;
    seen.add(key);
    if (eq < 0) {
      const e = count(key);
      if (e) return e;
    } else if (key === 'count') {
      const e = count(field.slice(eq + 1));
      if (e) return e;
    } else if (!['driver', 'device', 'capabilities', 'options'].includes(key)) return `unexpected key '${key}' in '${field}'`;
  }
  return undefined;
}

// `--mount`: the first checks of opts.MountOpt (key=value fields, known keys, a target).
function mountError(v: string): string | undefined {
  let target = false;
  for (const field of v.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0 && !['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive'].includes(key)) return `invalid field '${field}' must be a key=value pair`;
    if (['target', 'dst', 'destination'].includes(key)) target = true;
    else if (!MOUNT_KEYS.includes(key)) return `unexpected key '${key}' in '${field}'`;
  }
  return target ? undefined : 'target is required';
}
const MOUNT_KEYS = ['type', 'source', 'src', 'readonly', 'ro', 'consistency', 'bind-propagation', 'bind-nonrecursive', 'bind-recursive', 'volume-subpath', 'volume-nocopy', 'volume-label', 'volume-driver', 'volume-opt', 'image-subpath', 'tmpfs-size', 'tmpfs-mode'];

const LIST_DEFAULT = { defaultShown: '[]' };
const MAP_DEFAULT = { defaultShown: 'map[]' };

/**
 * Every flag docker/cli 28.2.2 declares for `docker create` (container/opts.go addFlags plus
 * create.go), with its usage text as written there; `docker run` adds its own (RUN_ONLY_FLAGS).
 * Which of them the sandbox honours is SIMULATED below; the rest are refused when given.
 */
export const CREATE_FLAGS: FlagSpec[] = [
  flag('add-host', 'list', 'Add a custom host-to-IP mapping (host:ip)'),
  flag('annotation', 'map', 'Add an annotation to the container (passed through to the OCI runtime)', MAP_DEFAULT),
  flag('attach', 'list', 'Attach to STDIN, STDOUT or STDERR', { short: 'a' }),
  flag('blkio-weight', 'uint16', 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)'),
  flag('blkio-weight-device', 'list', 'Block IO weight (relative device weight)', LIST_DEFAULT),
  flag('cap-add', 'list', 'Add Linux capabilities'),
  flag('cap-drop', 'list', 'Drop Linux capabilities'),
  flag('cgroup-parent', 'string', 'Optional parent cgroup for the container'),
  flag('cgroupns', 'string', `Cgroup namespace to use (host|private)
'host':    Run the container in the Docker host's cgroup namespace
'private': Run the container in its own private cgroup namespace
'':        Use the cgroup namespace as configured by the
           default-cgroupns-mode option on the daemon (default)`),
  flag('cidfile', 'string', 'Write the container ID to the file'),
  flag('cpu-count', 'int', 'CPU count (Windows only)'),
  flag('cpu-percent', 'int', 'CPU percent (Windows only)'),
  flag('cpu-period', 'int', 'Limit CPU CFS (Completely Fair Scheduler) period'),
  flag('cpu-quota', 'int', 'Limit CPU CFS (Completely Fair Scheduler) quota'),
  flag('cpu-rt-period', 'int', 'Limit CPU real-time period in microseconds'),
  flag('cpu-rt-runtime', 'int', 'Limit CPU real-time runtime in microseconds'),
  flag('cpu-shares', 'int', 'CPU shares (relative weight)', { short: 'c' }),
  flag('cpus', 'decimal', 'Number of CPUs'),
  flag('cpuset-cpus', 'string', 'CPUs in which to allow execution (0-3, 0,1)'),
  flag('cpuset-mems', 'string', 'MEMs in which to allow execution (0-3, 0,1)'),
  flag('device', 'list', 'Add a host device to the container'),
  flag('device-cgroup-rule', 'list', 'Add a rule to the cgroup allowed devices list'),
  flag('device-read-bps', 'list', 'Limit read rate (bytes per second) from a device', LIST_DEFAULT),
  flag('device-read-iops', 'list', 'Limit read rate (IO per second) from a device', LIST_DEFAULT),
  flag('device-write-bps', 'list', 'Limit write rate (bytes per second) to a device', LIST_DEFAULT),
  flag('device-write-iops', 'list', 'Limit write rate (IO per second) to a device', LIST_DEFAULT),
  flag('disable-content-trust', 'bool', 'Skip image verification', { default: true }),
  flag('dns', 'list', 'Set custom DNS servers'),
  flag('dns-opt', 'list', 'Set DNS options', { hidden: true }),
  flag('dns-option', 'list', 'Set DNS options'),
  flag('dns-search', 'list', 'Set custom DNS search domains'),
  flag('domainname', 'string', 'Container NIS domain name'),
  flag('entrypoint', 'string', 'Overwrite the default ENTRYPOINT of the image'),
  flag('env', 'list', 'Set environment variables', { short: 'e' }),
  flag('env-file', 'list', 'Read in a file of environment variables'),
  flag('expose', 'list', 'Expose a port or a range of ports'),
  flag('gpus', 'gpu-request', "GPU devices to add to the container ('all' to pass all GPUs)", { check: gpusError }),
  flag('group-add', 'list', 'Add additional groups to join'),
  flag('health-cmd', 'string', 'Command to run to check health'),
  flag('health-interval', 'duration', 'Time between running the check (ms|s|m|h) (default 0s)'),
  flag('health-retries', 'int', 'Consecutive failures needed to report unhealthy'),
  flag('health-start-interval', 'duration', 'Time between running the check during the start period (ms|s|m|h) (default 0s)'),
  flag('health-start-period', 'duration', 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)'),
  flag('health-timeout', 'duration', 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)'),
  flag('help', 'bool', 'Print usage'),
  flag('hostname', 'string', 'Container host name', { short: 'h' }),
  flag('init', 'bool', 'Run an init inside the container that forwards signals and reaps processes'),
  flag('interactive', 'bool', 'Keep STDIN open even if not attached', { short: 'i' }),
  flag('io-maxbandwidth', 'bytes', 'Maximum IO bandwidth limit for the system drive (Windows only)'),
  flag('io-maxiops', 'uint', 'Maximum IOps limit for the system drive (Windows only)'),
  flag('ip', 'string', 'IPv4 address (e.g., 172.30.100.104)'),
  flag('ip6', 'string', 'IPv6 address (e.g., 2001:db8::33)'),
  flag('ipc', 'string', 'IPC mode to use'),
  flag('isolation', 'string', 'Container isolation technology'),
  flag('kernel-memory', 'bytes', 'Kernel memory limit'),
  flag('label', 'list', 'Set meta data on a container', { short: 'l' }),
  flag('label-file', 'list', 'Read in a line delimited file of labels'),
  flag('link', 'list', 'Add link to another container'),
  flag('link-local-ip', 'list', 'Container IPv4/IPv6 link-local addresses'),
  flag('log-driver', 'string', 'Logging driver for the container'),
  flag('log-opt', 'list', 'Log driver options'),
  flag('mac-address', 'string', 'Container MAC address (e.g., 92:d0:c6:0a:29:33)'),
  flag('memory', 'bytes', 'Memory limit', { short: 'm' }),
  flag('memory-reservation', 'bytes', 'Memory soft limit'),
  // opts.MemSwapBytes: "-1" (unlimited) before the size parse.
  flag('memory-swap', 'bytes', "Swap limit equal to memory plus swap: '-1' to enable unlimited swap", { check: (v) => (v === '-1' ? undefined : bytesError(v)) }),
  flag('memory-swappiness', 'int', 'Tune container memory swappiness (0 to 100)', { default: -1 }),
  flag('mount', 'mount', 'Attach a filesystem mount to the container', { check: mountError }),
  flag('name', 'string', 'Assign a name to the container'),
  flag('net', 'network', 'Connect a container to a network', { hidden: true, check: networkError }),
  flag('net-alias', 'list', 'Add network-scoped alias for the container', { hidden: true }),
  flag('network', 'network', 'Connect a container to a network', { check: networkError }),
  flag('network-alias', 'list', 'Add network-scoped alias for the container'),
  flag('no-healthcheck', 'bool', 'Disable any container-specified HEALTHCHECK'),
  flag('oom-kill-disable', 'bool', 'Disable OOM Killer'),
  flag('oom-score-adj', 'int', "Tune host's OOM preferences (-1000 to 1000)"),
  flag('pid', 'string', 'PID namespace to use'),
  flag('pids-limit', 'int', 'Tune container pids limit (set -1 for unlimited)'),
  flag('platform', 'string', 'Set platform if server is multi-platform capable'),
  flag('privileged', 'bool', 'Give extended privileges to this container'),
  flag('publish', 'list', "Publish a container's port(s) to the host", { short: 'p' }),
  flag('publish-all', 'bool', 'Publish all exposed ports to random ports', { short: 'P' }),
  // create.go's usage text has the stray "|" (run.go's has not).
  flag('pull', 'string', 'Pull image before creating ("always", "|missing", "never")', { default: 'missing' }),
  flag('quiet', 'bool', 'Suppress the pull output', { short: 'q' }),
  flag('read-only', 'bool', "Mount the container's root filesystem as read only"),
  flag('restart', 'string', 'Restart policy to apply when a container exits', { default: 'no' }),
  flag('rm', 'bool', 'Automatically remove the container and its associated anonymous volumes when it exits'),
  flag('runtime', 'string', 'Runtime to use for this container'),
  flag('security-opt', 'list', 'Security Options'),
  flag('shm-size', 'bytes', 'Size of /dev/shm'),
  flag('stop-signal', 'string', 'Signal to stop the container'),
  flag('stop-timeout', 'int', 'Timeout (in seconds) to stop a container'),
  flag('storage-opt', 'list', 'Storage driver options for the container'),
  flag('sysctl', 'map', 'Sysctl options', { ...MAP_DEFAULT, check: sysctlError }),
  flag('tmpfs', 'list', 'Mount a tmpfs directory'),
  flag('tty', 'bool', 'Allocate a pseudo-TTY', { short: 't' }),
  flag('ulimit', 'ulimit', 'Ulimit options', LIST_DEFAULT),
  flag('use-api-socket', 'bool', 'Bind mount Docker API socket and required auth'),
  flag('user', 'string', 'Username or UID (format: <name|uid>[:<group|gid>])', { short: 'u' }),
  flag('userns', 'string', 'User namespace to use'),
  flag('uts', 'string', 'UTS namespace to use'),
  flag('volume', 'list', 'Bind mount a volume', { short: 'v' }),
  flag('volume-driver', 'string', 'Optional volume driver for the container'),
  flag('volumes-from', 'list', 'Mount volumes from the specified container(s)'),
  flag('workdir', 'string', 'Working directory inside the container', { short: 'w' }),
];

/** docker run's flags: create's, its own pull wording, and the attach-side ones (run.go). */
export const RUN_FLAGS: FlagSpec[] = [
  ...CREATE_FLAGS.filter((f) => f.long !== 'pull'),
  flag('detach', 'bool', 'Run container in background and print container ID', { short: 'd' }),
  flag('detach-keys', 'string', 'Override the key sequence for detaching a container'),
  flag('pull', 'string', 'Pull image before running ("always", "missing", "never")', { default: 'missing' }),
  flag('sig-proxy', 'bool', 'Proxy received signals to the process', { default: true }),
];

/** What the sandbox does with a flag; every other one is refused when given (see refuseUnsimulated). */
const SIMULATED = new Set(['detach', 'entrypoint', 'env', 'expose', 'help', 'hostname', 'interactive', 'label', 'name', 'publish', 'pull', 'quiet', 'rm', 'tty', 'user', 'workdir']);

/**
 * Throws `layerlab: 'docker run --volume' is not available in this sandbox` for the first given
 * flag the sandbox does not simulate. A scalar flag given its default (`--restart no`,
 * `--sig-proxy=true`, `--disable-content-trust`) changes nothing in docker either, so it passes.
 */
export function refuseUnsimulated(verb: 'run' | 'create', specs: readonly FlagSpec[], changed: ReadonlySet<string>, f: FlagValues): void {
  for (const s of specs) {
    if (!changed.has(s.long) || SIMULATED.has(s.long)) continue;
    const scalar = s.type === 'bool' || s.type === 'string' || s.type === 'int';
    if (scalar && f[s.long] === defaultValue(s)) continue;
    throw errors.notSimulated(`'docker ${verb} --${s.long}'`);
  }
}

/** create.go validatePullOpt, checked before anything else is done. */
export function pullOptError(pull: string): string | undefined {
  return ['always', 'missing', 'never', ''].includes(pull) ? undefined : `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`;
}

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
