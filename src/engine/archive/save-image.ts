import type { Engine } from '../engine';
import { EngineError, errors } from '../errors';
import { digestOf } from '../digest';
import { layerTarChunks } from '../layer/layer-tar';
import type { Changeset } from '../layer/entry';
import { familiarName, familiarString, parseNormalizedNamed, refString, type Reference } from '../reference';
import { goJson } from '../image/config-json';
import { ArchiveTar, type ArchiveMember } from './archive-tar';

/**
 * `docker save` as Docker >= 25 with the classic store writes it (moby image/tarexport/save.go):
 * one tar that is both a docker-archive (manifest.json, repositories) and an OCI image layout
 * (oci-layout, index.json, blobs/sha256/). Layers are stored uncompressed under their diffID
 * with media type application/vnd.oci.image.layer.v1.tar; each image gets a freshly generated
 * OCI manifest. Unlike Docker (which iterates a Go map), images come in the order they were
 * named, so the output is deterministic; mtimes are the image's `created` for its config and
 * layers and 0 for everything else, as Docker sets them. Docker's unreferenced legacy v1 JSON
 * blobs are left out: no loader reads them.
 */
export interface SavedArchive {
  /** Exact byte length of the tar. */
  size: number;
  /** The tar, produced chunk by chunk (layer data is generated as it is written). */
  chunks(): Generator<Uint8Array>;
}

const LAYER_TYPE = 'application/vnd.oci.image.layer.v1.tar';
const enc = new TextEncoder();
const hex = (d: string) => d.replace(/^sha256:/, '');
const seconds = (created: string | undefined) => (created ? Math.floor(Date.parse(created) / 1000) : 0);

interface Picked {
  id: string;
  refs: Reference[];
}

/** moby's parseNames: an ID, a name (all its tags), or one tagged reference. */
function pick(engine: Engine, names: readonly string[]): Picked[] {
  const out: Picked[] = [];
  const add = (id: string, ref?: Reference) => {
    let p = out.find((x) => x.id === id);
    if (!p) out.push((p = { id, refs: [] }));
    if (ref && !p.refs.some((r) => refString(r) === refString(ref))) p.refs.push(ref);
  };
  const tagged = () => engine.imageList().flatMap((img) => img.repoTags.map((t) => [parseNormalizedNamed(t), img.id] as const));
  for (const name of names) {
    if (/^(sha256:)?[0-9a-f]{64}$/.test(name)) {
      add(engine.imageGet(name.startsWith('sha256:') ? name : `sha256:${name}`).id);
      continue;
    }
    const ref = parseNormalizedNamed(name);
    if (ref.digest !== undefined) {
      add(engine.imageGet(name).id);
      continue;
    }
    if (ref.tag === undefined) {
      const all = tagged().filter(([r]) => familiarName(r) === familiarName(ref));
      for (const [r, id] of all) add(id, r);
      if (all.length === 0) add(engine.imageGet(name).id);
      continue;
    }
    const hit = tagged().find(([r]) => refString(r) === refString(ref));
    if (!hit) throw new EngineError('referenceNotExist', 'notFound', 'reference does not exist');
    add(hit[1], ref);
  }
  return out;
}

const file = (name: string, bytes: Uint8Array, mtime = 0): ArchiveMember => ({ name, mtime, size: bytes.length, data: () => [bytes] });

export async function saveImage(engine: Engine, names: readonly string[]): Promise<SavedArchive> {
  const picked = pick(engine, names);
  const blobs = new Map<string, ArchiveMember>();
  const manifest: unknown[] = [];
  const index: unknown[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  const ids = new Set(picked.map((p) => p.id));
  let blobsDirTime = 0;
  for (const p of picked) {
    const img = engine.imageGet(p.id);
    const diffIds = img.config.rootfs.diff_ids;
    if (diffIds.length === 0) throw new EngineError('emptyExport', 'system', 'empty export - not implemented');
    const ts = seconds(img.config.created);
    blobsDirTime = ts;
    const sources: Record<string, unknown> = {};
    const layerDescs = [];
    for (const d of diffIds) {
      const rec = engine.layer(d);
      if (!rec) throw errors.storage(`layer ${d} is missing`);
      const desc = { mediaType: LAYER_TYPE, digest: d, size: rec.tarSize };
      layerDescs.push(desc);
      sources[d] = { mediaType: LAYER_TYPE, size: rec.tarSize, digest: d };
      if (!blobs.has(hex(d))) {
        const cs: Changeset = await engine.layerChangeset(d);
        blobs.set(hex(d), { name: `blobs/sha256/${hex(d)}`, mtime: ts, size: rec.tarSize, data: () => layerTarChunks(cs) });
      }
    }
    blobs.set(hex(img.id), file(`blobs/sha256/${hex(img.id)}`, img.configBytes, ts));
    const mBytes = enc.encode(goJson({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: img.id, size: img.configBytes.length },
      layers: layerDescs,
    }));
    const mDigest = await digestOf(mBytes);
    blobs.set(hex(mDigest), file(`blobs/sha256/${hex(mDigest)}`, mBytes));
    const untagged = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: mDigest, size: mBytes.length };
    for (const r of p.refs) {
      (repositories[familiarName(r)] ??= {})[r.tag!] = hex(diffIds[diffIds.length - 1]);
      index.push({ ...untagged, annotations: { 'io.containerd.image.name': refString(r), 'org.opencontainers.image.ref.name': r.tag } });
    }
    // Quirk kept from save.go: the untagged descriptor is added only while the index is still empty.
    if (index.length === 0) index.push(untagged);
    manifest.push({
      Config: `blobs/sha256/${hex(img.id)}`,
      RepoTags: p.refs.length ? p.refs.map(familiarString) : null,
      Layers: diffIds.map((d) => `blobs/sha256/${hex(d)}`),
      ...(img.parent && ids.has(img.parent) && img.parent !== img.id ? { Parent: img.parent } : {}),
      LayerSources: Object.fromEntries(Object.keys(sources).sort().map((k) => [k, sources[k]])),
    });
  }
  const members: ArchiveMember[] = [
    { name: 'blobs/', mtime: blobsDirTime },
    { name: 'blobs/sha256/', mtime: 0 },
    ...[...blobs.keys()].sort().map((k) => blobs.get(k)!),
    file('index.json', enc.encode(goJson({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: index }))),
    // json.Encoder output: Go's escaping plus a trailing newline.
    file('manifest.json', enc.encode(goJson(manifest) + '\n')),
    file('oci-layout', enc.encode('{"imageLayoutVersion": "1.0.0"}')),
  ];
  const repos = Object.keys(repositories).sort();
  if (repos.length) {
    // Written by hand: a JS object would put numeric tags ("9", "10") first, Go sorts map keys as strings.
    const obj = (m: Record<string, string>) => `{${Object.keys(m).sort().map((t) => `${goJson(t)}:${goJson(m[t])}`).join(',')}}`;
    members.push(file('repositories', enc.encode(`{${repos.map((r) => `${goJson(r)}:${obj(repositories[r])}`).join(',')}}\n`)));
  }
  return { size: ArchiveTar.size(members), chunks: () => ArchiveTar.chunks(members) };
}
