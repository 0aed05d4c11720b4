import type { Vfs } from '../../../engine/fs/vfs';

/**
 * The kernel a container reports: Docker containers share the host's kernel, so uname shows
 * the host's. These values are those of a typical Docker Desktop host.
 */
export const KERNEL = { release: '6.10.14-linuxkit', version: '#1 SMP PREEMPT_DYNAMIC Thu Oct 24 19:28:55 UTC 2024', machine: 'x86_64' };

/** The host name: /etc/hostname (Docker writes the container ID's first 12 hex digits there). */
export function hostName(fs: Vfs): string {
  try {
    return new TextDecoder().decode(fs.readFile('/etc/hostname')).trim() || 'localhost';
  } catch {
    return 'localhost';
  }
}
