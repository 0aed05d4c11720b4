import type { Vfs } from './vfs';
import { path } from './path';

export interface CopyTreeOptions {
  /** Follow a symlink at `src` itself (`docker cp -L`); links below it are always copied as links. */
  follow?: boolean;
  /** Owner for everything written; omitted keeps the source's uid/gid (`docker cp -a`). */
  owner?: { uid: number; gid: number };
}

/**
 * Copies `src` of one filesystem to `dst` of another, recursively, as `cp -a` does: modes and
 * mtimes kept, symlinks copied as links, large synthetic content passed on without expanding
 * it. Both ends are Vfs, so host <-> container copies share this one walk (docker cp streams a
 * tar between the two; the entries it carries are the same).
 */
export function copyTree(from: Vfs, src: string, to: Vfs, dst: string, o: CopyTreeOptions = {}): number {
  const st = o.follow ? from.stat(src) : from.lstat(src);
  if (!st) return 0;
  const uid = o.owner?.uid ?? st.uid;
  const gid = o.owner?.gid ?? st.gid;
  const existing = to.lstat(dst);
  if (st.type === 'dir') {
    if (existing?.type !== 'dir') {
      if (existing) to.unlink(dst);
      to.mkdir(dst, { mode: st.mode, uid, gid });
    }
    let size = 0;
    for (const name of from.readdir(src)) size += copyTree(from, path.join(src, name), to, path.join(dst, name), { owner: o.owner });
    to.chmod(dst, st.mode);
    to.chown(dst, uid, gid);
    to.utimes(dst, st.mtime);
    return size;
  }
  if (existing?.type === 'symlink' || (existing && st.type === 'symlink')) to.unlink(dst);
  if (st.type === 'symlink') {
    to.symlink(from.readlink(src), dst);
    return 0;
  }
  to.writeFile(dst, from.readContent(src), { mode: st.mode, uid, gid });
  to.chmod(dst, st.mode);
  to.chown(dst, uid, gid);
  to.utimes(dst, st.mtime);
  return st.size;
}
