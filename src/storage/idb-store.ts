import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { EngineError, errors } from '../engine/errors';
import { entrySize } from './estimate-size';
import { TABLES, type Store, type Table, type WriteOp } from './store';

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** One schema step: migration i takes a database from version i to i + 1. */
export type Migration = (db: Db, tx: UpgradeTx) => void | Promise<void>;

/**
 * The schema history, oldest first; never edit a released step, append a new one. A step may
 * create or delete object stores, and transform records through `tx` (await its requests).
 */
export const MIGRATIONS: readonly Migration[] = [
  // 0 -> 1: one object store per table, out-of-line string keys.
  (db) => {
    for (const t of TABLES) if (!db.objectStoreNames.contains(t)) db.createObjectStore(t);
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface IdbStoreOptions {
  /** Simulated quota in bytes (estimateSize), so tests can drive the "storage full" path. */
  quotaBytes?: number;
  /** The schema history to open with; tests pass MIGRATIONS plus a future step. */
  migrations?: readonly Migration[];
}

function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; code?: number } | null;
  return err?.name === 'QuotaExceededError' || err?.code === 22;
}

function toEngineError(e: unknown): EngineError {
  if (e instanceof EngineError) return e;
  if (isQuotaError(e)) return errors.storageFull();
  const err = e as { name?: string; message?: string } | null;
  return errors.storage(err?.name ? `${err.name}: ${err.message ?? ''}`.trim() : String(e));
}

function assertTable(table: string): void {
  if (!(TABLES as readonly string[]).includes(table)) throw errors.storage(`unknown table "${table}"`);
}

/** The page's Store, and the only IndexedDB code in the project. */
export class IdbStore implements Store {
  private used: number | undefined;

  private constructor(private readonly db: Db, private readonly quota: number | undefined) {}

  static async open(dbName: string, options: IdbStoreOptions = {}): Promise<IdbStore> {
    const migrations = options.migrations ?? MIGRATIONS;
    let db: Db;
    try {
      db = await openDB(dbName, migrations.length, {
        async upgrade(database, oldVersion, newVersion, tx) {
          const target = newVersion ?? migrations.length;
          for (let v = oldVersion; v < target; v++) await migrations[v](database, tx);
        },
      });
    } catch (e) {
      throw toEngineError(e);
    }
    const store = new IdbStore(db, options.quotaBytes);
    if (store.quota !== undefined) store.used = await store.measure();
    return store;
  }

  private async measure(): Promise<number> {
    let n = 0;
    for (const t of TABLES) for (const [k, v] of await this.getAll(t)) n += entrySize(k, v);
    return n;
  }

  async get<T = unknown>(table: Table, key: string): Promise<T | undefined> {
    assertTable(table);
    try {
      return (await this.db.get(table, key)) as T | undefined;
    } catch (e) {
      throw toEngineError(e);
    }
  }

  async getAll<T = unknown>(table: Table): Promise<Array<[string, T]>> {
    assertTable(table);
    try {
      const tx = this.db.transaction(table, 'readonly');
      const store = tx.objectStore(table);
      const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll(), tx.done]);
      return keys.map((k, i) => [String(k), values[i] as T]);
    } catch (e) {
      throw toEngineError(e);
    }
  }

  async keys(table: Table): Promise<string[]> {
    assertTable(table);
    try {
      return (await this.db.getAllKeys(table)).map(String);
    } catch (e) {
      throw toEngineError(e);
    }
  }

  async write(batch: readonly WriteOp[]): Promise<void> {
    if (batch.length === 0) return;
    for (const op of batch) assertTable(op.table);
    const tables = [...new Set(batch.map((op) => op.table))];
    let tx: IDBPTransaction<unknown, Table[], 'readwrite'>;
    try {
      tx = this.db.transaction(tables, 'readwrite');
    } catch (e) {
      throw toEngineError(e);
    }
    // Swallow tx.done's rejection here; the failure is reported once, below.
    const done = tx.done.then(() => undefined, (e: unknown) => e ?? tx.error);
    try {
      const used = this.quota === undefined ? undefined : await this.sizeAfter(tx, batch);
      if (used !== undefined && used > this.quota!) {
        throw new DOMException('simulated quota exceeded', 'QuotaExceededError');
      }
      // Requests run in order inside the one transaction; awaiting each keeps a failure
      // (e.g. DataCloneError) from leaving earlier requests to auto-commit.
      for (const op of batch) {
        const store = tx.objectStore(op.table);
        if (op.op === 'put') await store.put(op.value, op.key);
        else await store.delete(op.key);
      }
      const failure = await done;
      if (failure !== undefined) throw failure;
      if (used !== undefined) this.used = used;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      const txError = await done;
      // An abort caused by the browser carries the real cause (QuotaExceededError) on the tx.
      throw toEngineError(isQuotaError(txError) ? txError : e);
    }
  }

  /** Usage after the batch: current usage minus replaced records plus new ones. */
  private async sizeAfter(tx: IDBPTransaction<unknown, Table[], 'readwrite'>, batch: readonly WriteOp[]): Promise<number> {
    let used = this.used ?? 0;
    const seen = new Map<string, number>();
    for (const op of batch) {
      const id = `${op.table}\u0000${op.key}`;
      let before = seen.get(id);
      if (before === undefined) {
        const old = await tx.objectStore(op.table).get(op.key);
        before = old === undefined ? 0 : entrySize(op.key, old);
      }
      const after = op.op === 'put' ? entrySize(op.key, op.value) : 0;
      used += after - before;
      seen.set(id, after);
    }
    return used;
  }

  async clear(): Promise<void> {
    try {
      const tx = this.db.transaction([...TABLES], 'readwrite');
      await Promise.all([...TABLES.map((t) => tx.objectStore(t).clear()), tx.done]);
      if (this.quota !== undefined) this.used = 0;
    } catch (e) {
      throw toEngineError(e);
    }
  }

  close(): void {
    this.db.close();
  }
}
