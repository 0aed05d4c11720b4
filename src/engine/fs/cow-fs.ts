import { contentSize, type Changeset, type Content } from '../layer/entry';
import { syntheticBytes } from '../layer/synthetic';
import { FsError, type FileType, type Stat, type Vfs, type WriteOptions } from './vfs';
import { CowUpper, type Inode, type Meta, type UpperNode } from './cow-upper';
import { dockerDiff, type Change } from './cow-diff';
import { UnionView, type UnionNode } from './union-view';
import { path } from './path';

/**
 * A copy-on-write filesystem (DESIGN.md "Container"): a read-only UnionView below, a writable
 * CowUpper above, with overlayfs's rules: changing anything below copies it (and its parent
 * directories, metadata unchanged) up; deleting something below leaves a whiteout; a directory
 * removed and made again hides everything below it (opaque). With an empty lower it is simply
 * an in-memory filesystem (the host's). Errors are POSIX errno values (FsError).
 */
type Node = { src: 'upper'; n: UpperNode } | { src: 'lower'; n: UnionNode };
const MAX_SYMLINKS = 40; // Linux's MAXSYMLINKS: the 41st link in one lookup is ELOOP

export interface CowFsOptions {
  upper?: Changeset;
  now?: () => number;
  uid?: number;
  gid?: number;
}

function typeOf(x: Node): FileType {
  return x.src === 'upper' ? x.n.type : x.n.entry.type;
}
function metaOf(x: Node): Meta {
  return x.src === 'upper' ? (x.n.type === 'file' ? x.n.inode : x.n) : x.n.entry;
}

export class CowFs implements Vfs {
  private readonly up: CowUpper;
  private readonly now: () => number;
  private readonly uid: number;
  private readonly gid: number;

  constructor(readonly lower: UnionView = UnionView.empty(), opts: CowFsOptions = {}) {
    this.up = opts.upper ? CowUpper.fromChangeset(opts.upper, lower) : new CowUpper();
    this.now = opts.now ?? (() => Math.floor(Date.now() / 1000));
    this.uid = opts.uid ?? 0;
    this.gid = opts.gid ?? 0;
  }

  /** The writable layer as a canonical changeset: the layer `docker commit` would make. */
  upper(): Changeset {
    return this.up.toChangeset(this.lower);
  }

  /** `docker diff` (overlay2 rules): A/C/D lines in tree order. */
  diff(): Change[] {
    return dockerDiff(this.up, this.lower);
  }

  private node(p: string): Node | undefined {
    const u = this.up.nodes.get(p);
    if (u) return { src: 'upper', n: u };
    if (this.up.lowerHidden(p)) return undefined;
    const l = this.lower.get(p);
    return l ? { src: 'lower', n: l } : undefined;
  }

  /**
   * Resolves a path, following symlinks in every component but the last (and the last too when
   * `follow`). The last component may be missing: then `node` is undefined.
   */
  private resolve(p: string, follow: boolean): { path: string; node: Node | undefined } {
    const queue = p.split('/').filter((c) => c !== '' && c !== '.');
    let cur = '/';
    let links = 0;
    while (queue.length > 0) {
      const c = queue.shift()!;
      if (c === '..') {
        cur = path.dirname(cur);
        continue;
      }
      const dir = this.node(cur);
      if (!dir) throw new FsError('ENOENT', p);
      if (typeOf(dir) !== 'dir') throw new FsError('ENOTDIR', p);
      const next = path.join(cur, c);
      const n = this.node(next);
      const last = queue.every((x) => x === '.' || x === '');
      if (n && typeOf(n) === 'symlink' && (!last || follow)) {
        if (++links > MAX_SYMLINKS) throw new FsError('ELOOP', p);
        const target = this.linkTarget(n);
        if (target.startsWith('/')) cur = '/';
        queue.unshift(...target.split('/').filter((x) => x !== '' && x !== '.'));
        continue;
      }
      if (!n && !last) throw new FsError('ENOENT', p);
      cur = next;
    }
    return { path: cur, node: this.node(cur) };
  }

  private linkTarget(x: Node): string {
    if (x.src === 'upper') return x.n.type === 'symlink' ? x.n.target : '';
    return x.n.entry.type === 'symlink' ? x.n.entry.target : '';
  }

  private existing(p: string, follow: boolean): { path: string; node: Node } {
    const r = this.resolve(p, follow);
    if (!r.node) throw new FsError('ENOENT', p);
    return { path: r.path, node: r.node };
  }

  private toStat(p: string, x: Node): Stat {
    const t = typeOf(x);
    const m = metaOf(x);
    let size = 4096;
    let nlink = 1;
    if (t === 'file') {
      size = contentSize(this.contentOf(x));
      nlink = x.src === 'upper' && x.n.type === 'file' ? x.n.inode.nlink : x.src === 'lower' ? x.n.nlink : 1;
    } else if (t === 'symlink') {
      size = new TextEncoder().encode(this.linkTarget(x)).length;
    } else {
      nlink = 2 + this.names(p).filter((c) => { const n = this.node(path.join(p, c)); return n !== undefined && typeOf(n) === 'dir'; }).length;
    }
    return { type: t, mode: t === 'symlink' ? 0o777 : m.mode, uid: m.uid, gid: m.gid, mtime: m.mtime, size, nlink };
  }

