import type { CowUpper } from './cow-upper';
import type { UnionView } from './union-view';
import { path } from './path';

/**
 * `docker diff` as the overlay2 driver computes it (moby pkg/archive changes.go,
 * OverlayChanges): walk the writable layer in tree order; a whiteout is D, and so is a
 * directory made again over a removed one (overlayfs marks it opaque); anything else is C when
 * a lower layer has that path, A otherwise, except a copied-up directory whose mode and mtime
 * are unchanged, which is left out. An A or D adds its parent directory as C if the walk has
 * not reported it.
 */
export interface Change {
  kind: 'A' | 'C' | 'D';
  path: string;
}

export function dockerDiff(up: CowUpper, lower: UnionView): Change[] {
  const all = new Set<string>(up.nodes.keys());
  for (const p of up.removed) all.add(p);
  all.delete('/');
  const changedDirs = new Set<string>();
  const out: Change[] = [];
  for (const p of [...all].sort(path.compare)) {
    const n = up.nodes.get(p);
    const l = lower.get(p)?.entry;
    let kind: Change['kind'];
    if (!n || (n.type === 'dir' && up.removed.has(p) && l)) {
      kind = 'D';
    } else if (!l) {
      kind = 'A';
    } else {
      if (n.type === 'dir' && l.type === 'dir' && n.mode === l.mode && n.mtime === l.mtime) continue;
      kind = 'C';
    }
    if (n?.type === 'dir') changedDirs.add(p);
    if (kind !== 'C') {
      const parent = path.dirname(p);
      if (parent !== '/' && !changedDirs.has(parent)) {
        out.push({ kind: 'C', path: parent });
        changedDirs.add(parent);
      }
    }
    out.push({ kind, path: p });
  }
  return out;
}
