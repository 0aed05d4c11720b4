/**
 * The only persistence abstraction (DESIGN.md "storage/"). Two implementations: MemoryStore
 * (Node, tests, the REPL) and IdbStore (the page). Both pass test/unit/storage/store-contract.
 *
 * Reads are single-key or whole-table. Every write is ONE atomic batch: either all of its
 * puts and deletes are stored or none (a reload mid-write, a full disk). The engine computes
 * everything first (hashing, serializing) and then hands the finished batch over, because an
 * IndexedDB transaction cannot stay open across unrelated awaits.
 * Values must be structured-cloneable (plain objects, arrays, strings, numbers, Uint8Array).
 */
export const TABLES = [
  'meta', // schema version, sandbox settings
  'layers', // diffID -> LayerRecord (metadata)
  'layerData', // diffID -> serialized changeset
  'images', // image ID (sha256:hex) -> ImageRecord (config bytes, parent, ...)
  'refs', // normalized reference ("docker.io/library/ubuntu:latest") -> image ID
  'containers', // container ID -> ContainerRecord (metadata)
  'containerData', // container ID -> its upper changeset
  'host', // host filesystem, shell history, and other host-side state
  'blobs', // digest -> bytes (compressed layers, manifests) for registries and save/load
  'registry', // built-in hub and sandbox registries
] as const;

export type Table = (typeof TABLES)[number];

export type WriteOp =
  | { op: 'put'; table: Table; key: string; value: unknown }
  | { op: 'delete'; table: Table; key: string };

export interface Store {
  get<T = unknown>(table: Table, key: string): Promise<T | undefined>;
  getAll<T = unknown>(table: Table): Promise<Array<[string, T]>>;
  keys(table: Table): Promise<string[]>;
  /** Atomic. Throws EngineError storageFull (nothing written) when the quota is exceeded. */
  write(batch: readonly WriteOp[]): Promise<void>;
  /** Empties every table (the "Reset sandbox" action). */
  clear(): Promise<void>;
  close(): void;
}
