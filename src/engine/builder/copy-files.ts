import type { Vfs } from '../fs/vfs';
import { path } from '../fs/path';
import { readLayerTar } from '../layer/read-layer-tar';

/** One COPY/ADD source, resolved: a path in a filesystem (the context or another stage). */
export interface CopySource {
  fs: Vfs;
  abs: string;
  /** Context paths .dockerignore excludes (inside a copied directory). */
  skip?: (abs: string) => boolean;
}

export interface CopyOptions {
  uid?: number;
  gid?: number;
  mode?: number;
  /** ADD: a local tar archive is extracted instead of copied. */
  extractTar?: boolean;
}

/** `*`, `?` and `[...]` in the last path elements, matched against the directory listing. */
export function expandWildcards(fs: Vfs, root: string, rel: string): string[] {
  const parts = path.normalize('/' + rel).split('/').filter(Boolean);
  let found = [root];
  for (const part of parts) {
    if (!/[*?[]/.test(part)) { found = found.map((d) => path.join(d, part)); continue; }
    const re = new RegExp(`^${part.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    found = found.flatMap((d) => (fs.stat(d)?.type === 'dir' ? fs.readdir(d).filter((n) => re.test(n)).map((n) => path.join(d, n)) : []));
  }
  return found.filter((p) => fs.lstat(p));
}

const isTar = (b: Uint8Array) => b.length >= 512 && new TextDecoder().decode(b.subarray(257, 262)) === 'ustar';

/** Copies the sources into `dst` at `dest` by Docker's rules; returns a content checksum. */
export function copyFiles(dst: Vfs, dest: string, destIsDir: boolean, sources: CopySource[], o: CopyOptions): string {
  const parts: string[] = [];
  const ensureDir = (p: string) => {
    if (dst.stat(p)?.type === 'dir') return;
    ensureDir(path.dirname(p));
    dst.mkdir(p, { mode: 0o755, uid: o.uid ?? 0, gid: o.gid ?? 0 });
  };
  const copyOne = (src: Vfs, from: string, to: string) => {
    const st = src.lstat(from)!;
    ensureDir(path.dirname(to));
    const uid = o.uid ?? (src === dst ? st.uid : 0);
    const gid = o.gid ?? (src === dst ? st.gid : 0);
    if (st.type === 'dir') {
      if (dst.stat(to)?.type !== 'dir') dst.mkdir(to, { mode: o.mode ?? st.mode, uid, gid });
      for (const n of src.readdir(from)) if (!skip?.(path.join(from, n))) copyOne(src, path.join(from, n), path.join(to, n));
      parts.push(`d ${to} ${st.mode}`);
    } else if (st.type === 'symlink') {
      if (dst.lstat(to)) dst.unlink(to);
      dst.symlink(src.readlink(from), to);
      parts.push(`l ${to} ${src.readlink(from)}`);
    } else {
      const bytes = src.readFile(from);
      dst.writeFile(to, bytes, { mode: o.mode ?? st.mode, uid, gid });
      parts.push(`f ${to} ${st.mode} ${Array.from(bytes.subarray(0, 4096)).join(',')} ${bytes.length}`);
    }
  };
  let skip: CopySource['skip'];
  for (const s of sources) {
    skip = s.skip;
    const st = s.fs.lstat(s.abs)!;
    if (st.type === 'dir') { ensureDir(dest); for (const n of s.fs.readdir(s.abs)) if (!skip?.(path.join(s.abs, n))) copyOne(s.fs, path.join(s.abs, n), path.join(dest, n)); continue; }
    if (o.extractTar && st.type === 'file' && isTar(s.fs.readFile(s.abs))) {
      ensureDir(dest);
      for (const e of readLayerTar(s.fs.readFile(s.abs))) {
        const to = path.join(dest, e.path);
        if (e.type === 'dir') ensureDir(to);
        else if (e.type === 'file') { ensureDir(path.dirname(to)); dst.writeFile(to, e.content, { mode: e.mode, uid: e.uid, gid: e.gid }); }
        else if (e.type === 'symlink') { ensureDir(path.dirname(to)); dst.symlink(e.target, to); }
        parts.push(`t ${to}`);
      }
      continue;
    }
    // An existing directory at the destination receives the file inside it, as Docker does.
    const into = destIsDir || dst.stat(dest)?.type === 'dir';
    copyOne(s.fs, s.abs, into ? path.join(dest, path.basename(s.abs)) : dest);
  }
  return parts.join('\n');
}
