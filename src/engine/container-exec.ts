import { errors } from './errors';
import type { EngineState } from './engine-state';
import type { ExecIO } from './executor';
import type { ContainerRecord } from './stores/container-store';
import { containerFs, saveContainerFs } from './container-fs';

export interface ContainerExecOptions {
  argv: string[];
  /** -u; the container's user when not given. */
  user?: string;
  /** -w; the container's working directory when not given. */
  workingDir?: string;
  /** -e K=V, added to the container's environment. */
  env?: string[];
  tty?: boolean;
  io: ExecIO;
  /** Ctrl-C at the docker client ends the exec'd process. */
  signal?: AbortSignal;
}

/**
 * `docker exec`: a second process in a running container, on the same live filesystem as its
 * main process. Its output is not the container's log (only the main process's is). Resolves
 * with the process's exit status; the writable layer is saved afterwards.
 */
export async function containerExec(state: EngineState, c: ContainerRecord, o: ContainerExecOptions): Promise<number> {
  const proc = state.running.get(c.id);
  if (!proc) throw errors.containerNotRunning(c.id);
  const fs = await containerFs(state, c);
  const env = [...(c.config.Env ?? [])];
  for (const e of o.env ?? []) {
    if (!e.includes('=')) continue;
    const key = e.slice(0, e.indexOf('=') + 1);
    const i = env.findIndex((x) => x.startsWith(key));
    if (i >= 0) env[i] = e; else env.push(e);
  }
  const abort = new AbortController();
  const stop = () => abort.abort();
  proc.abort.signal.addEventListener('abort', stop, { once: true });
  o.signal?.addEventListener('abort', stop, { once: true });
  try {
    const code = await state.executor.run({
      containerId: c.id,
      name: c.name,
      hostname: c.config.Hostname ?? c.id.slice(0, 12),
      fs,
      argv: o.argv,
      env,
      cwd: o.workingDir || c.config.WorkingDir || '/',
      user: o.user ?? c.config.User ?? '',
      tty: !!o.tty,
      io: o.io,
      signal: abort.signal,
      checkpoint: () => saveContainerFs(state, c.id),
      exec: true,
    });
    await saveContainerFs(state, c.id);
    return code;
  } finally {
    proc.abort.signal.removeEventListener('abort', stop);
    o.signal?.removeEventListener('abort', stop);
  }
}
