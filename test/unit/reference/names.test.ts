import { describe, expect, it } from 'vitest';
import { NAMES_LEFT, NAMES_RIGHT } from '../../../src/engine/names-data';
import { generateName, getRandomName } from '../../../src/engine/names';

/** A random source that plays back draws chosen as list indexes. */
function scripted(...picks: Array<[number, number]>): () => number {
  const values = picks.map(([index, of]) => (index + 0.5) / of);
  return () => {
    const v = values.shift();
    if (v === undefined) throw new Error('random source exhausted');
    return v;
  };
}
/** A small seeded source (a 32-bit LCG), local so the test stands alone. */
function seededRandom(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}
const L = NAMES_LEFT.length;
const R = NAMES_RIGHT.length;

describe('container names', () => {
  it('uses moby\'s word lists in moby\'s order', () => {
    // Sizes and ends of the lists in moby internal/namesgenerator at the commit named in names-data.ts.
    expect([L, R]).toEqual([108, 236]);
    expect([NAMES_LEFT[0], NAMES_LEFT[L - 1], NAMES_RIGHT[0], NAMES_RIGHT[R - 1]]).toEqual(['admiring', 'zen', 'agnesi', 'zhukovsky']);
    expect(new Set([...NAMES_LEFT, ...NAMES_RIGHT]).size).toBe(L + R);
    for (const w of [...NAMES_LEFT, ...NAMES_RIGHT]) expect(w).toMatch(/^[a-z]+$/);
  });

  it('picks adjective then surname by index', () => {
    expect(getRandomName(scripted([0, L], [0, R]))).toBe('admiring_agnesi');
    expect(getRandomName(scripted([L - 1, L], [R - 1, R]))).toBe('zen_zhukovsky');
  });

  it('never produces boring_wozniak: it draws both words again', () => {
    const boring = NAMES_LEFT.indexOf('boring');
    const wozniak = NAMES_RIGHT.indexOf('wozniak');
    expect(boring).toBeGreaterThanOrEqual(0);
    expect(wozniak).toBeGreaterThanOrEqual(0);
    expect(getRandomName(scripted([boring, L], [wozniak, R], [boring, L], [0, R]))).toBe('boring_agnesi');
  });

  it('appends one digit on a retry', () => {
    expect(getRandomName(scripted([0, L], [0, R], [7, 10]), 1)).toBe('admiring_agnesi7');
    expect(getRandomName(scripted([0, L], [1, R], [0, 10]), 5)).toBe('admiring_albattani0');
  });

  it('retries six times skipping taken names, then falls back to the short ID', () => {
    const id = '1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d1a2b';
    const taken = new Set(['admiring_agnesi', 'admiring_agnesi3']);
    expect(generateName(scripted([0, L], [0, R], [0, L], [0, R], [3, 10], [0, L], [0, R], [4, 10]), (n) => taken.has(n), id))
      .toBe('admiring_agnesi4');
    expect(generateName(seededRandom(1), () => true, id)).toBe('1a2b3c4d5e6f');
  });

  it('is deterministic for a seeded source', () => {
    const a = Array.from({ length: 5 }, (_, i) => getRandomName(seededRandom(i)));
    const b = Array.from({ length: 5 }, (_, i) => getRandomName(seededRandom(i)));
    expect(a).toEqual(b);
    for (const n of a) expect(n).toMatch(/^[a-z]+_[a-z]+$/);
  });
});
