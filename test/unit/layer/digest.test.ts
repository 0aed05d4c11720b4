import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHasher, digestOf, sha256Hex } from '../../../src/engine/digest';
import { chainIds } from '../../../src/engine/image/chain-id';

const nodeSha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('digest', () => {
  it('agrees with node:crypto one-shot and streaming', async () => {
    const data = new Uint8Array(300_000).map((_, i) => (i * 7919) & 0xff);
    expect(await sha256Hex(data)).toBe(nodeSha(data));
    expect(await digestOf(new Uint8Array())).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const h = await createHasher();
    for (let off = 0; off < data.length; off += 4096) h.update(data.subarray(off, off + 4096));
    expect(h.digest()).toBe(nodeSha(data));
  });

  it('keeps concurrent hashers apart', async () => {
    const [a, b] = await Promise.all([createHasher(), createHasher()]);
    a.update(new TextEncoder().encode('one'));
    b.update(new TextEncoder().encode('two'));
    expect([a.digest(), b.digest()]).toEqual([nodeSha('one'), nodeSha('two')]);
    expect(() => a.digest()).toThrow();
  });
});

describe('chainIds', () => {
  it('hashes "prev diffID" strings, first equals its diffID', async () => {
    const d = ['sha256:' + 'a'.repeat(64), 'sha256:' + 'b'.repeat(64), 'sha256:' + 'c'.repeat(64)];
    const c1 = 'sha256:' + nodeSha(`${d[0]} ${d[1]}`);
    const c2 = 'sha256:' + nodeSha(`${c1} ${d[2]}`);
    expect(await chainIds(d)).toEqual([d[0], c1, c2]);
    expect(await chainIds([])).toEqual([]);
  });
});
