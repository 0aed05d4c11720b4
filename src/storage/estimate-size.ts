/**
 * A rough byte count for a stored value, so both stores can enforce the same simulated quota.
 * Binary data counts its bytes, strings their length; numbers and booleans a word each.
 * It only has to be consistent, not exact: the real limit is the browser's.
 */
export function estimateSize(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number' || typeof value === 'bigint') return 8;
  if (typeof value === 'boolean') return 4;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + estimateSize(v), 0);
  if (value instanceof Map) {
    let n = 0;
    for (const [k, v] of value) n += estimateSize(k) + estimateSize(v);
    return n;
  }
  if (value instanceof Set) {
    let n = 0;
    for (const v of value) n += estimateSize(v);
    return n;
  }
  if (typeof value === 'object') {
    let n = 0;
    for (const [k, v] of Object.entries(value)) n += k.length + estimateSize(v);
    return n;
  }
  return 0;
}

/** What one stored record costs against the quota: its key plus its value. */
export function entrySize(key: string, value: unknown): number {
  return key.length + estimateSize(value);
}
