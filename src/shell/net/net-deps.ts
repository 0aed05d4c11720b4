import type { SandboxNetwork } from '../../engine/network/sandbox-network';
import type { ContainerProcesses } from '../../engine/container-processes';
import type { Vfs } from '../../engine/fs/vfs';

/** What network programs need from the sandbox: the network, and which namespace a process is in. */
export interface NetDeps {
  network: SandboxNetwork;
  processes: ContainerProcesses;
  /** The running container whose filesystem this is; undefined on the host. */
  containerOf(fs: Vfs): string | undefined;
  now(): Date;
}

/** Resolves when the process is told to stop (docker stop, Ctrl-C), with the signal's name if one was given. */
export function untilStopped(signal: AbortSignal): Promise<string | undefined> {
  const reason = () => (typeof signal.reason === 'string' ? signal.reason : undefined);
  if (signal.aborted) return Promise.resolve(reason());
  return new Promise((res) => signal.addEventListener('abort', () => res(reason()), { once: true }));
}
