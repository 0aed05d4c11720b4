import type { Changeset } from '../layer/entry';
import { contentSize } from '../layer/entry';
import { layerDiffId } from '../layer/layer-tar';
import { decodeChangeset, encodeChangeset, type EncodedChangeset } from '../layer/changeset-codec';
import { UnionView } from '../fs/union-view';
import type { Store, WriteOp } from '../../storage/store';

/** What the engine keeps about a layer besides its entries. */
export interface LayerRecord {
  diffId: string;
  /** Bytes of file content the layer adds: what `docker history` and image sizes count. */
  size: number;
  /** Bytes of the canonical tar (its diffID's input). */
  tarSize: number;
  entries: number;
}

export interface PreparedLayer {
  record: LayerRecord;
  changeset: Changeset;
}

/**
 * Content-addressed layers: stored once by diffID and shared by every image that lists them
 * (never copied). Changesets are loaded lazily and cached, and union views are cached per stack
 * so opening a container does not rebuild the merge index.
 */
export class LayerStore {
  #records = new Map<string, LayerRecord>();
  #changesets = new Map<string, Changeset>();
  #views = new Map<string, UnionView>();

  constructor(private readonly store: Store) {}

  async load(): Promise<void> {
    this.#records.clear();
    this.#changesets.clear();
    this.#views.clear();
    for (const [k, v] of await this.store.getAll<LayerRecord>('layers')) this.#records.set(k, v);
  }

  has(diffId: string): boolean {
    return this.#records.has(diffId);
  }

  get(diffId: string): LayerRecord | undefined {
    return this.#records.get(diffId);
  }

  all(): LayerRecord[] {
    return [...this.#records.values()];
  }

  /** Hashes a changeset's canonical tar without storing anything. */
  static async prepare(changeset: Changeset): Promise<PreparedLayer> {
    const { diffId, size: tarSize } = await layerDiffId(changeset);
    return LayerStore.known(changeset, diffId, tarSize);
  }

  /**
   * A changeset whose diffID and tar size are already known from a trusted record (a catalog
   * layer, whose facts the catalog tests check against layerDiffId, or a layer the in-sandbox
   * hub got from this engine): hashing it again would cost a full tar pass for the same answer.
   */
  static known(changeset: Changeset, diffId: string, tarSize: number): PreparedLayer {
    let size = 0;
    for (const e of changeset) if (e.type === 'file') size += contentSize(e.content);
    return { record: { diffId, size, tarSize, entries: changeset.length }, changeset };
  }

  /** The writes that store a prepared layer (none if it is already stored). */
  putOps(layer: PreparedLayer): WriteOp[] {
    if (this.#records.has(layer.record.diffId)) return [];
    return [
      { op: 'put', table: 'layers', key: layer.record.diffId, value: layer.record },
      { op: 'put', table: 'layerData', key: layer.record.diffId, value: encodeChangeset(layer.changeset) },
    ];
  }

  deleteOps(diffId: string): WriteOp[] {
    return [
      { op: 'delete', table: 'layers', key: diffId },
      { op: 'delete', table: 'layerData', key: diffId },
    ];
  }

  /** Applies a committed batch to the in-memory state. */
  added(layer: PreparedLayer): void {
    this.#records.set(layer.record.diffId, layer.record);
    this.#changesets.set(layer.record.diffId, layer.changeset);
  }

  removed(diffId: string): void {
    this.#records.delete(diffId);
    this.#changesets.delete(diffId);
    for (const key of [...this.#views.keys()]) if (key.includes(diffId)) this.#views.delete(key);
  }

  async changeset(diffId: string): Promise<Changeset> {
    const cached = this.#changesets.get(diffId);
    if (cached) return cached;
    const raw = await this.store.get<EncodedChangeset>('layerData', diffId);
    if (raw === undefined) throw new Error(`layer ${diffId} has no data`);
    const cs = decodeChangeset(raw);
    this.#changesets.set(diffId, cs);
    return cs;
  }

  async view(diffIds: readonly string[]): Promise<UnionView> {
    const key = diffIds.join(',');
    const cached = this.#views.get(key);
    if (cached) return cached;
    const view = new UnionView(await Promise.all(diffIds.map((d) => this.changeset(d))));
    this.#views.set(key, view);
    return view;
  }
}
