import type { EngineState } from './engine-state';
import type { PreparedLayer } from './stores/layer-store';
import type { ImageRecord } from './stores/image-store';
import type { WriteOp } from '../storage/store';
import { sha256Hex } from './digest';
import { rfc3339 } from './clock';
import { parseNormalizedNamed, refString, tagNameOnly } from './reference';

/**
 * Stores config bytes kept exactly as they came (the image ID is their sha256, so they are never
 * re-serialized) with their layers and tags, in ONE transaction; layers already stored are
 * shared, not copied. Emits the image and tag events after the write.
 */
export async function imagePut(s: EngineState, configBytes: Uint8Array, layers: PreparedLayer[], tags: string[], parent = '', repoDigests: string[] = []): Promise<string> {
  const id = `sha256:${await sha256Hex(configBytes)}`;
  const existing = s.images.get(id);
  const rec: ImageRecord = { id, configBytes, parent: existing?.parent || parent, repoDigests: [...new Set([...(existing?.repoDigests ?? []), ...repoDigests])], stored: existing?.stored ?? rfc3339(s.clock.now()) };
  const refs = tags.map((t) => refString(tagNameOnly(parseNormalizedNamed(t))));
  const ops: WriteOp[] = [];
  const seen = new Set<string>();
  for (const l of layers) if (!seen.has(l.record.diffId)) { seen.add(l.record.diffId); ops.push(...s.layers.putOps(l)); }
  ops.push(...s.images.putOps(rec));
  for (const r of refs) ops.push(...s.refs.putOps(r, id));
  const previous = refs.map((r) => [r, s.refs.get(r)] as const);
  await s.commit(ops, () => {
    for (const l of layers) if (!s.layers.has(l.record.diffId)) s.layers.added(l);
    s.images.added(rec);
    for (const r of refs) s.refs.set(r, id);
  });
  if (!existing) s.events.emit({ type: 'imageCreated', id });
  for (const [r, p] of previous) {
    if (p && p !== id) s.events.emit({ type: 'imageUntagged', id: p, ref: r });
    s.events.emit({ type: 'imageTagged', id, ref: r });
  }
  return id;
}
