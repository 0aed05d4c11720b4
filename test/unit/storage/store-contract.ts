/**
 * The Store contract (src/storage/store.ts), run against every implementation. Free of
 * Node-only APIs so it can also run in a real browser.
 */
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors';
import { TABLES, type Store, type Table, type WriteOp } from '../../../src/storage/store';

export type MakeStore = (options?: { quotaBytes?: number }) => Promise<Store>;

async function failure(p: Promise<unknown>): Promise<EngineError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error('expected the operation to fail');
}

async function dump(store: Store): Promise<Record<string, Array<[string, unknown]>>> {
  const out: Record<string, Array<[string, unknown]>> = {};
  for (const t of TABLES) {
    const rows = await store.getAll(t);
    if (rows.length) out[t] = rows;
  }
  return out;
}

const put = (table: Table, key: string, value: unknown): WriteOp => ({ op: 'put', table, key, value });
const del = (table: Table, key: string): WriteOp => ({ op: 'delete', table, key });

export function storeContract(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    it('puts, gets, lists and deletes', async () => {
      const s = await makeStore();
      expect(await s.get('images', 'a')).toBeUndefined();
      await s.write([put('images', 'b', { n: 2 }), put('images', 'a', { n: 1 }), put('refs', 'x', 'sha256:1')]);
      expect(await s.get('images', 'a')).toEqual({ n: 1 });
      expect(await s.keys('images')).toEqual(['a', 'b']);
      expect(await s.getAll('images')).toEqual([['a', { n: 1 }], ['b', { n: 2 }]]);
      await s.write([put('images', 'a', { n: 3 }), del('images', 'b'), del('images', 'missing')]);
      expect(await dump(s)).toEqual({ images: [['a', { n: 3 }]], refs: [['x', 'sha256:1']] });
      for (const t of TABLES) expect(Array.isArray(await s.keys(t))).toBe(true);
      s.close();
    });

    it('returns keys and records in key order', async () => {
      const s = await makeStore();
      await s.write(['b', 'a10', 'a2', 'B', '_'].map((k) => put('meta', k, k)));
      expect(await s.keys('meta')).toEqual(['B', '_', 'a10', 'a2', 'b']);
      expect((await s.getAll('meta')).map(([k]) => k)).toEqual(['B', '_', 'a10', 'a2', 'b']);
      s.close();
    });

    it('applies a batch in order: the last op on a key wins', async () => {
      const s = await makeStore();
      await s.write([put('host', 'k', 1), del('host', 'k'), put('host', 'k', 2), put('host', 'j', 1), del('host', 'j')]);
      expect(await s.getAll('host')).toEqual([['k', 2]]);
      s.close();
    });

    it('isolates stored values from the caller (clone in, clone out)', async () => {
      const s = await makeStore();
      const value = { list: [1, 2], nested: { a: 'x' } };
      await s.write([put('containers', 'c', value)]);
      value.list.push(3);
      value.nested.a = 'changed';
      const got = await s.get<typeof value>('containers', 'c');
      expect(got).toEqual({ list: [1, 2], nested: { a: 'x' } });
      got!.list.push(99);
      const [[, again]] = await s.getAll<typeof value>('containers');
      again.nested.a = 'changed too';
      expect(await s.get('containers', 'c')).toEqual({ list: [1, 2], nested: { a: 'x' } });
      s.close();
    });

    it('round-trips Uint8Array content byte for byte', async () => {
      const s = await makeStore();
      const bytes = new Uint8Array(300).map((_, i) => (i * 7) & 255);
      await s.write([put('blobs', 'sha256:b', bytes), put('layerData', 'l', { content: { kind: 'bytes', bytes } })]);
      bytes[0] = 255;
      const got = await s.get<Uint8Array>('blobs', 'sha256:b');
      expect(got).toBeInstanceOf(Uint8Array);
      expect(Array.from(got!)).toEqual(Array.from(new Uint8Array(300).map((_, i) => (i * 7) & 255)));
      const rec = await s.get<{ content: { bytes: Uint8Array } }>('layerData', 'l');
      expect(rec!.content.bytes).toBeInstanceOf(Uint8Array);
      expect(rec!.content.bytes[1]).toBe(7);
      s.close();
    });

    it('writes nothing from a batch whose later op names an unknown table', async () => {
      const s = await makeStore();
      await s.write([put('refs', 'keep', 'v1')]);
      const err = await failure(s.write([put('refs', 'keep', 'v2'), put('images', 'new', 1), put('nosuch' as Table, 'k', 1)]));
      expect(err.code).toBe('storage');
      expect(await dump(s)).toEqual({ refs: [['keep', 'v1']] });
      s.close();
    });

    it('writes nothing from a batch whose later value cannot be cloned', async () => {
      const s = await makeStore();
      await s.write([put('refs', 'keep', 'v1')]);
      const err = await failure(
        s.write([put('refs', 'keep', 'v2'), del('refs', 'keep'), put('images', 'new', 1), put('images', 'fn', { f: () => 1 })]),
      );
      expect(err.code).toBe('storage');
      expect(err.message).toMatch(/^storage error: /);
      expect(await dump(s)).toEqual({ refs: [['keep', 'v1']] });
      s.close();
    });

    it('throws storageFull over the quota, keeps what was stored, and frees space on delete', async () => {
      const s = await makeStore({ quotaBytes: 1000 });
      const kb = (n: number) => new Uint8Array(n);
      await s.write([put('blobs', 'a', kb(400)), put('meta', 'm', 'settings')]);
      const full = await failure(s.write([put('refs', 'r', 'x'), put('blobs', 'b', kb(600))]));
      expect(full.code).toBe('storageFull');
      expect(full.message).toBe(
        'write failed: the browser storage for this sandbox is full (nothing was changed). Free space with "docker system prune" or reset the sandbox.',
      );
      expect(await s.keys('blobs')).toEqual(['a']);
      expect(await s.keys('refs')).toEqual([]);
      expect((await s.get<Uint8Array>('blobs', 'a'))!.length).toBe(400);
      // Replacing a record counts its new size, not both.
      await s.write([put('blobs', 'a', kb(500))]);
      // Deleting in the same batch makes room.
      await s.write([del('blobs', 'a'), put('blobs', 'b', kb(900))]);
      expect(await s.keys('blobs')).toEqual(['b']);
      expect((await failure(s.write([put('blobs', 'c', kb(200))]))).code).toBe('storageFull');
      await s.clear();
      await s.write([put('blobs', 'c', kb(900))]);
      expect(await s.keys('blobs')).toEqual(['c']);
      s.close();
    });

    it('clear empties every table', async () => {
      const s = await makeStore();
      await s.write(TABLES.map((t) => put(t, 'k', t)));
      expect(Object.keys(await dump(s))).toEqual([...TABLES]);
      await s.clear();
      expect(await dump(s)).toEqual({});
      await s.write([put('meta', 'after', 1)]);
      expect(await dump(s)).toEqual({ meta: [['after', 1]] });
      s.close();
    });

    it('accepts an empty batch', async () => {
      const s = await makeStore();
      await s.write([]);
      expect(await dump(s)).toEqual({});
      s.close();
    });
  });
}
