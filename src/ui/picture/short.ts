import { units } from '../../cli/format/units';

/** The 12 hex digits Docker shows for IDs and digests. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** Sizes as `docker images` prints them, so the picture and the terminal agree. */
export function size(n: number): string {
  return units.humanSizeWithPrecision(n, 3);
}

/** A history line without the legacy builder's prefix, as a reader wants it. */
export function stepText(createdBy: string): string {
  return createdBy.replace(/^\/bin\/sh -c #\(nop\)\s*/, '').replace(/^\/bin\/sh -c /, 'RUN ').trim();
}
