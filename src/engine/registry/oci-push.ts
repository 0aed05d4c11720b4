import type { Engine } from '../engine';
import { digestOf } from '../digest';
import { errors } from '../errors';
import { layerTarChunks } from '../layer/layer-tar';
import { familiarName, fullName, parseNormalizedNamed, refString } from '../reference';
import type { Image } from '../stores/image-store';
import type { ProgressSink, TransferOptions } from './hub-api';
import { OciClient, RegistryHttpError } from './oci-client';
import { gzipBlob } from './gzip-blob';
import { playTimeline, pushTimeline, type SkippedItem, type TransferItem } from './transfer-timeline';

const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);
const LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const CONFIG = 'application/vnd.docker.container.image.v1+json';
const MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';

/** Where a layer's blob was seen on a registry: the daemon's v2 metadata, used for mount sources. */
export type BlobSightings = Map<string, Set<string>>;

/**
 * One push of a local tag to a real registry (moby distribution/push_v2.go): "The push refers to
 * repository [...]", the local image, the registry ping, "Preparing" per layer (top first), then
 * per layer HEAD ("Layer already exists"), a cross-repository mount from a repository the blob
 * was seen in ("Mounted from x"), or a monolithic upload ("Pushed"); the config blob; the Docker
 * schema 2 manifest; "<tag>: digest: <digest> size: <bytes>". Errors come inside the stream.
 */
export async function ociPush(client: OciClient, seen: BlobSightings, engine: Engine, refStr: string, sink: ProgressSink, o: TransferOptions): Promise<void> {
  const ref = parseNormalizedNamed(refStr);
  const tag = ref.tag ?? 'latest';
  const repo = ref.path;
  sink({ status: `The push refers to repository [${fullName(ref)}]` });
  const img = local(engine, refString(ref), familiarName(ref));
  try {
    await client.ping();
    const diffIds = img.config.rootfs.diff_ids;
    for (const d of [...diffIds].reverse()) sink({ id: short(d), status: 'Preparing', progress: { current: 0, total: 0 } });
    const items: Array<TransferItem | SkippedItem> = [];
    const layers: Array<{ mediaType: string; size: number; digest: string }> = [];
    for (const d of diffIds) {
      if (o.signal?.aborted) throw abortError();
      const blob = await gzipBlob(layerTarChunks(await engine.layerChangeset(d)));
      layers.push({ mediaType: LAYER, size: blob.size, digest: blob.digest });
      const id = short(d);
      const where = seen.get(blob.digest) ?? new Set<string>();
      seen.set(blob.digest, where);
      if (await client.hasBlob(repo, blob.digest)) {
        items.push({ id, status: 'Layer already exists' });
      } else {
        const from = [...where].find((r) => r !== repo);
        if (from && (await client.mount(repo, blob.digest, from))) items.push({ id, status: `Mounted from ${from}` });
        else {
          await client.upload(repo, blob.digest, blob.bytes);
          items.push({ id, bytes: engine.layer(d)?.tarSize ?? blob.size });
        }
      }
      where.add(repo);
    }
    if (!(await client.hasBlob(repo, img.id))) await client.upload(repo, img.id, img.configBytes);
    // dockerd marshals the schema 2 manifest with a 3-space indent.
    const manifest = new TextEncoder().encode(JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST, config: { mediaType: CONFIG, size: img.configBytes.length, digest: img.id }, layers }, null, 3));
    await client.putManifest(repo, tag, manifest, MANIFEST);
    const manifestDigest = await digestOf(manifest);
    await playTimeline(pushTimeline([...items].reverse()), sink, { ...o, instant: true });
    await engine.imageStoreRaw(img.configBytes, [], [], '', [`${fullName(ref)}@${manifestDigest}`]);
    sink({ status: `${tag}: digest: ${manifestDigest} size: ${manifest.length}` });
  } catch (e) {
    if (e instanceof RegistryHttpError) throw errors.pushStream(e.message);
    if ((e as { code?: string }).code === 'registryUnreachable') throw errors.pushStream((e as Error).message);
    throw e;
  }
}

function local(engine: Engine, ref: string, name: string): Image {
  try {
    return engine.imageGet(ref);
  } catch (e) {
    // By code, not instanceof: registry modules load by a dynamic import (a second module graph under some loaders).
    if ((e as { code?: string }).code === 'noSuchImage') throw errors.pushNoSuchTag(name);
    throw e;
  }
}

function abortError(): Error {
  const e = new Error('aborted');
  e.name = 'AbortError';
  return e;
}
