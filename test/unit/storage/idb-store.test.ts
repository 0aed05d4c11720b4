import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { IdbStore, MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../../src/storage/idb-store';
import { TABLES } from '../../../src/storage/store';
import { storeContract } from './store-contract';

let n = 0;
const freshName = () => `layerlab-test-${++n}-${Date.now()}`;

storeContract('IdbStore', (options) => IdbStore.open(freshName(), options));

describe('IdbStore schema', () => {
  it('creates every table at SCHEMA_VERSION in a new database', async () => {
    const name = freshName();
    (await IdbStore.open(name)).close();
    const db = await openDB(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...TABLES].sort());
    db.close();
  });

  it('persists across close and reopen', async () => {
    const name = freshName();
    const a = await IdbStore.open(name);
    await a.write([{ op: 'put', table: 'refs', key: 'docker.io/library/ubuntu:latest', value: 'sha256:1' }]);
    a.close();
    const b = await IdbStore.open(name);
    expect(await b.getAll('refs')).toEqual([['docker.io/library/ubuntu:latest', 'sha256:1']]);
    b.close();
  });

  it('upgrades an older database: data survives, missing tables appear, records are transformed', async () => {
    const name = freshName();
    // A version-1 database from an earlier build that had only two tables.
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('meta');
        db.createObjectStore('refs');
      },
    });
    await old.put('meta', { schema: 1 }, 'settings');
    await old.put('refs', 'sha256:aaa', 'docker.io/library/ubuntu:latest');
    await old.put('refs', 'sha256:bbb', 'docker.io/user/app:v1');
    old.close();

    // A future version 2: every table, and refs become records instead of bare IDs.
    const v2: Migration = async (db, tx) => {
      for (const t of TABLES) if (!db.objectStoreNames.contains(t)) db.createObjectStore(t);
      const refs = tx.objectStore('refs');
      for (const key of await refs.getAllKeys()) {
        refs.put({ id: await refs.get(key) }, key);
      }
    };
    const store = await IdbStore.open(name, { migrations: [...MIGRATIONS, v2] });
    expect(await store.get('meta', 'settings')).toEqual({ schema: 1 });
    expect(await store.getAll('refs')).toEqual([
      ['docker.io/library/ubuntu:latest', { id: 'sha256:aaa' }],
      ['docker.io/user/app:v1', { id: 'sha256:bbb' }],
    ]);
    for (const t of TABLES.filter((t) => t !== 'meta' && t !== 'refs')) expect(await store.keys(t)).toEqual([]);
    await store.write([{ op: 'put', table: 'blobs', key: 'b', value: new Uint8Array([1]) }]);
    store.close();

    const db = await openDB(name);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual([...TABLES].sort());
    db.close();
  });

  it('runs only the steps a database has not seen yet', async () => {
    const name = freshName();
    const ran: number[] = [];
    const steps: Migration[] = [(db, tx) => { ran.push(1); return MIGRATIONS[0](db, tx); }, () => { ran.push(2); }];
    (await IdbStore.open(name, { migrations: steps.slice(0, 1) })).close();
    (await IdbStore.open(name, { migrations: steps })).close();
    (await IdbStore.open(name, { migrations: steps })).close();
    expect(ran).toEqual([1, 2]);
  });
});
