import { gunzipSync } from 'fflate';
import type { Engine } from '../engine';
import { digestOf } from '../digest';
import { errors } from '../errors';
import { configFromBytes, configToBytes } from '../image/config-json';
import { readLayerTar } from '../layer/read-layer-tar';
import { LayerStore, type PreparedLayer } from '../stores/layer-store';
import { familiarName, familiarString, fullName, parseNormalizedNamed, refString, type Reference } from '../reference';
import type { ProgressSink, TransferOptions } from './hub-api';
import { OciClient, RegistryHttpError } from './oci-client';
import { playTimeline, pullTimeline } from './transfer-timeline';
import { sawBlob, type BlobSightings } from './oci-push';

const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);
const update = { current: 0, total: 0 };
const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'];

interface ManifestJson {
  mediaType?: string;
  config: { digest: string };
  layers: Array<{ digest: string; size: number; mediaType?: string }>;
  manifests?: Array<{ digest: string; platform?: { os?: string; architecture?: string } }>;
}

/**
 * One pull from a real registry into the engine, with the daemon's messages (as hubPull):
 * manifest first (an index picks linux/amd64), then "<tag>: Pulling from <path>", the config,
 * and the layers, each checked against its blob digest and its diffID before anything is
 * stored. The image, layers and tag go in one transaction: a failed pull stores nothing.
 */
export async function ociPull(client: OciClient, engine: Engine, refStr: string, sink: ProgressSink, o: TransferOptions, seen?: BlobSightings): Promise<void> {
  const ref = parseNormalizedNamed(refStr);
  try {
    await pull(client, engine, ref, sink, o, seen);
  } catch (e) {
    throw translate(e, ref);
  }
}

async function pull(client: OciClient, engine: Engine, ref: Reference, sink: ProgressSink, o: TransferOptions, seen?: BlobSightings): Promise<void> {
  await client.ping();
  const top = await client.manifest(ref.path, ref.digest ?? ref.tag ?? 'latest');
  const manifestDigest = await digestOf(top.bytes);
  if (ref.digest && ref.digest !== manifestDigest) throw errors.registryMessage(`manifest verification failed for digest ${ref.digest}`);
  let m = JSON.parse(new TextDecoder().decode(top.bytes)) as ManifestJson;
  if (INDEX_TYPES.includes(m.mediaType ?? top.mediaType) || m.manifests) {
    const pick = m.manifests?.find((d) => d.platform?.os === 'linux' && d.platform.architecture === 'amd64');
    if (!pick) throw errors.registryMessage('no matching manifest for linux/amd64 in the manifest list entries');
    const sub = await client.manifest(ref.path, pick.digest);
    m = JSON.parse(new TextDecoder().decode(sub.bytes)) as ManifestJson;
  }
  sink({ id: ref.digest ? refString(ref) : ref.tag, status: `Pulling from ${ref.path}` });
  let configBytes = await client.blob(ref.path, m.config.digest);
  if ((await digestOf(configBytes)) !== m.config.digest) throw errors.registryMessage(`filesystem layer verification failed for digest ${m.config.digest}`);
  const config = configFromBytes(configBytes);
  const diffIds = config.rootfs.diff_ids;
  if (diffIds.length !== m.layers.length) throw errors.registryMessage('layers from manifest don\'t match image configuration');
  const prepared: PreparedLayer[] = [];
  let repacked = false;
  const id = await digestOf(configBytes);
  if (!engine.imageList().some((i) => i.id === id)) {
    let k = 0;
    while (k < m.layers.length && engine.layer(diffIds[k])) k++;
    for (const l of m.layers.slice(0, k)) sink({ id: short(l.digest), status: 'Already exists', progress: update });
    for (let i = 0; i < k; i++) prepared.push({ record: engine.layer(diffIds[i])!, changeset: await engine.layerChangeset(diffIds[i]) });
    const fetch = m.layers.slice(k);
    fetch.forEach((l, i) => {
      sink({ id: short(l.digest), status: 'Pulling fs layer', progress: update });
      if (i >= 3) sink({ id: short(l.digest), status: 'Waiting', progress: update });
    });
    for (const [j, l] of fetch.entries()) {
      if (o.signal?.aborted) throw abortError();
      const blob = await client.blob(ref.path, l.digest);
      if ((await digestOf(blob)) !== l.digest) throw errors.registryMessage(`filesystem layer verification failed for digest ${l.digest}`);
      const tar = blob[0] === 0x1f && blob[1] === 0x8b ? gunzipSync(blob) : blob;
      const want = diffIds[k + j];
      if ((await digestOf(tar)) !== want) throw errors.registryMessage(`layer ${l.digest} does not match its diffID ${want}`);
      prepared.push(await LayerStore.prepare(readLayerTar(tar)));
    }
    // The bytes already travelled for real: the progress lines are drawn without waiting.
    await playTimeline(pullTimeline(fetch.map((l) => ({ id: short(l.digest), bytes: l.size }))), sink, { ...o, instant: true });
    const canonical = prepared.map((p) => p.record.diffId);
    if (canonical.some((d, i) => d !== diffIds[i])) {
      // Another tool's tar (entry order, metadata) re-packs to a different canonical tar: as docker load does.
      configBytes = configToBytes({ ...config, rootfs: { type: 'layers', diff_ids: canonical } });
      repacked = true;
    }
  }
  const wanted = refString(ref);
  const before = current(engine, wanted);
  const stored = await engine.imageStoreRaw(configBytes, prepared, ref.digest ? [] : [wanted], '', [`${fullName(ref)}@${manifestDigest}`]);
  // As the daemon's v2 metadata: a later push of these layers to this registry mounts or skips them.
  if (seen && !repacked) m.layers.forEach((l, i) => sawBlob(seen, diffIds[i], l.digest, l.size, ref.path));
  sink({ status: `Digest: ${manifestDigest}` });
  sink({ status: `Status: ${before === stored ? 'Image is up to date' : 'Downloaded newer image'} for ${familiarString(ref)}` });
}

/** moby distribution/errors.go translatePullError, for the registry's errcodes. */
function translate(e: unknown, ref: Reference): unknown {
  if (!(e instanceof RegistryHttpError)) return e;
  if (e.code === 'MANIFEST_UNKNOWN' || (e.status === 404 && e.code !== 'NAME_UNKNOWN')) return errors.manifestUnknown(familiarString(ref));
  if (e.code === 'NAME_UNKNOWN') return errors.registryMessage(`repository ${familiarName(ref)} not found: ${e.message}`);
  if (e.code === 'UNAUTHORIZED' || e.code === 'DENIED') return errors.pullAccessDenied(familiarName(ref), e.message);
  return errors.registryMessage(e.message);
}

function current(engine: Engine, ref: string): string | undefined {
  try {
    return engine.imageGet(ref).id;
  } catch (e) {
    // By code, not instanceof: registry modules load by a dynamic import (a second module graph under some loaders).
    if ((e as { code?: string }).code === 'noSuchImage') return undefined;
    throw e;
  }
}

function abortError(): Error {
  const e = new Error('aborted');
  e.name = 'AbortError';
  return e;
}
