import type { ImageConfig } from '../image/image-config';
import { configFromBytes } from '../image/config-json';
import type { Store, WriteOp } from '../../storage/store';

export interface ImageRecord {
  /** "sha256:<hex>" = sha256 of `configBytes`. */
  id: string;
  /** The exact bytes hashed into the ID; never re-serialized. */
  configBytes: Uint8Array;
  /** Local parent image (docker commit, the legacy builder); "" when none. */
  parent: string;
  /** Digests of the image as pulled from or pushed to registries ("docker.io/library/ubuntu@sha256:..."). */
  repoDigests: string[];
  /** When this engine stored the image (Metadata.LastTagTime is separate). */
  stored: string;
}

export interface Image extends ImageRecord {
  config: ImageConfig;
}

/** Images by ID, with parent/child links for Docker's delete rules. */
export class ImageStore {
  #images = new Map<string, Image>();

  constructor(private readonly store: Store) {}

  async load(): Promise<void> {
    this.#images.clear();
    for (const [, rec] of await this.store.getAll<ImageRecord>('images')) this.#images.set(rec.id, hydrate(rec));
  }

  get(id: string): Image | undefined {
    return this.#images.get(id);
  }

  ids(): string[] {
    return [...this.#images.keys()];
  }

  all(): Image[] {
    return [...this.#images.values()];
  }

  children(id: string): Image[] {
    return this.all().filter((i) => i.parent === id);
  }

  putOps(rec: ImageRecord): WriteOp[] {
    return [{ op: 'put', table: 'images', key: rec.id, value: strip(rec) }];
  }

  deleteOps(id: string): WriteOp[] {
    return [{ op: 'delete', table: 'images', key: id }];
  }

  added(rec: ImageRecord): Image {
    const img = hydrate(rec);
    this.#images.set(rec.id, img);
    return img;
  }

  removed(id: string): void {
    this.#images.delete(id);
  }
}

function hydrate(rec: ImageRecord): Image {
  return { ...strip(rec), config: configFromBytes(rec.configBytes) };
}

function strip(rec: ImageRecord): ImageRecord {
  return { id: rec.id, configBytes: rec.configBytes, parent: rec.parent, repoDigests: [...rec.repoDigests], stored: rec.stored };
}