  private contentOf(x: Node): Content {
    if (x.src === 'upper' && x.n.type === 'file') return x.n.inode.content;
    if (x.src === 'lower' && x.n.entry.type === 'file') return x.n.entry.content;
    throw new Error('not a file');
  }

  private names(dir: string): string[] {
    const names = new Set(this.up.kids.get(dir) ?? []);
    if (!this.up.lowerHidden(dir)) {
      for (const c of this.lower.children(dir) ?? []) if (!this.up.removed.has(path.join(dir, c))) names.add(c);
    }
    return [...names].sort(path.compareBytes);
  }

  stat(p: string): Stat | undefined {
    return this.tryStat(p, true);
  }

  lstat(p: string): Stat | undefined {
    return this.tryStat(p, false);
  }

  private tryStat(p: string, follow: boolean): Stat | undefined {
    try {
      const r = this.resolve(p, follow);
      return r.node ? this.toStat(r.path, r.node) : undefined;
    } catch (e) {
      if (e instanceof FsError) return undefined;
      throw e;
    }
  }

  readdir(p: string): string[] {
    const r = this.existing(p, true);
    if (typeOf(r.node) !== 'dir') throw new FsError('ENOTDIR', p);
    return this.names(r.path);
  }

  readContent(p: string): Content {
    const r = this.existing(p, true);
    if (typeOf(r.node) === 'dir') throw new FsError('EISDIR', p);
    return this.contentOf(r.node);
  }

  readFile(p: string): Uint8Array {
    const c = this.readContent(p);
    return c.kind === 'bytes' ? c.bytes : syntheticBytes(c);
  }

  readlink(p: string): string {
    const r = this.existing(p, false);
    if (typeOf(r.node) !== 'symlink') throw new FsError('EINVAL', p);
    return this.linkTarget(r.node);
  }

  /** Copies p (and its parent directories, metadata as is) into the upper layer. */
  private copyUp(p: string): UpperNode {
    const have = this.up.nodes.get(p);
    if (have) return have;
    if (p !== '/') this.copyUp(path.dirname(p));
    const l = this.lower.get(p);
    const e = l?.entry ?? { type: 'dir' as const, mode: 0o755, uid: 0, gid: 0, mtime: 0, path: p };
    const meta = { mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime };
    const node: UpperNode =
      e.type === 'file' ? { type: 'file', inode: { ...meta, content: e.content, nlink: 0 } }
      : e.type === 'symlink' ? { type: 'symlink', target: e.target, ...meta }
      : { type: 'dir', ...meta };
    this.up.set(p, node);
    return node;
  }

  /** A directory entry was added or removed: the directory's mtime changes (POSIX). */
  private touchDir(dir: string): void {
    const d = this.copyUp(dir);
    if (d.type === 'dir') d.mtime = this.now();
  }

  private create(p: string, node: UpperNode): void {
    this.touchDir(path.dirname(p));
    this.up.set(p, node);
  }

  /** The resolved path of a new entry: its parent must be an existing directory. */
  private newPath(p: string, follow: boolean): { path: string; node: Node | undefined } {
    const r = this.resolve(p, follow);
    if (r.path === '/' && !r.node) throw new FsError('ENOENT', p);
    const parent = this.node(path.dirname(r.path));
    if (!parent) throw new FsError('ENOENT', p);
    if (typeOf(parent) !== 'dir') throw new FsError('ENOTDIR', p);
    return r;
  }

  writeFile(p: string, data: Uint8Array | Content, opts: WriteOptions = {}): void {
    const content: Content = data instanceof Uint8Array ? { kind: 'bytes', bytes: data } : data;
    const r = this.newPath(p, true);
    if (r.node && typeOf(r.node) === 'dir') throw new FsError('EISDIR', p);
    if (r.node) {
      const n = this.copyUp(r.path) as { type: 'file'; inode: Inode };
      const inode = n.inode;
      inode.content = opts.append ? concat(inode.content, content) : content;
      inode.mtime = this.now();
      return;
    }
    const inode: Inode = { mode: opts.mode ?? 0o644, uid: opts.uid ?? this.uid, gid: opts.gid ?? this.gid, mtime: this.now(), content, nlink: 0 };
    this.create(r.path, { type: 'file', inode });
  }

