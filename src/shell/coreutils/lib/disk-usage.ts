import type { Stat } from '../../../engine/fs/vfs';

/**
 * Disk usage in 1 KiB units as ext4 allocates it (the fs under most Docker hosts): regular
 * files and directories take whole 4 KiB blocks, empty files none, and short symlinks live in
 * the inode (0). Used by ls -l's "total", ls -s and du.
 */
export function diskKiB(st: Stat): number {
  if (st.type === 'symlink') return 0;
  const size = st.type === 'dir' ? Math.max(st.size, 4096) : st.size;
  return Math.ceil(size / 4096) * 4;
}
