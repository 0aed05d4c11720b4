import type { Store, WriteOp } from '../../storage/store';

/**
 * Tags: fully normalized reference strings ("docker.io/library/ubuntu:latest") -> image ID.
 * Kept apart from images so untagging never touches image bytes.
 */
export class ReferenceStore {
  #refs = new Map<string, string>();

  constructor(private readonly store: Store) {}

  async load(): Promise<void> {
    this.#refs.clear();
    for (const [k, v] of await this.store.getAll<string>('refs')) this.#refs.set(k, v);
  }

  get(ref: string): string | undefined {
    return this.#refs.get(ref);
  }

  /** References to an image, in insertion order (Docker lists RepoTags that way). */
  refsOf(imageId: string): string[] {
    return [...this.#refs].filter(([, id]) => id === imageId).map(([r]) => r);
  }

  entries(): Array<[string, string]> {
    return [...this.#refs];
  }

  putOps(ref: string, imageId: string): WriteOp[] {
    return [{ op: 'put', table: 'refs', key: ref, value: imageId }];
  }

  deleteOps(ref: string): WriteOp[] {
    return [{ op: 'delete', table: 'refs', key: ref }];
  }

  set(ref: string, imageId: string): void {
    this.#refs.delete(ref); // re-tagging moves the tag to the end, as a fresh tag
    this.#refs.set(ref, imageId);
  }

  delete(ref: string): void {
    this.#refs.delete(ref);
  }
}
