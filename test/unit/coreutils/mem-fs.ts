import { FsError, type Stat, type Vfs, type WriteOptions } from '../../../src/engine/fs/vfs';
import { contentSize, type Content } from '../../../src/engine/layer/entry';

type Node =
  | { type: 'dir'; meta: Meta; children: Map<string, Node> }
  | { type: 'file'; meta: Meta; content: Content }
  | { type: 'symlink'; meta: Meta; target: string };
interface Meta { mode: number; uid: number; gid: number; mtime: number; nlink: number }

/** A test-only in-memory Vfs (until CowFs lands): ext4-like sizes (dirs 4096) and link counts. */
export class MemFs implements Vfs {
  private root: Node = { type: 'dir', meta: { mode: 0o755, uid: 0, gid: 0, mtime: 0, nlink: 2 }, children: new Map() };
  constructor(private now: () => number = () => 0) {}

  private walk(path: string, follow: boolean, depth = 0): Node | undefined {
    if (depth > 40) throw new FsError('ELOOP', path);
    const parts = path.split('/').filter(Boolean);
    let node = this.root;
    let cur = '';
    for (let i = 0; i < parts.length; i++) {
      if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
      const child = node.children.get(parts[i]);
      if (!child) return undefined;
      const last = i === parts.length - 1;
      if (child.type === 'symlink' && (!last || follow)) {
        const t = child.target.startsWith('/') ? child.target : `${cur}/${child.target}`;
        const rest = parts.slice(i + 1).join('/');
        return this.walk(norm(rest ? `${t}/${rest}` : t), follow, depth + 1);
      }
      node = child;
      cur += '/' + parts[i];
    }
    return node;
  }
  private parent(path: string): { dir: Node & { type: 'dir' }; name: string } {
    const i = path.lastIndexOf('/');
    const dir = this.walk(path.slice(0, i) || '/', true);
    if (!dir) throw new FsError('ENOENT', path);
    if (dir.type !== 'dir') throw new FsError('ENOTDIR', path);
    return { dir, name: path.slice(i + 1) };
  }
  private st(n: Node | undefined): Stat | undefined {
    if (!n) return undefined;
    const size = n.type === 'dir' ? 4096 : n.type === 'file' ? contentSize(n.content) : n.target.length;
    let nlink = n.meta.nlink;
    if (n.type === 'dir') nlink = 2 + [...n.children.values()].filter((c) => c.type === 'dir').length;
    return { type: n.type, mode: n.meta.mode, uid: n.meta.uid, gid: n.meta.gid, mtime: n.meta.mtime, size, nlink };
  }
  private safe(path: string, follow: boolean): Stat | undefined {
    try {
      return this.st(this.walk(path, follow));
    } catch {
      return undefined;
    }
  }
  stat(path: string) { return this.safe(path, true); }
  lstat(path: string) { return this.safe(path, false); }
  readdir(path: string): string[] {
    const n = this.walk(path, true);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type !== 'dir') throw new FsError('ENOTDIR', path);
    return [...n.children.keys()].sort();
  }
  readFile(path: string): Uint8Array {
    const c = this.readContent(path);
    if (c.kind === 'bytes') return c.bytes;
    const out = new Uint8Array(c.size);
    const seed = new TextEncoder().encode(c.seed);
    for (let i = 0; i < c.size; i++) out[i] = seed[i % seed.length];
    return out;
  }
  readContent(path: string): Content {
    const n = this.walk(path, true);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type === 'dir') throw new FsError('EISDIR', path);
    if (n.type !== 'file') throw new FsError('EINVAL', path);
    return n.content;
  }
  readlink(path: string): string {
    const n = this.walk(path, false);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type !== 'symlink') throw new FsError('EINVAL', path);
    return n.target;
  }
  writeFile(path: string, data: Uint8Array | Content, opts: WriteOptions = {}): void {
    const content: Content = data instanceof Uint8Array ? { kind: 'bytes', bytes: data } : data;
    const existing = this.walk(path, true);
    if (existing?.type === 'dir') throw new FsError('EISDIR', path);
    if (existing?.type === 'file') {
      if (opts.append && existing.content.kind === 'bytes' && content.kind === 'bytes') {
        const b = new Uint8Array(existing.content.bytes.length + content.bytes.length);
        b.set(existing.content.bytes);
        b.set(content.bytes, existing.content.bytes.length);
        existing.content = { kind: 'bytes', bytes: b };
      } else existing.content = content;
      existing.meta.mtime = this.now();
      return;
    }
    const { dir, name } = this.parent(path);
    dir.children.set(name, { type: 'file', content, meta: { mode: opts.mode ?? 0o644, uid: opts.uid ?? 0, gid: opts.gid ?? 0, mtime: this.now(), nlink: 1 } });
  }
  mkdir(path: string, opts: { mode?: number; recursive?: boolean; uid?: number; gid?: number } = {}): void {
    if (opts.recursive) {
      const parts = path.split('/').filter(Boolean);
      for (let i = 1; i <= parts.length; i++) {
        const p = '/' + parts.slice(0, i).join('/');
        const s = this.stat(p);
        if (s && s.type !== 'dir') throw new FsError('ENOTDIR', p);
        if (!s) this.mkdir(p, { ...opts, recursive: false });
      }
      return;
    }
    const { dir, name } = this.parent(path);
    if (dir.children.has(name)) throw new FsError('EEXIST', path);
    dir.children.set(name, { type: 'dir', children: new Map(), meta: { mode: opts.mode ?? 0o755, uid: opts.uid ?? 0, gid: opts.gid ?? 0, mtime: this.now(), nlink: 2 } });
  }
  unlink(path: string): void {
    const { dir, name } = this.parent(path);
    const n = dir.children.get(name);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type === 'dir') throw new FsError('EISDIR', path);
    n.meta.nlink--;
    dir.children.delete(name);
  }
  rmdir(path: string): void {
    const { dir, name } = this.parent(path);
    const n = dir.children.get(name);
    if (!n) throw new FsError('ENOENT', path);
    if (n.type !== 'dir') throw new FsError('ENOTDIR', path);
    if (n.children.size) throw new FsError('ENOTEMPTY', path);
    dir.children.delete(name);
  }
  rename(from: string, to: string): void {
    const a = this.parent(from);
    const n = a.dir.children.get(a.name);
    if (!n) throw new FsError('ENOENT', from);
    const b = this.parent(to);
    const old = b.dir.children.get(b.name);
    if (old?.type === 'dir' && n.type !== 'dir') throw new FsError('EISDIR', to);
    if (old?.type === 'dir' && old.children.size) throw new FsError('ENOTEMPTY', to);
    a.dir.children.delete(a.name);
    b.dir.children.set(b.name, n);
  }
  symlink(target: string, path: string): void {
    const { dir, name } = this.parent(path);
    if (dir.children.has(name)) throw new FsError('EEXIST', path);
    dir.children.set(name, { type: 'symlink', target, meta: { mode: 0o777, uid: 0, gid: 0, mtime: this.now(), nlink: 1 } });
  }
  link(existing: string, path: string): void {
    const n = this.walk(existing, false);
    if (!n) throw new FsError('ENOENT', existing);
    const { dir, name } = this.parent(path);
    if (dir.children.has(name)) throw new FsError('EEXIST', path);
    n.meta.nlink++;
    dir.children.set(name, n);
  }
  private node(path: string, follow = true): Node {
    const n = this.walk(path, follow);
    if (!n) throw new FsError('ENOENT', path);
    return n;
  }
  chmod(path: string, mode: number) { this.node(path).meta.mode = mode; }
  chown(path: string, uid: number, gid: number) { const m = this.node(path).meta; m.uid = uid; m.gid = gid; }
  utimes(path: string, mtime: number) { this.node(path).meta.mtime = mtime; }
}

function norm(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}
