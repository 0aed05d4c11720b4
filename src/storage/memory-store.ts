import { errors } from '../engine/errors';
import { entrySize } from './estimate-size';
import { TABLES, type Store, type Table, type WriteOp } from './store';

export interface MemoryStoreOptions {
  /** Simulated storage quota in bytes (estimateSize), to exercise the "disk full" path. */
  quotaBytes?: number;
}

function assertTable(table: string): void {
  if (!(TABLES as readonly string[]).includes(table)) throw errors.storage(`unknown table "${table}"`);
}

function cloneForStore(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch (e) {
    throw errors.storage(`value could not be stored (${e instanceof Error ? e.message : String(e)})`);
  }
}

/**
 * The Store for Node, tests and the REPL. Values are structured-cloned in and out, as
 * IndexedDB does, so a caller can never mutate stored state through a reference it holds.
 */
export class MemoryStore implements Store {
  private readonly tables = new Map<Table, Map<string, unknown>>(TABLES.map((t) => [t, new Map()]));
  private readonly quota: number | undefined;
  private used = 0;

  constructor(options: MemoryStoreOptions = {}) {
    this.quota = options.quotaBytes;
  }

  private table(table: Table): Map<string, unknown> {
    assertTable(table);
    return this.tables.get(table)!;
  }

  async get<T = unknown>(table: Table, key: string): Promise<T | undefined> {
    const t = this.table(table);
    return t.has(key) ? (structuredClone(t.get(key)) as T) : undefined;
  }

  async getAll<T = unknown>(table: Table): Promise<Array<[string, T]>> {
    const t = this.table(table);
    // IndexedDB hands records back in key order; so do we.
    return [...t.keys()].sort(compareKeys).map((k) => [k, structuredClone(t.get(k)) as T]);
  }

  async keys(table: Table): Promise<string[]> {
    return [...this.table(table).keys()].sort(compareKeys);
  }

  async write(batch: readonly WriteOp[]): Promise<void> {
    // Stage everything first (validation, clones, sizes); touch the tables only once nothing can fail.
    const staged = new Map<Table, Map<string, { value: unknown; deleted: boolean }>>();
    let used = this.used;
    for (const op of batch) {
      const table = this.table(op.table);
      let pending = staged.get(op.table);
      if (!pending) staged.set(op.table, (pending = new Map()));
      const before = pending.get(op.key) ?? (table.has(op.key) ? { value: table.get(op.key), deleted: false } : undefined);
      if (before && !before.deleted) used -= entrySize(op.key, before.value);
      if (op.op === 'put') {
        const value = cloneForStore(op.value);
        used += entrySize(op.key, value);
        pending.set(op.key, { value, deleted: false });
      } else {
        pending.set(op.key, { value: undefined, deleted: true });
      }
    }
    if (this.quota !== undefined && used > this.quota) throw errors.storageFull();
    for (const [name, pending] of staged) {
      const table = this.tables.get(name)!;
      for (const [key, { value, deleted }] of pending) {
        if (deleted) table.delete(key);
        else table.set(key, value);
      }
    }
    this.used = used;
  }

  async clear(): Promise<void> {
    for (const t of this.tables.values()) t.clear();
    this.used = 0;
  }

  close(): void {}
}

/** IndexedDB orders string keys by UTF-16 code units, which is what < does. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
