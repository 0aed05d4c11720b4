import type { ImageConfig } from '../image/image-config';

/**
 * The committed catalog data under public/catalog/ (written by scripts/catalog/generate.ts).
 * index.json lists repositories; images/<key>.json is one image (config, manifest, layer facts);
 * layers/<id>.json is one layer's changeset in the compact line encoding of catalog-layer.ts.
 * Layers two images really share are one file, referenced by id from both manifests.
 */
export interface CatalogIndex {
  v: 1;
  repositories: CatalogRepository[];
}

export interface CatalogRepository {
  /** "ubuntu", "registry" (official images live under library/). */
  name: string;
  description: string;
  stars: number;
  official: boolean;
  /** tag -> image key ("ubuntu/24.04"); several tags may name one image. */
  tags: Record<string, string>;
}

/** What a pull prints and checks without opening the layer data. */
export interface CatalogLayerFacts {
  /** layers/<id>.json */
  id: string;
  /** sha256 of the canonical tar (layerDiffId). */
  diffId: string;
  /** Bytes of file content (LayerStore's size). */
  size: number;
  /** Bytes of the canonical tar. */
  tarSize: number;
  /** sha256 of the gzip blob (gzipBlobFacts: fflate, level 6, mtime 0). */
  digest: string;
  blobSize: number;
}

export interface CatalogImage {
  v: 1;
  key: string;
  repository: string;
  config: ImageConfig;
  /** sha256 of configToBytes(config): the image ID. */
  configDigest: string;
  configSize: number;
  /** The registry manifest (Docker schema 2) exactly as served; its sha256 is manifestDigest. */
  manifest: string;
  manifestDigest: string;
  /** In rootfs order; layers[i].diffId === config.rootfs.diff_ids[i]. */
  layers: CatalogLayerFacts[];
}

export interface CatalogLayerFile {
  v: 1;
  id: string;
  facts: Omit<CatalogLayerFacts, 'id'>;
  /** One mtime for every entry of the layer. */
  mtime: number;
  /** Entries, one per line (format in catalog-layer.ts). */
  lines: string;
  /** Real contents of the "t" entries, by absolute path. */
  texts: Record<string, string>;
}