  mkdir(p: string, opts: { mode?: number; recursive?: boolean; uid?: number; gid?: number } = {}): void {
    if (opts.recursive) {
      const parts = path.parts(path.normalize(p));
      for (let i = 1; i <= parts.length; i++) {
        const sub = '/' + parts.slice(0, i).join('/');
        const s = this.stat(sub);
        if (s?.type === 'dir') continue;
        if (s) throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', p);
        this.mkdir(sub, { ...opts, recursive: false });
      }
      return;
    }
    const r = this.newPath(p, false);
    if (r.node) throw new FsError('EEXIST', p);
    this.create(r.path, { type: 'dir', mode: opts.mode ?? 0o755, uid: opts.uid ?? this.uid, gid: opts.gid ?? this.gid, mtime: this.now() });
  }

  /** Removes an entry (with its subtree) from the merged view. */
  private removeEntry(p: string): void {
    const lowerHad = !this.up.lowerHidden(p) && this.lower.get(p) !== undefined;
    this.touchDir(path.dirname(p));
    this.up.delete(p);
    if (lowerHad) this.up.markRemoved(p);
    else for (const q of [...this.up.removed]) if (path.within(q, p) && q !== p) this.up.removed.delete(q);
  }

  unlink(p: string): void {
    const r = this.existing(p, false);
    if (typeOf(r.node) === 'dir') throw new FsError('EISDIR', p);
    this.removeEntry(r.path);
  }

  rmdir(p: string): void {
    const r = this.existing(p, false);
    if (typeOf(r.node) !== 'dir') throw new FsError('ENOTDIR', p);
    if (r.path === '/') throw new FsError('EPERM', p);
    if (this.names(r.path).length > 0) throw new FsError('ENOTEMPTY', p);
    this.removeEntry(r.path);
  }

  rename(from: string, to: string): void {
    const src = this.existing(from, false);
    const dst = this.newPath(to, false);
    if (src.path === dst.path) return;
    const srcDir = typeOf(src.node) === 'dir';
    if (srcDir && path.within(dst.path, src.path)) throw new FsError('EINVAL', to);
    if (dst.node) {
      const dstDir = typeOf(dst.node) === 'dir';
      if (srcDir && !dstDir) throw new FsError('ENOTDIR', to);
      if (!srcDir && dstDir) throw new FsError('EISDIR', to);
      if (dstDir && this.names(dst.path).length > 0) throw new FsError('ENOTEMPTY', to);
      this.removeEntry(dst.path);
    }
    // overlayfs without redirect_dir copies a lower tree on rename (EXDEV, then mv copies):
    // the layer gets the tree at its new path and a whiteout at the old one
    const copies: Array<[string, UpperNode]> = [];
    const walk = (s: string, d: string) => {
      const x = this.node(s)!;
      copies.push([d, this.detached(x)]);
      if (typeOf(x) === 'dir') for (const c of this.names(s)) walk(path.join(s, c), path.join(d, c));
    };
    walk(src.path, dst.path);
    this.removeEntry(src.path);
    this.touchDir(path.dirname(dst.path));
    for (const [d, n] of copies) this.up.set(d, n);
  }

  /** An upper node equal to x; upper files keep their inode so hardlinks stay linked. */
  private detached(x: Node): UpperNode {
    if (x.src === 'upper') return x.n.type === 'file' ? { type: 'file', inode: x.n.inode } : { ...x.n };
    const e = x.n.entry;
    const meta = { mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime };
    if (e.type === 'file') return { type: 'file', inode: { ...meta, content: e.content, nlink: 0 } };
    if (e.type === 'symlink') return { type: 'symlink', target: e.target, ...meta };
    return { type: 'dir', ...meta };
  }

  symlink(target: string, p: string): void {
    const r = this.newPath(p, false);
    if (r.node) throw new FsError('EEXIST', p);
    this.create(r.path, { type: 'symlink', target, mode: 0o777, uid: this.uid, gid: this.gid, mtime: this.now() });
  }

  link(existing: string, p: string): void {
    const src = this.existing(existing, false);
    const t = typeOf(src.node);
    if (t === 'dir') throw new FsError('EPERM', existing);
    const r = this.newPath(p, false);
    if (r.node) throw new FsError('EEXIST', p);
    const n = this.copyUp(src.path);
    this.create(r.path, n.type === 'file' ? { type: 'file', inode: n.inode } : { ...n });
  }

  private meta(p: string): Meta {
    const r = this.existing(p, true);
    const n = this.copyUp(r.path);
    return n.type === 'file' ? n.inode : n;
  }

  chmod(p: string, mode: number): void {
    this.meta(p).mode = mode & 0o7777;
  }

  chown(p: string, uid: number, gid: number): void {
    const m = this.meta(p);
    m.uid = uid;
    m.gid = gid;
  }

  utimes(p: string, mtime: number): void {
    this.meta(p).mtime = mtime;
  }
}

function concat(a: Content, b: Content): Content {
  const x = a.kind === 'bytes' ? a.bytes : syntheticBytes(a);
  const y = b.kind === 'bytes' ? b.bytes : syntheticBytes(b);
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return { kind: 'bytes', bytes: out };
}
