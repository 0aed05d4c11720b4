import type { Changeset, Entry } from '../src/engine/layer/entry';

/**
 * A base layer shaped like ubuntu:24.04's (about 3,000 files, 78 MB, mostly synthetic binaries,
 * in a few hundred directories), for benchmarks that must not depend on the catalog.
 */
export function ubuntuLikeBase(files = 3000, totalBytes = 78_000_000): Changeset {
  const entries: Entry[] = [];
  const dirs = new Set<string>();
  const m = 1_700_000_000;
  const addDir = (p: string) => {
    const parts = p.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const d = '/' + parts.slice(0, i).join('/');
      if (!dirs.has(d)) {
        dirs.add(d);
        entries.push({ type: 'dir', path: d, mode: 0o755, uid: 0, gid: 0, mtime: m });
      }
    }
  };
  const per = Math.floor(totalBytes / files);
  for (let i = 0; i < files; i++) {
    const dir = `/usr/${['bin', 'lib/x86_64-linux-gnu', 'share/doc', 'share/locale'][i % 4]}/d${i % 97}`;
    addDir(dir);
    entries.push({ type: 'file', path: `${dir}/f${i}`, mode: 0o644, uid: 0, gid: 0, mtime: m, content: { kind: 'synthetic', size: per, seed: `base-${i}` } });
  }
  return entries;
}
