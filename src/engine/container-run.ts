import { errors } from './errors';
import type { EngineState, RunningProcess } from './engine-state';
import type { ExecIO } from './executor';
import { rfc3339 } from './clock';
import type { ContainerRecord } from './stores/container-store';
import { containerFs, saveContainerFs } from './container-fs';
import { AttachPoint } from './attach-point';
import type { PortPublish } from './network/sandbox-network';

/**
 * Starts a container's process through the Executor. Resolves once the container is running;
 * `done` resolves with the exit code after the state (Exited (N), FinishedAt, the writable layer)
 * has been stored. Output of a detached container goes to its log.
 */
export async function containerStart(state: EngineState, c: ContainerRecord, io?: ExecIO): Promise<RunningProcess> {
  if (state.running.has(c.id)) throw errors.containerAlreadyRunning(c.id);
  const fs = await containerFs(state, c);
  const ports = publishes(c);
  const taken = state.network.conflict(ports);
  if (taken) throw errors.portAllocated(c.name, endpointId(state), taken.hostIp || '0.0.0.0', taken.hostPort);
  const pid = 1000 + Math.floor(state.random() * 30000);
  const started: ContainerRecord = {
    ...c,
    state: { ...c.state, Status: 'running', Running: true, Pid: pid, ExitCode: 0, StartedAt: rfc3339(state.clock.now()), FinishedAt: c.state.FinishedAt },
  };
  await state.commit(state.containers.putOps(started), () => state.containers.set(started));
  state.events.emit({ type: 'containerChanged', id: c.id });
  const abort = new AbortController();
  const cfg = started.config;
  const attach = new AttachPoint(!!cfg.OpenStdin, !!cfg.Tty);
  if (io) attach.attach(io);
  const proc: RunningProcess = { abort, done: Promise.resolve(0), attach };
  state.network.publish(c.id, ports);
  state.processes.start(c.id, pid, [c.path, ...c.args].join(' '), cfg.Tty);
  proc.done = (async () => {
    let code: number;
    try {
      code = await state.executor.run({
        containerId: c.id,
        name: c.name,
        hostname: cfg.Hostname ?? c.id.slice(0, 12),
        fs,
        argv: [c.path, ...c.args],
        env: cfg.Env ?? [],
        cwd: cfg.WorkingDir || '/',
        user: cfg.User ?? '',
        tty: cfg.Tty,
        io: state.logs.tee(c.id, attach.io, () => rfc3339(state.clock.now())),
        signal: abort.signal,
        checkpoint: () => saveContainerFs(state, c.id),
      });
    } catch {
      code = 1; // the executor must not throw; if it did, the process died
    }
    if (proc.killedWith !== undefined) code = proc.killedWith;
    await finish(state, c.id, code);
    return code;
  })();
  state.running.set(c.id, proc);
  return proc;
}

async function finish(state: EngineState, id: string, code: number): Promise<void> {
  state.running.delete(id);
  state.network.release(id);
  state.processes.end(id);
  const cur = state.containers.get(id);
  if (!cur) return;
  const fs = state.liveFs.get(id);
  const upper = fs ? fs.upper() : await state.containers.upper(id);
  const ended: ContainerRecord = {
    ...cur,
    state: { ...cur.state, Status: 'exited', Running: false, Pid: 0, ExitCode: code, FinishedAt: rfc3339(state.clock.now()) },
  };
  if (cur.hostConfig.AutoRemove) {
    await state.commit(state.containers.deleteOps(id), () => {
      state.containers.removed(id);
      state.liveFs.delete(id);
      state.logs.remove(id);
    });
    state.events.emit({ type: 'containerRemoved', id });
    return;
  }
  await state.commit([...state.containers.putOps(ended), ...state.containers.upperOps(id, upper)], () => {
    state.containers.set(ended);
    state.containers.setUpper(id, upper);
  });
  state.events.emit({ type: 'containerChanged', id });
}

/**
 * Ends a running container: `stop` sends SIGTERM (or the image's STOPSIGNAL), and a main process that handles it (it said so
 * through state.processes.trap) ends with its own status; one that does not (a shell or sleep as
 * PID 1: init ignores signals it has no handler for) is killed after the timeout, at once in
 * simulated time, with 137 (128 + SIGKILL). `kill` is SIGKILL straight away.
 */
export async function containerStop(state: EngineState, c: ContainerRecord, how: 'stop' | 'kill' = 'stop'): Promise<void> {
  const proc = state.running.get(c.id);
  if (!proc) return;
  // The image's STOPSIGNAL (nginx: SIGQUIT) is what stop sends; programs read it as the abort reason.
  const signal = how === 'stop' ? (c.config as { StopSignal?: string }).StopSignal || 'SIGTERM' : 'SIGKILL';
  proc.killedWith = state.processes.trapped(c.id, signal) ?? 137;
  proc.abort.abort(signal);
  await proc.done;
}

function publishes(c: ContainerRecord): PortPublish[] {
  return c.hostConfig.PortBindings.map((b) => ({ hostIp: b.hostIp, hostPort: Number(b.hostPort), containerPort: parseInt(b.containerPort, 10) }));
}

/** libnetwork's endpoint IDs are 64 hex, random per start. */
function endpointId(state: EngineState): string {
  let s = '';
  while (s.length < 64) s += Math.floor(state.random() * 0x10000).toString(16).padStart(4, '0');
  return s.slice(0, 64);
}

/**
 * Lets a container started in the background get going before `docker run -d` returns. Nothing
 * in the sandbox takes real time, so a few event-loop turns run its entrypoint until the process
 * ends, a server listens, or it waits (sleep, a shell): a `curl` typed next finds the server up,
 * as it practically always does on a real machine.
 */
export async function containerSettle(state: EngineState, id: string): Promise<void> {
  // nginx's entrypoint (a shell script running several programs) listens after ~50 turns; a
  // container that never listens (sleep) costs at most ~120 turns, about what `docker run -d`
  // takes on a real engine.
  for (let i = 0; i < 120 && state.running.has(id) && !state.network.hasListeners(id); i++) await new Promise((r) => setTimeout(r, 0));
}
