import type { FileType } from '../../../engine/fs/vfs';

/** "drwxr-xr-x" as ls -l and stat print it, with setuid/setgid/sticky as s/S and t/T. */
export function modeString(type: FileType, mode: number): string {
  const t = type === 'dir' ? 'd' : type === 'symlink' ? 'l' : '-';
  const bit = (m: number, c: string) => (mode & m ? c : '-');
  const special = (x: boolean, s: boolean, lower: string, upper: string) => (s ? (x ? lower : upper) : x ? 'x' : '-');
  return (
    t +
    bit(0o400, 'r') + bit(0o200, 'w') + special(!!(mode & 0o100), !!(mode & 0o4000), 's', 'S') +
    bit(0o40, 'r') + bit(0o20, 'w') + special(!!(mode & 0o10), !!(mode & 0o2000), 's', 'S') +
    bit(0o4, 'r') + bit(0o2, 'w') + special(!!(mode & 0o1), !!(mode & 0o1000), 't', 'T')
  );
}
