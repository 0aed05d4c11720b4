import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CatalogImage, CatalogIndex, CatalogLayerFacts, CatalogLayerFile, CatalogRepository } from '../../src/engine/registry/catalog-format';
import { decodeCatalogLayer } from '../../src/engine/registry/catalog-layer';
import { gzipBlobFacts } from '../../src/engine/registry/gzip-blob-facts';
import { layerDiffId, layerTarChunks } from '../../src/engine/layer/layer-tar';
import { contentSize } from '../../src/engine/layer/entry';
import { configToBytes } from '../../src/engine/image/config-json';
import type { ContainerConfig, HistoryEntry, ImageConfig } from '../../src/engine/image/image-config';
import type { LayerBuilder } from './layer-builder';

/**
 * Writes public/catalog/: layer files with their precomputed facts (diffID from the canonical
 * tar, gzip blob digest), image files (config, its digest = image ID, the schema 2 manifest and
 * its digest) and the index. Facts are computed from the *decoded* layer file, so what is
 * stored is what the loader will rebuild; they are cached under /tmp by content hash because
 * hashing and compressing hundreds of MB of synthetic content takes a while.
 */
export const OUT = join(import.meta.dirname, '../../public/catalog');
const FACTS_CACHE = '/tmp/layerlab-catalog-facts';

const layerFacts = new Map<string, CatalogLayerFacts>();

export async function writeLayer(b: LayerBuilder): Promise<CatalogLayerFacts> {
  const done = layerFacts.get(b.id);
  if (done) return done;
  const draft = b.encode({ diffId: '', size: 0, tarSize: 0, digest: '', blobSize: 0 });
  const key = createHash('sha256').update(JSON.stringify([draft.id, draft.mtime, draft.lines, draft.texts])).digest('hex');
  mkdirSync(FACTS_CACHE, { recursive: true });
  const cacheFile = join(FACTS_CACHE, key + '.json');
  let facts: CatalogLayerFile['facts'];
  if (existsSync(cacheFile)) facts = JSON.parse(readFileSync(cacheFile, 'utf8'));
  else {
    const cs = decodeCatalogLayer(draft);
    const { diffId, size: tarSize } = await layerDiffId(cs);
    let size = 0;
    for (const e of cs) if (e.type === 'file') size += contentSize(e.content);
    const blob = await gzipBlobFacts(layerTarChunks(cs));
    facts = { diffId, size, tarSize, digest: blob.digest, blobSize: blob.size };
    writeFileSync(cacheFile, JSON.stringify(facts));
  }
  const file: CatalogLayerFile = { ...draft, facts };
  const path = join(OUT, 'layers', b.id + '.json');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(file));
  const out = { id: b.id, ...facts };
  layerFacts.set(b.id, out);
  return out;
}

export interface ImageSpec {
  repository: string;
  /** "ubuntu/24.04" */
  key: string;
  tags: string[];
  config: ContainerConfig;
  /** History in order; entries without empty_layer consume `layers` in order. */
  history: HistoryEntry[];
  layers: CatalogLayerFacts[];
}

const repos = new Map<string, CatalogRepository>();
export const imageSizes: Array<{ key: string; size: number; bytes: number }> = [];

export async function writeImage(spec: ImageSpec): Promise<CatalogImage> {
  const nonEmpty = spec.history.filter((h) => !h.empty_layer).length;
  if (nonEmpty !== spec.layers.length) throw new Error(`${spec.key}: ${nonEmpty} layer history entries for ${spec.layers.length} layers`);
  const config: ImageConfig = {
    architecture: 'amd64',
    config: spec.config,
    created: spec.history[spec.history.length - 1].created,
    history: spec.history,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: spec.layers.map((l) => l.diffId) },
  };
  const bytes = configToBytes(config);
  const configDigest = 'sha256:' + createHash('sha256').update(bytes).digest('hex');
  const manifest = JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: bytes.length, digest: configDigest },
      layers: spec.layers.map((l) => ({ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: l.blobSize, digest: l.digest })),
    },
    null,
    3,
  );
  const image: CatalogImage = {
    v: 1,
    key: spec.key,
    repository: spec.repository,
    config,
    configDigest,
    configSize: bytes.length,
    manifest,
    manifestDigest: 'sha256:' + createHash('sha256').update(manifest).digest('hex'),
    layers: spec.layers,
  };
  const path = join(OUT, 'images', spec.key + '.json');
  mkdirSync(dirname(path), { recursive: true });
  const text = JSON.stringify(image);
  writeFileSync(path, text);
  const repo = repos.get(spec.repository);
  if (!repo) throw new Error(`repository ${spec.repository} not declared`);
  for (const t of spec.tags) repo.tags[t] = spec.key;
  imageSizes.push({ key: spec.key, size: spec.layers.reduce((n, l) => n + l.size, 0), bytes: text.length });
  return image;
}

export function declareRepository(name: string, description: string, stars: number): void {
  repos.set(name, { name, description, stars, official: true, tags: {} });
}

export function writeIndex(): void {
  const index: CatalogIndex = { v: 1, repositories: [...repos.values()].sort((a, b) => a.name.localeCompare(b.name)) };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 1));
}
