import type { Engine } from '../engine/engine';
import type { Catalog } from '../engine/registry/catalog';
import { LayerStore } from '../engine/stores/layer-store';
import { familiarName, parseNormalizedNamed, tagNameOnly } from '../engine/reference';

/**
 * A lesson's starting state "this official image was pulled before": the catalog's image is
 * stored as a pull would store it (same config bytes, layers, tag and repo digest), silently.
 */
export async function preloadImage(engine: Engine, catalog: Catalog, ref: string): Promise<void> {
  const named = tagNameOnly(parseNormalizedNamed(ref));
  const name = familiarName(named);
  const tag = named.tag ?? 'latest';
  const img = await catalog.find(name, tag);
  if (!img) throw new Error(`the catalog has no ${name}:${tag}`);
  const layers = await Promise.all(img.layers.map(async (l) => LayerStore.prepare(await catalog.changeset(l.id))));
  await engine.imageStore(img.config, layers, [`${name}:${tag}`], '', [`${name}@${img.manifestDigest}`]);
}
