import type { EngineState } from './engine-state';
import type { Image } from './stores/image-store';
import { lookupImage } from './image-lookup';

export interface HistoryRow {
  /** The image ID for rows that are a local image's top, else "<missing>". */
  id: string;
  created: string;
  createdBy: string;
  size: number;
  comment: string;
  tags: string[];
}

/**
 * `docker history`: one row per history entry, newest first, sized by the layer it made. Rows
 * take local image IDs down the parent chain (commit, the legacy builder); the rest are
 * "<missing>", as the daemon reports them.
 */
export function imageHistory(s: EngineState, refOrId: string): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let img: Image | undefined = lookupImage(s, refOrId);
  const diffIds = img.config.rootfs.diff_ids;
  let layerIdx = 0;
  const sizes = img.config.history.map((h) => (h.empty_layer ? 0 : s.layers.get(diffIds[layerIdx++])?.size ?? 0));
  const idFor = new Map<number, Image>();
  while (img) {
    idFor.set(img.config.history.length - 1, img);
    img = img.parent ? s.images.get(img.parent) : undefined;
  }
  const hist = lookupImage(s, refOrId).config.history;
  for (let i = hist.length - 1; i >= 0; i--) {
    const h = hist[i];
    const local = idFor.get(i);
    rows.push({
      id: local ? local.id : '<missing>',
      created: h.created ?? '',
      createdBy: h.created_by ?? '',
      size: sizes[i],
      comment: h.comment ?? '',
      tags: local ? s.refs.refsOf(local.id).filter((r) => !r.includes('@')) : [],
    });
  }
  return rows;
}
