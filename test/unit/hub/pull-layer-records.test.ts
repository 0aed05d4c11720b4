import { describe, expect, it } from 'vitest';
import { openSandbox, runPiped } from './hub-harness';
import { LayerStore } from '../../../src/engine/stores/layer-store';
import type { Engine } from '../../../src/engine/engine';

/** Every stored layer's record as hashing its changeset gives it (what a pull used to compute). */
async function expectHashedRecords(engine: Engine, image: string): Promise<number> {
  const diffIds = engine.imageGet(image).config.rootfs.diff_ids;
  for (const d of diffIds) expect(engine.layer(d)).toEqual((await LayerStore.prepare(await engine.layerChangeset(d))).record);
  return diffIds.length;
}

// A pull takes diffID and tar size from the hub's record instead of hashing each layer again.
describe('layer records of pulled images', { timeout: 60_000 }, () => {
  it('an official image: diffID, tar size, content size and entry count equal a full hash of each layer', async () => {
    const sb = await openSandbox();
    expect(await runPiped('docker pull -q ubuntu\ndocker pull -q busybox', sb)).toBe('docker.io/library/ubuntu:latest\ndocker.io/library/busybox:latest\n');
    expect(await expectHashedRecords(sb.engine, 'ubuntu')).toBeGreaterThan(0);
    expect(await expectHashedRecords(sb.engine, 'busybox')).toBeGreaterThan(0);
  });

  it('an image pushed to the hub and pulled back after every image was removed', async () => {
    const sb = await openSandbox();
    const script = 'docker pull -q busybox >/dev/null\ndocker run --name box busybox sh -c "seq 1 500 > /n"\ndocker commit box alice/n:1 >/dev/null\n' +
      'echo pw | docker login -u alice --password-stdin >/dev/null 2>&1\ndocker push alice/n:1 >/dev/null\ndocker rm box >/dev/null\n' +
      'docker rmi -f $(docker images -q) >/dev/null 2>&1\ndocker images -q | wc -l\ndocker pull -q alice/n:1';
    expect(await runPiped(script, sb)).toBe('0\ndocker.io/alice/n:1\n');
    expect(await expectHashedRecords(sb.engine, 'alice/n:1')).toBe(2);
  });
});
