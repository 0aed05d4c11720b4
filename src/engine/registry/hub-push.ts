import type { Engine } from '../engine';
import type { WriteOp } from '../../storage/store';
import { digestOf } from '../digest';
import { errors } from '../errors';
import { encodeChangeset } from '../layer/changeset-codec';
import { layerTarChunks } from '../layer/layer-tar';
import { familiarName, fullName, parseNormalizedNamed, refString } from '../reference';
import { rfc3339 } from '../clock';
import type { Image } from '../stores/image-store';
import type { Hub } from './hub';
import type { HubAuth, ProgressSink, TransferOptions } from './hub-api';
import { diffKey, repoKey, type HubBlobRecord, type HubRepoRecord } from './hub-records';
import { gzipBlobFacts } from './gzip-blob-facts';
import { playTimeline, pushTimeline, type SkippedItem, type TransferItem } from './transfer-timeline';

const short = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);
const LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

/**
 * One push of a local tag to the hub (moby distribution/push.go, push_v2.go, xfer/upload.go):
 * "The push refers to repository [...]", "Preparing" per layer (top first, IDs from the
 * diffIDs), then "Layer already exists" / "Mounted from <repo>" / "Pushing" + "Pushed", and
 * "<tag>: digest: <manifest digest> size: <bytes>". Layers are compressed exactly as the catalog
 * compressed its blobs, so an official layer keeps its published digest. Everything the hub
 * keeps is written in one batch at the end.
 */
export async function hubPush(hub: Hub, engine: Engine, refStr: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void> {
  const ref = parseNormalizedNamed(refStr);
  const tag = ref.tag ?? 'latest';
  sink({ status: `The push refers to repository [${fullName(ref)}]` });
  if (ref.domain !== 'docker.io') throw errors.notSimulated(`the registry ${ref.domain}`);
  const img = local(engine, refString(ref), familiarName(ref));
  const diffIds = img.config.rootfs.diff_ids;
  for (const d of [...diffIds].reverse()) sink({ id: short(d), status: 'Preparing', progress: { current: 0, total: 0 } });
  const user = await hub.accounts.verify(o.auth);
  const path = ref.path;
  if (!user || path.split('/')[0] !== user || path.split('/').length !== 2) throw errors.pushDenied();

  const official = await hub.officialLayers();
  const ops: WriteOp[] = [];
  const items: Array<TransferItem | SkippedItem> = [];
  const descriptors: Array<{ mediaType: string; size: number; digest: string }> = [];
  for (const d of diffIds) {
    const off = official.get(d);
    const digest = off?.facts.digest ?? (await hub.store.get<string>('registry', diffKey(d)));
    const rec = digest ? await hub.blob(digest) : undefined;
    const id = short(d);
    if (rec && rec.kind === 'layer' && rec.repos.includes(path)) {
      items.push({ id, status: 'Layer already exists' });
      descriptors.push({ mediaType: LAYER, size: rec.blobSize, digest: digest! });
      continue;
    }
    if (rec && rec.kind === 'layer') {
      const from = off?.repo ?? (await readable(hub, rec.repos, user));
      if (from) {
        items.push({ id, status: `Mounted from ${from}` });
        ops.push({ op: 'put', table: 'blobs', key: digest!, value: { ...rec, repos: [...rec.repos, path] } });
        descriptors.push({ mediaType: LAYER, size: rec.blobSize, digest: digest! });
        continue;
      }
    }
    if (off) {
      items.push({ id, status: `Mounted from ${off.repo}` });
      const value: HubBlobRecord = { kind: 'layer', diffId: d, blobSize: off.facts.blobSize, tarSize: off.facts.tarSize, repos: [path], data: null, catalogId: off.facts.id };
      ops.push({ op: 'put', table: 'blobs', key: off.facts.digest, value });
      descriptors.push({ mediaType: LAYER, size: off.facts.blobSize, digest: off.facts.digest });
      continue;
    }
    const cs = await engine.layerChangeset(d);
    const tarSize = engine.layer(d)?.tarSize ?? 0;
    const facts = await gzipBlobFacts(layerTarChunks(cs));
    items.push({ id, bytes: tarSize });
    const value: HubBlobRecord = { kind: 'layer', diffId: d, blobSize: facts.size, tarSize, repos: [...(rec?.kind === 'layer' ? rec.repos : []), path], data: encodeChangeset(cs) };
    ops.push({ op: 'put', table: 'blobs', key: facts.digest, value }, { op: 'put', table: 'registry', key: diffKey(d), value: facts.digest });
    descriptors.push({ mediaType: LAYER, size: facts.size, digest: facts.digest });
  }
  // dockerd marshals the schema 2 manifest with a 3-space indent.
  const manifest = new TextEncoder().encode(JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: img.configBytes.length, digest: img.id },
    layers: descriptors,
  }, null, 3));
  const manifestDigest = await digestOf(manifest);
  await playTimeline(pushTimeline([...items].reverse(), o.bytesPerSecond), sink, o);

  const blobRepos = async (digest: string) => ((await hub.blob(digest))?.repos ?? []).filter((r) => r !== path).concat(path);
  ops.push({ op: 'put', table: 'blobs', key: img.id, value: { kind: 'config', bytes: img.configBytes, repos: await blobRepos(img.id) } });
  ops.push({ op: 'put', table: 'blobs', key: manifestDigest, value: { kind: 'manifest', bytes: manifest, repos: await blobRepos(manifestDigest) } });
  const repo: HubRepoRecord = (await hub.repo(path)) ?? { path, owner: user, private: false, tags: {}, pushed: {} };
  ops.push({ op: 'put', table: 'registry', key: repoKey(path), value: { ...repo, tags: { ...repo.tags, [tag]: manifestDigest }, pushed: { ...repo.pushed, [tag]: rfc3339(hub.now()) } } });
  await hub.store.write(ops);
  // The daemon records the pushed digest on the local image (RepoDigests).
  await engine.imageStoreRaw(img.configBytes, [], [], '', [`${fullName(ref)}@${manifestDigest}`]);
  sink({ status: `${tag}: digest: ${manifestDigest} size: ${manifest.length}` });
}

function local(engine: Engine, ref: string, name: string): Image {
  try {
    return engine.imageGet(ref);
  } catch (e) {
    // By code, not instanceof: this module is loaded by a dynamic import (a second module graph under some loaders).
    if ((e as { code?: string }).code === 'noSuchImage') throw errors.pushNoSuchTag(name);
    throw e;
  }
}

/** A repository holding the blob that this user may read (a cross-repository mount source). */
async function readable(hub: Hub, repos: string[], user: string): Promise<string | undefined> {
  for (const r of repos) {
    const rec = await hub.repo(r);
    if (rec && (!rec.private || rec.owner === user)) return r;
  }
  return undefined;
}
