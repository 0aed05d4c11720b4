import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors';
import { randomHexId, resolvePrefix, truncateId } from '../../../src/engine/short-id';

const A = 'sha256:3f57d9401f8d42f986df300f0c69192fc41da28ccc8d797829467780db3dd741';
const B = 'sha256:3f57aa01f8d42f986df300f0c69192fc41da28ccc8d797829467780db3dd7412';
const C = 'sha256:c0ffee0000000000000000000000000000000000000000000000000000000000';

describe('truncateId', () => {
  it('drops the algorithm and keeps 12 hex', () => {
    expect([truncateId(A), truncateId(A.slice(7)), truncateId('abc'), truncateId('sha512:0123456789abcdef')])
      .toEqual(['3f57d9401f8d', '3f57d9401f8d', 'abc', '0123456789ab']);
  });
});

describe('resolvePrefix', () => {
  const ids = [A, B, C];
  it('finds the unique match, bare or sha256:-prefixed, and returns the stored form', () => {
    expect(resolvePrefix(ids, '3f57d')).toBe(A);
    expect(resolvePrefix(ids, 'sha256:3f57a')).toBe(B);
    expect(resolvePrefix(ids, 'c')).toBe(C);
    expect(resolvePrefix(ids.map((i) => i.slice(7)), 'c0ff')).toBe(C.slice(7));
  });
  it('matches nothing for an empty, unknown or non-hex prefix', () => {
    expect([resolvePrefix(ids, ''), resolvePrefix(ids, 'sha256:'), resolvePrefix(ids, 'dead'), resolvePrefix(ids, '3F57D'), resolvePrefix([], '3')])
      .toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
  it('rejects a prefix shared by several IDs with moby\'s message, naming what was typed', () => {
    let err: unknown;
    try { resolvePrefix(ids, '3f57'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).code).toBe('ambiguousPrefix');
    expect((err as EngineError).message).toBe('multiple IDs found with provided prefix: 3f57');
  });
  it('lets an exact full ID win even when listed twice or as a prefix of nothing else', () => {
    expect(resolvePrefix([A, A, B], A)).toBe(A);
    expect(resolvePrefix([B, A], A.slice(7))).toBe(A);
    expect(resolvePrefix([A, A], '3f5')).toBe(A);
  });
});

describe('randomHexId', () => {
  it('turns 32 draws into 64 lowercase hex, byte by byte', () => {
    const draws = [0, 0.999999, 0.5, 1 / 256, ...Array<number>(28).fill(0.25)];
    let i = 0;
    const id = randomHexId(() => draws[i++]);
    expect(i).toBe(32);
    expect(id).toBe(`00ff8001${'40'.repeat(28)}`);
  });
  it('never leaves the hex range even for a source returning 1', () => {
    expect(randomHexId(() => 1)).toBe('ff'.repeat(32));
  });
});
