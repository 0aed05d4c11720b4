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

/** A layer's compressed blob on one registry and the repositories it was seen in (pulled or pushed). */
export interface BlobSighting {
  digest: string;
  size: number;
  repos: Set<string>;
}

/**
 * The daemon's v2 metadata for one registry, by diffID: a push reuses the blob a pull or an
 * earlier push saw (HEAD it, else mount it from where it was seen) before compressing anew.
 */
export type BlobSightings = Map<string, BlobSighting>;

/** Records that `repo` holds the blob `digest` for layer `diffId`. */
export function sawBlob(seen: BlobSightings, diffId: string, digest: string, size: number, repo: string): void {
  const known = seen.get(diffId);
  if (known && known.digest === digest) known.repos.add(repo);
  else seen.set(diffId, { digest, size, repos: new Set([repo]) });
}

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
      const id = short(d);
      const known = seen.get(d);
      let desc: { digest: string; size: number } | undefined;
      if (known && (await client.hasBlob(repo, known.digest))) {
        items.push({ id, status: 'Layer already exists' });
        desc = known;
      } else {
        const from = known && [...known.repos].find((r) => r !== repo);
        if (known && from && (await client.mount(repo, known.digest, from))) {
          items.push({ id, status: `Mounted from ${from}` });
          desc = known;
        }
      }
      if (!desc) {
        const blob = await gzipBlob(layerTarChunks(await engine.layerChangeset(d)));
        if (await client.hasBlob(repo, blob.digest)) items.push({ id, status: 'Layer already exists' });
        else {
          await client.upload(repo, blob.digest, blob.bytes);
          items.push({ id, bytes: engine.layer(d)?.tarSize ?? blob.size });
        }
        desc = blob;
      }
      layers.push({ mediaType: LAYER, size: desc.size, digest: desc.digest });
      sawBlob(seen, d, desc.digest, desc.size, repo);
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
