import type { Engine } from '../engine';
import type { Vfs } from '../fs/vfs';
import type { Content, Entry } from '../layer/entry';
import { layerTarChunks } from '../layer/layer-tar';
import { path } from '../fs/path';
import type { SavedArchive } from './save-image';

/**
 * `docker export`: the container's whole filesystem as one tar (moby daemon/export.go tars the
 * mounted rootfs): image layers, the init layer (/.dockerenv, /etc/hosts, ...) and the writable
 * layer merged, whiteouts applied. The walk turns it into one changeset and reuses the canonical
 * layer tar writer (PAX for long names, synthetic file data generated chunk by chunk).
 * Hard links (busybox's applets) stay hard links: paths with nlink > 1 that share one stored
 * content are one inode, written once and linked after, as tar does; copying them would turn
 * a 2 MB busybox into hundreds of megabytes.
 */
function walk(fs: Vfs, dir: string, out: Entry[], inodes = new Map<Content, string>()): void {
  for (const name of fs.readdir(dir)) {
    const p = path.join(dir, name);
    const st = fs.lstat(p);
    if (!st) continue;
    const meta = { path: p, mode: st.mode, uid: st.uid, gid: st.gid, mtime: st.mtime };
    if (st.type === 'dir') {
      out.push({ ...meta, type: 'dir' });
      walk(fs, p, out, inodes);
    } else if (st.type === 'symlink') {
      out.push({ ...meta, type: 'symlink', target: fs.readlink(p) });
    } else {
      const content = fs.readContent(p);
      const first = st.nlink > 1 ? inodes.get(content) : undefined;
      if (first) out.push({ ...meta, type: 'hardlink', target: first });
      else {
        if (st.nlink > 1) inodes.set(content, p);
        out.push({ ...meta, type: 'file', content });
      }
    }
  }
}

export async function exportContainer(engine: Engine, ref: string): Promise<SavedArchive> {
  const fs = await engine.containerFs(ref);
  const entries: Entry[] = [];
  walk(fs, '/', entries);
  let size = 0;
  for (const c of layerTarChunks(entries.filter((e) => e.type !== 'file'))) size += c.length;
  for (const e of entries) if (e.type === 'file') {
    const n = e.content.kind === 'bytes' ? e.content.bytes.length : e.content.size;
    size += Math.ceil(n / 512) * 512;
  }
  // Header sizes do not depend on content: count them once without file data, then add the data.
  size += headerBytes(entries.filter((e) => e.type === 'file'));
  return { size, chunks: () => layerTarChunks(entries) };
}

function headerBytes(files: Entry[]): number {
  let n = 0;
  const empty = files.map((f) => (f.type === 'file' ? { ...f, content: { kind: 'bytes' as const, bytes: new Uint8Array(0) } } : f));
  for (const c of layerTarChunks(empty)) n += c.length;
  return n - 1024; // the end marker is already counted once
}
