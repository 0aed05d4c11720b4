import { errors } from './errors';
import type { EngineState } from './engine-state';
import { lookupImage } from './image-lookup';
import { randomHexId } from './short-id';
import { generateName } from './names';
import { rfc3339 } from './clock';
import type { ContainerRecord, PortBinding } from './stores/container-store';
import { ZERO_TIME } from './stores/container-store';

export interface ContainerCreateOptions {
  image: string;
  name?: string;
  /** Replaces the image's Cmd when given (docker run IMAGE COMMAND ARGS...). */
  cmd?: string[];
  /** Replaces the image's Entrypoint (and then the image's Cmd is dropped, as Docker does). */
  entrypoint?: string[];
  env?: string[];
  workingDir?: string;
  user?: string;
  hostname?: string;
  tty?: boolean;
  openStdin?: boolean;
  autoRemove?: boolean;
  ports?: PortBinding[];
  labels?: Record<string, string>;
}

const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export async function containerCreate(state: EngineState, o: ContainerCreateOptions): Promise<ContainerRecord> {
  const img = lookupImage(state, o.image);
  const id = randomHexId(state.random);
  let name = o.name;
  if (name !== undefined) {
    if (!VALID_NAME.test(name)) throw errors.invalidContainerName(name);
    name = name.replace(/^\//, '');
    const taken = state.containers.byName(name);
    if (taken) throw errors.nameConflict(name, taken.id);
  } else {
    name = generateName(state.random, (n) => !!state.containers.byName(n), id);
  }
  const ic = img.config.config;
  const entrypoint = o.entrypoint !== undefined ? (o.entrypoint.length ? o.entrypoint : null) : ic.Entrypoint ?? null;
  // An overridden entrypoint clears the image's Cmd (moby: runconfig merge).
  const cmd = o.cmd && o.cmd.length ? o.cmd : o.entrypoint !== undefined ? null : ic.Cmd ?? null;
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])];
  if (argv.length === 0) throw errors.noCommandSpecified();
  const env = mergeEnv(ic.Env ?? [], o.env ?? []);
  const rec: ContainerRecord = {
    id,
    name,
    image: img.id,
    imageRef: o.image,
    layers: [...img.config.rootfs.diff_ids],
    created: rfc3339(state.clock.now()),
    path: argv[0],
    args: argv.slice(1),
    config: {
      Hostname: o.hostname ?? id.slice(0, 12),
      Domainname: '',
      User: o.user ?? ic.User ?? '',
      AttachStdin: !!o.openStdin,
      AttachStdout: true,
      AttachStderr: true,
      ExposedPorts: mergePorts(ic.ExposedPorts, o.ports),
      Tty: !!o.tty,
      OpenStdin: !!o.openStdin,
      StdinOnce: !!o.openStdin,
      Env: env,
      Cmd: cmd,
      Image: o.image,
      Volumes: ic.Volumes,
      WorkingDir: o.workingDir ?? ic.WorkingDir ?? '',
      Entrypoint: entrypoint,
      OnBuild: ic.OnBuild ?? null,
      Labels: { ...(ic.Labels ?? {}), ...(o.labels ?? {}) },
      StopSignal: ic.StopSignal,
      Shell: ic.Shell,
    },
    hostConfig: { AutoRemove: !!o.autoRemove, PortBindings: o.ports ?? [] },
    state: { Status: 'created', Running: false, ExitCode: 0, StartedAt: ZERO_TIME, FinishedAt: ZERO_TIME, Pid: 0 },
    restartCount: 0,
  };
  await state.commit([...state.containers.putOps(rec), ...state.containers.upperOps(id, [])], () => {
    state.containers.set(rec);
    state.containers.setUpper(id, []);
  });
  state.events.emit({ type: 'containerCreated', id });
  return rec;
}

/** `-e K=V` replaces the image's K; `-e K` alone is taken from nowhere here (no client env): dropped. */
function mergeEnv(base: string[], extra: string[]): string[] {
  const out = [...base];
  for (const e of extra) {
    if (!e.includes('=')) continue;
    const key = e.slice(0, e.indexOf('='));
    const i = out.findIndex((x) => x.slice(0, x.indexOf('=')) === key || x === key);
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  return out;
}

function mergePorts(image: Record<string, Record<string, never>> | undefined, ports: PortBinding[] | undefined) {
  const out: Record<string, Record<string, never>> = { ...(image ?? {}) };
  for (const p of ports ?? []) out[p.containerPort] = {};
  return Object.keys(out).length ? out : undefined;
}
