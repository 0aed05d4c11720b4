/** Which bands of the picture are drawn, and the room the undrawn ones above and below take. */
export interface StackWindowRange {
  first: number;
  last: number;
  before: number;
  after: number;
}

const GAP = 10;
const OVERSCAN = 2;
/** A band not drawn yet is guessed at a base block, one layer and its tags. */
const ESTIMATE = 96;

/**
 * Bands are variable-height (a stack of 12 layers is taller than one of 2), so heights come
 * from the bands already drawn and the average of those for the rest.
 */
export function stackWindow(keys: readonly string[], measured: ReadonlyMap<string, number>, scrollTop: number, viewport: number): StackWindowRange {
  let sum = 0;
  let n = 0;
  for (const k of keys) {
    const h = measured.get(k);
    if (h !== undefined) {
      sum += h;
      n++;
    }
  }
  const guess = n ? sum / n : ESTIMATE;
  const heights = keys.map((k) => (measured.get(k) ?? guess) + GAP);
  let y = 0;
  let first = 0;
  while (first < keys.length && y + heights[first] <= scrollTop) y += heights[first++];
  let before = y;
  let last = first;
  while (last < keys.length && y < scrollTop + viewport) y += heights[last++];
  for (let i = 0; i < OVERSCAN && first > 0; i++) before -= heights[--first];
  for (let i = 0; i < OVERSCAN && last < keys.length; i++) y += heights[last++];
  let after = 0;
  for (let i = last; i < keys.length; i++) after += heights[i];
  return { first, last, before: Math.max(0, before), after };
}
