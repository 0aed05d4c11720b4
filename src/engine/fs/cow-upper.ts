import type { Changeset, Content, Entry } from '../layer/entry';
import { sortChangeset } from '../layer/sort-changeset';
import type { UnionView } from './union-view';
import { path } from './path';

/**
 * The writable layer of a CowFs: the entries it holds, and `removed`, the paths whose lower
 * entries (and their subtrees) are hidden (overlayfs whiteouts; an upper dir over a removed
 * lower dir is overlayfs's opaque dir). File nodes point at an inode shared by hardlinks.
 */
export interface Meta {
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
}
export interface Inode extends Meta {
  content: Content;
  nlink: number;
}
export type UpperNode =
  | ({ type: 'dir' } & Meta)
  | { type: 'file'; inode: Inode }
  | ({ type: 'symlink'; target: string } & Meta);

export class CowUpper {
  readonly nodes = new Map<string, UpperNode>();
  readonly kids = new Map<string, Set<string>>([['/', new Set()]]);
  readonly removed = new Set<string>();

  set(p: string, node: UpperNode): void {
    const old = this.nodes.get(p);
    if (old?.type === 'file') old.inode.nlink--;
    if (node.type === 'file') node.inode.nlink++;
    this.nodes.set(p, node);
    if (node.type === 'dir') {
      if (!this.kids.has(p)) this.kids.set(p, new Set());
    } else {
      this.kids.delete(p);
    }
    if (p !== '/') this.kids.get(path.dirname(p))!.add(path.basename(p));
  }

  /** Drops p and everything below it from this layer (not from the lower view). */
  delete(p: string): void {
    for (const name of this.kids.get(p) ?? []) this.delete(path.join(p, name));
    const old = this.nodes.get(p);
    if (old?.type === 'file') old.inode.nlink--;
    this.nodes.delete(p);
    this.kids.delete(p);
    if (p !== '/') this.kids.get(path.dirname(p))?.delete(path.basename(p));
  }

  /** Lower entries at or below p are hidden. */
  lowerHidden(p: string): boolean {
    if (this.removed.size === 0) return false;
    if (this.removed.has('/')) return true;
    for (let q = p; q !== '/'; q = path.dirname(q)) if (this.removed.has(q)) return true;
    return false;
  }

  markRemoved(p: string): void {
    for (const q of [...this.removed]) if (q !== p && path.within(q, p)) this.removed.delete(q);
    this.removed.add(p);
  }

  /** The layer a commit would make: sorted, whiteouts for removed paths, opaque for replaced dirs. */
  toChangeset(lower: UnionView): Entry[] {
    const out: Entry[] = [];
    const owner = new Map<Inode, string>();
    for (const [p, n] of this.nodes) {
      if (p === '/' && n.type === 'dir') continue; // the root is never part of a layer diff
      const meta = n.type === 'file' ? n.inode : n;
      const base = { path: p, mode: meta.mode, uid: meta.uid, gid: meta.gid, mtime: meta.mtime };
      if (n.type === 'dir') {
        out.push({ ...base, type: 'dir' });
        if (this.removed.has(p) && lower.get(p)?.entry.type === 'dir') out.push({ type: 'opaque', path: p });
      } else if (n.type === 'symlink') {
        out.push({ ...base, type: 'symlink', target: n.target });
      } else {
        const first = owner.get(n.inode);
        if (first === undefined) {
          owner.set(n.inode, p);
          out.push({ ...base, type: 'file', content: n.inode.content });
        } else {
          out.push({ ...base, type: 'hardlink', target: first });
        }
      }
    }
    for (const p of this.removed) if (!this.nodes.has(p)) out.push({ type: 'whiteout', path: p });
    return sortChangeset(out);
  }

  /** Rebuilds the state from a stored upper changeset (the inverse of toChangeset). */
  static fromChangeset(cs: Changeset, lower: UnionView): CowUpper {
    const u = new CowUpper();
    const sorted = sortChangeset(cs);
    const ensureDir = (dir: string) => {
      if (u.nodes.get(dir)?.type === 'dir' || dir === '/') return;
      ensureDir(path.dirname(dir));
      const l = lower.get(dir)?.entry;
      const m = l?.type === 'dir' ? l : { mode: 0o755, uid: 0, gid: 0, mtime: 0 };
      u.set(dir, { type: 'dir', mode: m.mode, uid: m.uid, gid: m.gid, mtime: m.mtime });
    };
    const inodes = new Map<string, Inode>();
    for (const e of sorted) {
      if (e.type === 'whiteout' || e.type === 'opaque') {
        u.removed.add(e.path);
        continue;
      }
      if (e.path !== '/') ensureDir(path.dirname(e.path));
      const meta = { mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime };
      if (e.type === 'dir') u.set(e.path, { type: 'dir', ...meta });
      else if (e.type === 'symlink') u.set(e.path, { type: 'symlink', target: e.target, ...meta });
      else if (e.type === 'file') {
        const inode: Inode = { ...meta, content: e.content, nlink: 0 };
        inodes.set(e.path, inode);
        u.set(e.path, { type: 'file', inode });
      } else {
        const lowerTarget = lower.get(e.target)?.entry;
        const inode = inodes.get(e.target) ??
          (lowerTarget?.type === 'file' ? { ...meta, content: lowerTarget.content, nlink: 0 } : undefined);
        if (inode) u.set(e.path, { type: 'file', inode });
      }
    }
    return u;
  }
}
