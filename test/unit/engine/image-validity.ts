import { expect } from 'vitest';
import type { Engine } from '../../../src/engine/engine';
import { sha256Hex } from '../../../src/engine/digest';
import { layerDiffId } from '../../../src/engine/layer/layer-tar';
import { chainIds } from '../../../src/engine/image/chain-id';

/**
 * The image validity check run on every image an engine holds (DESIGN.md conformance suites):
 * ID = sha256(config bytes), every diff_id = sha256(canonical tar of the stored layer), history
 * entries without empty_layer pair one-to-one with diff_ids, chain IDs recomputable.
 */
export async function expectValidImages(engine: Engine): Promise<void> {
  for (const summary of engine.imageList()) {
    const img = engine.imageGet(summary.id);
    expect(`sha256:${await sha256Hex(img.configBytes)}`).toBe(img.id);
    const diffIds = img.config.rootfs.diff_ids;
    for (const d of diffIds) {
      const { diffId } = await layerDiffId(await engine.layerChangeset(d));
      expect(diffId).toBe(d);
    }
    expect(img.config.history.filter((h) => !h.empty_layer).length).toBe(diffIds.length);
    const chain = await chainIds(diffIds);
    expect(chain.length).toBe(diffIds.length);
    if (diffIds.length) expect(chain[0]).toBe(diffIds[0]);
  }
}
