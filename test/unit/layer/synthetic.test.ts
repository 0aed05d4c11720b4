import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { syntheticBytes, syntheticChunks, syntheticRange } from '../../../src/engine/layer/synthetic';
import { executableContent, executableHeader, programOf } from '../../../src/engine/layer/executable';

const concat = (chunks: Uint8Array[]) => Buffer.concat(chunks.map((c) => Buffer.from(c)));

describe('synthetic content', () => {
  const spec = { size: 200_003, seed: 'libc.so.6' };

  it('is deterministic, exact size, and chunking does not change the bytes', () => {
    const all = syntheticBytes(spec);
    expect(all.length).toBe(200_003);
    expect(Buffer.from(syntheticBytes(spec)).equals(Buffer.from(all))).toBe(true);
    const chunks = [...syntheticChunks(spec, 1000)];
    expect(chunks.every((c) => c.length <= 1000)).toBe(true);
    expect(concat(chunks).equals(Buffer.from(all))).toBe(true);
    expect(concat([...syntheticChunks(spec)]).equals(Buffer.from(all))).toBe(true);
    for (const [s, e] of [[0, 1], [1, 7], [3, 4099], [199_999, 200_003], [5, 5]]) {
      expect(Buffer.from(syntheticRange(spec, s, e)).equals(Buffer.from(all.subarray(s, e)))).toBe(true);
    }
  });

  it('pins the generator: these bytes are part of layer digests', () => {
    // recorded from this generator; a change here changes every synthetic layer's diffID
    expect(createHash('sha256').update(syntheticBytes(spec)).digest('hex')).toMatchInlineSnapshot(`"e4518b3a84a95e85803d4b2037d48a05490fc72668b66a408191eff4ac77febd"`);
    expect(Buffer.from(syntheticRange({ size: 16, seed: 'x' }, 0, 16)).toString('hex')).toMatchInlineSnapshot(`"b5f6a1e649089398a1f485e5f3171375"`);
  });

  it('differs by seed and looks binary', () => {
    const a = syntheticBytes({ size: 4096, seed: 'a' });
    const b = syntheticBytes({ size: 4096, seed: 'b' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(new Set(a).size).toBeGreaterThan(200);
  });

  it('starts executables with their program header', () => {
    const c = executableContent('ls', 138_208);
    if (c.kind !== 'synthetic') throw new Error('expected synthetic');
    const bytes = syntheticBytes(c);
    expect(bytes.length).toBe(138_208);
    expect(programOf(bytes.subarray(0, 128))).toBe('ls');
    expect(programOf(syntheticRange(c, 0, 128))).toBe('ls');
    const header = executableHeader('ls');
    expect(Buffer.from(bytes.subarray(0, header.length)).equals(Buffer.from(header))).toBe(true);
    expect(programOf(syntheticBytes({ size: 128, seed: 'ls' }))).toBeUndefined();
  });
});
