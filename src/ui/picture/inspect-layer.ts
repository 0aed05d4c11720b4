import type { Engine } from '../../engine/engine';
import type { Entry } from '../../engine/layer/entry';
import { UnionView } from '../../engine/fs/union-view';
import { path } from '../../engine/fs/path';
import type { FileRow } from './file-row';

export interface LayerInspection {
  /** What the layer itself adds (A), changes (C) and deletes (D) over the layers below it. */
  changes: FileRow[];
  /** The image's filesystem as it stands with this layer on top, each file with its origin layer. */
  merged: FileRow[];
}

const rowOf = (p: string): Pick<FileRow, 'path' | 'name' | 'depth'> => ({
  path: p,
  name: path.basename(p) || '/',
  depth: path.parts(p).length - 1,
});

function changeRow(e: Entry, lower: UnionView): FileRow {
  // A whiteout deletes what lower layers had; an opaque marker deletes a directory's lower
  // contents while the directory stays (image-spec layer.md), so both read as D.
  if (e.type === 'whiteout' || e.type === 'opaque') return { ...rowOf(e.path), type: e.type, change: 'D' };
  const change = lower.get(e.path) ? 'C' : 'A';
  const row: FileRow = { ...rowOf(e.path), type: e.type, change };
  if (e.type === 'symlink' || e.type === 'hardlink') row.target = e.target;
  if (e.type === 'file') row.content = e.content;
  return row;
}

/**
 * The union filesystem made visible (issue 9): `diffIds` is a stack from its base up to the
 * layer asked about. Reads layers through the engine's facade and merges them with the same
 * UnionView the engine uses, so what the explorer shows is what a container would see.
 */
export async function inspectLayer(engine: Engine, diffIds: readonly string[]): Promise<LayerInspection> {
  const changesets = await Promise.all(diffIds.map((d) => engine.layerChangeset(d)));
  const top = changesets[changesets.length - 1] ?? [];
  const lower = new UnionView(changesets.slice(0, -1));
  const opaque = new Set(top.filter((e) => e.type === 'opaque').map((e) => e.path));
  const changes = top
    .filter((e) => e.path !== '/' && !(e.type === 'dir' && opaque.has(e.path)))
    .map((e) => changeRow(e, lower))
    .sort((a, b) => path.compare(a.path, b.path));
  const view = new UnionView(changesets);
  const merged: FileRow[] = [];
  for (const p of view.paths()) {
    if (p === '/') continue;
    const n = view.get(p)!;
    const row: FileRow = { ...rowOf(p), type: n.entry.type, change: '', origin: n.layer };
    if (n.entry.type === 'symlink') row.target = n.entry.target;
    if (n.entry.type === 'file') row.content = n.entry.content;
    merged.push(row);
  }
  return { changes, merged };
}
