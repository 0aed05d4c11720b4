import type { Changeset, DirEntry, Entry, FileEntry, SymlinkEntry } from '../layer/entry';
import { path } from './path';

/**
 * The merged read-only view of an image's layers (DESIGN.md "Union view"), built once per stack
 * so a lookup is one Map get however many layers there are. Layers apply base first with the
 * OCI rules (image-spec layer.md): within a layer, opaque markers and whiteouts act first and
 * only on what lower layers provided; a non-directory replacing a directory drops its subtree;
 * a directory over a directory only replaces its attributes. Parents a layer omits are
 * created as root-owned 0755 directories, as tar extraction does.
 * Hardlinks are resolved here: a hardlink's node is a file entry (at the link's path) with
 * its target's content and metadata, since both names are one inode.
 */
export type UnionEntry = DirEntry | FileEntry | SymlinkEntry;

export interface UnionNode {
  entry: UnionEntry;
  /** Index of the layer that provides this entry; -1 for an implicit root. */
  layer: number;
  /** Link count of a file (1 + hardlinks to it in its layer). */
  nlink: number;
}

const implicitDir = (p: string): DirEntry => ({ type: 'dir', path: p, mode: 0o755, uid: 0, gid: 0, mtime: 0 });

export class UnionView {
  private readonly nodes = new Map<string, UnionNode>();
  private readonly kids = new Map<string, Set<string>>();
  private readonly sortedKids = new Map<string, readonly string[]>();

  constructor(readonly layers: readonly Changeset[]) {
    this.nodes.set('/', { entry: implicitDir('/'), layer: -1, nlink: 1 });
    this.kids.set('/', new Set());
    layers.forEach((cs, i) => this.apply(cs, i));
  }

  static empty(): UnionView {
    return new UnionView([]);
  }

  get(p: string): UnionNode | undefined {
    return this.nodes.get(p);
  }

  origin(p: string): number | undefined {
    return this.nodes.get(p)?.layer;
  }

  /** Child names of a directory, sorted bytewise; undefined if `dir` is not a directory. */
  children(dir: string): readonly string[] | undefined {
    let s = this.sortedKids.get(dir);
    if (s === undefined) {
      const set = this.kids.get(dir);
      if (set === undefined) return undefined;
      s = [...set].sort(path.compareBytes);
      this.sortedKids.set(dir, s);
    }
    return s;
  }

  /** Every live path, parents before children, in canonical (component-wise) order. */
  *paths(dir = '/'): Generator<string> {
    yield dir;
    for (const name of this.children(dir) ?? []) yield* this.paths(path.join(dir, name));
  }

  get size(): number {
    return this.nodes.size;
  }

  private apply(cs: Changeset, layer: number): void {
    for (const e of cs) if (e.type === 'opaque' && this.kids.has(e.path)) this.removeChildren(e.path);
    for (const e of cs) if (e.type === 'whiteout') this.remove(e.path);
    let byPath: Map<string, Entry> | undefined;
    const counts = new Map<string, number>();
    for (const e of cs) if (e.type === 'hardlink') counts.set(e.target, (counts.get(e.target) ?? 1) + 1);
    for (const e of cs) {
      if (e.type === 'whiteout' || e.type === 'opaque') continue;
      let entry: UnionEntry;
      let nlink = counts.get(e.path) ?? 1;
      if (e.type === 'hardlink') {
        byPath ??= new Map(cs.map((x) => [x.path, x]));
        const t = byPath.get(e.target) ?? this.nodes.get(e.target)?.entry;
        if (t === undefined || t.type !== 'file') continue; // dangling hardlink: tar extraction fails on it too
        entry = { ...t, path: e.path };
        nlink = counts.get(e.target) ?? 1;
      } else {
        entry = e;
      }
      this.put(entry, layer, nlink);
    }
  }

  private put(entry: UnionEntry, layer: number, nlink: number): void {
    const p = entry.path;
    if (p !== '/') this.ensureDir(path.dirname(p), layer);
    const old = this.nodes.get(p);
    if (old && old.entry.type === 'dir' && entry.type !== 'dir') this.removeChildren(p);
    if (entry.type === 'dir') {
      if (!this.kids.has(p)) this.kids.set(p, new Set());
    } else {
      this.kids.delete(p);
    }
    this.nodes.set(p, { entry, layer, nlink });
    if (p !== '/') this.link(p);
  }

  private ensureDir(dir: string, layer: number): void {
    const n = this.nodes.get(dir);
    if (n && n.entry.type === 'dir') return;
    this.put(implicitDir(dir), layer, 1);
  }

  private link(p: string): void {
    this.kids.get(path.dirname(p))!.add(path.basename(p));
    this.sortedKids.delete(path.dirname(p));
  }

  private remove(p: string): void {
    if (p === '/' || !this.nodes.has(p)) return;
    this.removeChildren(p);
    this.nodes.delete(p);
    this.kids.delete(p);
    this.kids.get(path.dirname(p))?.delete(path.basename(p));
    this.sortedKids.delete(path.dirname(p));
  }

  private removeChildren(dir: string): void {
    const set = this.kids.get(dir);
    if (!set) return;
    for (const name of [...set]) this.remove(path.join(dir, name));
    this.sortedKids.delete(dir);
  }
}
