import { coreutilsHooks } from '../../shell/coreutils/lib/hooks';
import { KERNEL } from '../../shell/coreutils/lib/system-info';

/**
 * The machine the simulated daemon runs on, as `docker info`, `docker version` and
 * `docker stats` report it. Kernel, CPUs and memory are the sandbox host's own (`uname`,
 * `nproc`, `free` read the same facts), so the figures agree wherever a learner looks.
 */
export const DaemonHost = {
  serverVersion: '28.2.2',
  apiVersion: '1.50',
  minApiVersion: '1.24',
  goVersion: 'go1.24.3',
  kernel: KERNEL.release,
  os: 'Debian GNU/Linux 12 (bookworm)',
  hostname: 'layerlab',
  get cpus(): number {
    return coreutilsHooks.nproc;
  },
  /** Total memory in bytes. */
  get memory(): number {
    return coreutilsHooks.memory.total * 1024;
  },
} as const;
