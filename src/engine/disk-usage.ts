import type { EngineState } from './engine-state';
import { contentSize, type Changeset } from './layer/entry';

export interface ImageUsage {
  id: string;
  /** Sum of the image's layers (what `docker images` calls SIZE). */
  size: number;
  /** Bytes of its layers that other images use too. */
  sharedSize: number;
  containers: number;
}

export interface DiskUsage {
  /** Every layer once, however many images share it (moby's LayersSize). */
  layersSize: number;
  images: ImageUsage[];
  /** Container ID -> bytes of its writable layer (SizeRw). */
  containers: Map<string, number>;
}

/** SizeRw: the bytes of regular files in a container's writable layer (links and dirs count nothing). */
export function changesetSize(cs: Changeset): number {
  return cs.reduce((n, e) => n + (e.type === 'file' ? contentSize(e.content) : 0), 0);
}

/** moby's system df data: layer sizes counted once, shared sizes, each container's SizeRw. */
export async function diskUsage(state: EngineState): Promise<DiskUsage> {
  const users = new Map<string, number>();
  const images = state.images.all();
  for (const img of images) for (const d of new Set(img.config.rootfs.diff_ids)) users.set(d, (users.get(d) ?? 0) + 1);
  const sizeOf = (d: string) => state.layers.get(d)?.size ?? 0;
  const layersSize = [...users.keys()].reduce((n, d) => n + sizeOf(d), 0);
  const all = state.containers.all();
  const containers = new Map<string, number>();
  for (const c of all) {
    const live = state.liveFs.get(c.id);
    containers.set(c.id, changesetSize(live ? live.upper() : await state.containers.upper(c.id)));
  }
  return {
    layersSize,
    images: images.map((img) => {
      const ids = [...new Set(img.config.rootfs.diff_ids)];
      return {
        id: img.id,
        size: img.config.rootfs.diff_ids.reduce((n, d) => n + sizeOf(d), 0),
        sharedSize: ids.filter((d) => (users.get(d) ?? 0) > 1).reduce((n, d) => n + sizeOf(d), 0),
        containers: all.filter((c) => c.image === img.id).length,
      };
    }),
    containers,
  };
}
