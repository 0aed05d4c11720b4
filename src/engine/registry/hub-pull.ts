import type { Engine } from '../engine';
import { digestOf } from '../digest';
import { LayerStore, type PreparedLayer } from '../stores/layer-store';
import { familiarString, fullName, parseNormalizedNamed, refString } from '../reference';
import type { Hub } from './hub';
import type { HubAuth, ProgressSink, TransferOptions } from './hub-api';
import { playTimeline, pullTimeline } from './transfer-timeline';

const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);
const update = { current: 0, total: 0 };

/**
 * One pull from the hub into the engine, with the daemon's messages (moby distribution
 * pull_v2.go, xfer/download.go): "<tag>: Pulling from <path>", per layer "Already exists" or
 * "Pulling fs layer" (+ "Waiting" past 3 downloads) then the transfer, "Digest: ...",
 * "Status: ...". Layers are decoded (and hashed, unless the hub's record already gives their
 * diffID and tar size) before anything is written, and the image,
 * its layers and tag are stored in one transaction: a failed pull stores nothing.
 */
export async function hubPull(hub: Hub, engine: Engine, refStr: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void> {
  const ref = parseNormalizedNamed(refStr);
  const user = await hub.accounts.verify(o.auth);
  const img = await hub.resolve(ref, user);
  sink({ id: ref.digest ? refString(ref) : ref.tag, status: `Pulling from ${img.path}` });
  const id = await digestOf(img.configBytes);
  const prepared: PreparedLayer[] = [];
  // pull_v2.go: an image whose config is already stored needs no layer at all.
  if (!has(engine, id)) {
    // download.go: leading layers already registered locally are reused, from the first missing one on all are fetched.
    let k = 0;
    while (k < img.layers.length && engine.layer(img.layers[k].diffId)) k++;
    for (const l of img.layers.slice(0, k)) sink({ id: short(l.digest), status: 'Already exists', progress: update });
    const fetch = img.layers.slice(k);
    fetch.forEach((l, i) => {
      sink({ id: short(l.digest), status: 'Pulling fs layer', progress: update });
      if (i >= 3) sink({ id: short(l.digest), status: 'Waiting', progress: update });
    });
    for (const l of fetch) {
      const cs = await l.load();
      if (l.tarSize !== undefined) {
        prepared.push(LayerStore.known(cs, l.diffId, l.tarSize));
        continue;
      }
      const p = await LayerStore.prepare(cs);
      if (p.record.diffId !== l.diffId) throw new Error(`hub: layer ${l.digest} of ${img.path} hashes to ${p.record.diffId}, its config says ${l.diffId}`);
      prepared.push(p);
    }
    await playTimeline(pullTimeline(fetch.map((l) => ({ id: short(l.digest), bytes: l.blobSize })), o.bytesPerSecond), sink, o);
  }
  const wanted = refString(ref);
  const before = current(engine, wanted);
  await engine.imageStoreRaw(img.configBytes, prepared, [wanted], '', [`${fullName(ref)}@${img.manifestDigest}`]);
  sink({ status: `Digest: ${img.manifestDigest}` });
  // pull_v2.go pullTag: "newer" whenever the reference did not already name this image.
  sink({ status: `Status: ${before === id ? 'Image is up to date' : 'Downloaded newer image'} for ${familiarString(ref)}` });
}

function has(engine: Engine, id: string): boolean {
  return engine.imageList().some((i) => i.id === id);
}

function current(engine: Engine, ref: string): string | undefined {
  try {
    return engine.imageGet(ref).id;
  } catch (e) {
    // By code, not instanceof: this module is loaded by a dynamic import (a second module graph under some loaders).
    if ((e as { code?: string }).code === 'noSuchImage') return undefined;
    throw e;
  }
}
