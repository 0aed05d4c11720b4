import type { Vfs } from '../../../engine/fs/vfs';
import { resolvePath } from './path';

/**
 * The canonical path with every symlink resolved (readlink -f / realpath semantics): all but
 * the last component must exist (mode 'last-may-miss'), or all must ('all').
 * undefined when a component is missing or not a directory, or on a loop.
 */
export function canonicalize(fs: Vfs, cwd: string, p: string, mode: 'all' | 'last-may-miss'): string | undefined {
  const todo = resolvePath(cwd, p).split('/').filter(Boolean);
  let cur = '';
  let hops = 0;
  while (todo.length) {
    const part = todo.shift()!;
    if (part === '.') continue;
    if (part === '..') {
      cur = cur.slice(0, cur.lastIndexOf('/'));
      continue;
    }
    const next = `${cur}/${part}`;
    const st = fs.lstat(next);
    if (!st) {
      if (mode === 'last-may-miss' && todo.length === 0) return next;
      return undefined;
    }
    if (st.type === 'symlink') {
      if (++hops > 40) return undefined;
      const t = fs.readlink(next);
      todo.unshift(...t.split('/').filter(Boolean));
      if (t.startsWith('/')) cur = '';
      continue;
    }
    if (todo.length && st.type !== 'dir') return undefined;
    cur = next;
  }
  return cur || '/';
}
