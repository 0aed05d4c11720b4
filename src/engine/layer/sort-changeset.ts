import type { Changeset, Entry, FileEntry, HardlinkEntry } from './entry';
import { tarName } from './tar-name';
import { path } from '../fs/path';

/**
 * The canonical entry order of a layer: by tar name, component by component, so each directory
 * is followed by its own subtree, and whiteout names (".wh.x") sort by their bytes among their
 * siblings (before letters, as image-spec asks for whiteouts before sibling directories).
 * A hardlink must come after the file it names or extraction fails, so when a link sorts
 * before its target the roles swap, as Go's tar writer does (the first path seen of an inode
 * carries the data).
 */
export function sortKey(e: Entry): string {
  const n = tarName(e);
  return n === './' ? '/' : '/' + n.replace(/\/$/, '');
}

export function compareEntries(a: Entry, b: Entry): number {
  return path.compare(sortKey(a), sortKey(b));
}

function byKey(cs: readonly Entry[]): Entry[] {
  return cs
    .map((e) => ({ e, k: path.parts(sortKey(e)) }))
    .sort((x, y) => {
      const n = Math.min(x.k.length, y.k.length);
      for (let i = 0; i < n; i++) {
        const c = path.compareBytes(x.k[i], y.k[i]);
        if (c !== 0) return c;
      }
      return x.k.length - y.k.length;
    })
    .map((x) => x.e);
}

export function sortChangeset(cs: Changeset): Entry[] {
  const sorted = byKey(cs);
  if (!sorted.some((e) => e.type === 'hardlink')) return sorted;
  const files = new Map<string, FileEntry>();
  for (const e of sorted) if (e.type === 'file') files.set(e.path, e);
  const firstOf = new Map<string, string>(); // file path -> first path of its group in order
  for (const e of sorted) {
    const group = e.type === 'file' ? e.path : e.type === 'hardlink' && files.has(e.target) ? e.target : undefined;
    if (group !== undefined && !firstOf.has(group)) firstOf.set(group, e.path);
  }
  return sorted.map((e): Entry => {
    const group = e.type === 'file' ? e.path : e.type === 'hardlink' ? e.target : undefined;
    const first = group === undefined ? undefined : firstOf.get(group);
    if (first === undefined || first === group) return e;
    const file = files.get(group!)!;
    if (e.path === first) return { ...file, path: e.path };
    const m = e as FileEntry | HardlinkEntry;
    return { type: 'hardlink', path: m.path, mode: m.mode, uid: m.uid, gid: m.gid, mtime: m.mtime, target: first };
  });
}
