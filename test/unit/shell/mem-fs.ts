import { FsError, type Stat, type Vfs, type WriteOptions } from '../../../src/engine/fs/vfs';
import type { Content } from '../../../src/engine/layer/entry';

type Node =
  | { type: 'dir'; mode: number; mtime: number }
  | { type: 'file'; mode: number; mtime: number; content: Content }
  | { type: 'symlink'; mode: number; mtime: number; target: string };

/** A tiny in-memory Vfs for the shell tests only (the real one is CowFs). */
export class MemFs implements Vfs {
  private nodes = new Map<string, Node>([['/', { type: 'dir', mode: 0o755, mtime: 0 }]]);

  private norm(p: string): string {
    const parts: string[] = [];
    for (const c of p.split('/')) { if (!c || c === '.') continue; if (c === '..') parts.pop(); else parts.push(c); }
    return '/' + parts.join('/');
  }

  private resolve(p: string, followLast: boolean, depth = 0): string {
    if (depth > 20) throw new FsError('ELOOP', p);
    const parts = this.norm(p).split('/').filter(Boolean);
    let cur = '';
    for (let i = 0; i < parts.length; i++) {
      const next = `${cur}/${parts[i]}`;
      const n = this.nodes.get(next);
      if (n?.type === 'symlink' && (i < parts.length - 1 || followLast)) {
        const t = n.target.startsWith('/') ? n.target : `${cur || '/'}/${n.target}`;
        return this.resolve([this.resolve(t, true, depth + 1), ...parts.slice(i + 1)].join('/'), followLast, depth + 1);
      }
      cur = next;
    }
    return cur || '/';
  }

  private get(p: string, follow = true): Node | undefined {
    try { return this.nodes.get(this.resolve(p, follow)); } catch { return undefined; }
  }

  private statOf(n: Node): Stat {
    const size = n.type === 'file' ? (n.content.kind === 'bytes' ? n.content.bytes.length : n.content.size) : n.type === 'symlink' ? n.target.length : 4096;
    return { type: n.type, mode: n.mode, uid: 0, gid: 0, mtime: n.mtime, size, nlink: 1 };
  }

  stat(p: string) { const n = this.get(p); return n && this.statOf(n); }
  lstat(p: string) { const n = this.get(p, false); return n && this.statOf(n); }
  readdir(p: string): string[] {
    const r = this.resolve(p, true);
    const n = this.nodes.get(r);
    if (!n) throw new FsError('ENOENT', p);
    if (n.type !== 'dir') throw new FsError('ENOTDIR', p);
    const pre = r === '/' ? '/' : r + '/';
    return [...this.nodes.keys()].filter((k) => k.startsWith(pre) && k !== r && !k.slice(pre.length).includes('/')).map((k) => k.slice(pre.length)).sort();
  }
  readContent(p: string): Content {
    const n = this.get(p);
    if (!n) throw new FsError('ENOENT', p);
    if (n.type !== 'file') throw new FsError('EISDIR', p);
    return n.content;
  }
  readFile(p: string): Uint8Array {
    const c = this.readContent(p);
    return c.kind === 'bytes' ? c.bytes : new Uint8Array(c.size);
  }
  readlink(p: string): string {
    const n = this.get(p, false);
    if (n?.type !== 'symlink') throw new FsError('EINVAL', p);
    return n.target;
  }
  private parentOk(r: string, p: string) {
    const parent = r.slice(0, r.lastIndexOf('/')) || '/';
    const n = this.nodes.get(parent);
    if (!n) throw new FsError('ENOENT', p);
    if (n.type !== 'dir') throw new FsError('ENOTDIR', p);
  }
  writeFile(p: string, data: Uint8Array | Content, opts: WriteOptions = {}): void {
    const r = this.resolve(p, true);
    this.parentOk(r, p);
    const old = this.nodes.get(r);
    if (old?.type === 'dir') throw new FsError('EISDIR', p);
    let content: Content = data instanceof Uint8Array ? { kind: 'bytes', bytes: data } : data;
    if (opts.append && old?.type === 'file' && content.kind === 'bytes') {
      const prev = old.content.kind === 'bytes' ? old.content.bytes : new Uint8Array(0);
      const b = new Uint8Array(prev.length + content.bytes.length);
      b.set(prev); b.set(content.bytes, prev.length);
      content = { kind: 'bytes', bytes: b };
    }
    this.nodes.set(r, { type: 'file', mode: opts.mode ?? (old?.mode ?? 0o644), mtime: 0, content });
  }
  mkdir(p: string, opts: { mode?: number; recursive?: boolean } = {}): void {
    const r = this.norm(p);
    if (this.nodes.has(r)) { if (opts.recursive) return; throw new FsError('EEXIST', p); }
    if (opts.recursive) { const parent = r.slice(0, r.lastIndexOf('/')) || '/'; if (!this.nodes.has(parent)) this.mkdir(parent, opts); }
    this.parentOk(r, p);
    this.nodes.set(r, { type: 'dir', mode: opts.mode ?? 0o755, mtime: 0 });
  }
  unlink(p: string): void { const r = this.resolve(p, false); if (!this.nodes.delete(r)) throw new FsError('ENOENT', p); }
  rmdir(p: string): void { this.unlink(p); }
  rename(a: string, b: string): void { const n = this.get(a, false); if (!n) throw new FsError('ENOENT', a); this.nodes.delete(this.resolve(a, false)); this.nodes.set(this.norm(b), n); }
  symlink(target: string, p: string): void { this.nodes.set(this.norm(p), { type: 'symlink', mode: 0o777, mtime: 0, target }); }
  link(a: string, b: string): void { const n = this.get(a); if (!n) throw new FsError('ENOENT', a); this.nodes.set(this.norm(b), n); }
  chmod(p: string, mode: number): void { const n = this.get(p); if (!n) throw new FsError('ENOENT', p); n.mode = mode; }
  chown(): void {}
  utimes(p: string, mtime: number): void { const n = this.get(p); if (n) n.mtime = mtime; }
}
