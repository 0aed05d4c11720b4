/**
 * Short IDs and ID prefixes, as moby's stringid and its ID-prefix lookups treat them.
 * IDs may be bare 64-hex or "sha256:"-prefixed; both forms are accepted everywhere here.
 */
import { errors } from './errors';

const SHORT_LEN = 12;

function stripAlgorithm(id: string): string {
  // stringid.TruncateID cuts at the first ':' whatever the algorithm.
  const i = id.indexOf(':');
  return i >= 0 ? id.slice(i + 1) : id;
}

/** 'sha256:3f57d9401f8d...' -> '3f57d9401f8d' (stringid.TruncateID). */
export function truncateId(id: string): string {
  return stripAlgorithm(id).slice(0, SHORT_LEN);
}

/**
 * The one ID in `ids` that `prefix` names, or undefined. An exact full ID wins; a prefix
 * shared by several IDs throws errors.ambiguousPrefix (moby's "multiple IDs found with
 * provided prefix"); an empty prefix or one that is not lowercase hex matches nothing.
 * Returns the ID exactly as it appears in `ids`.
 */
export function resolvePrefix(ids: Iterable<string>, prefix: string): string | undefined {
  const want = prefix.startsWith('sha256:') ? prefix.slice(7) : prefix;
  if (want === '' || !/^[0-9a-f]+$/.test(want)) return undefined;
  let found: string | undefined;
  let ambiguous = false;
  for (const id of ids) {
    const hex = stripAlgorithm(id);
    if (hex === want) return id;
    if (hex.startsWith(want)) {
      if (found !== undefined && found !== id) ambiguous = true;
      found = id;
    }
  }
  if (ambiguous) throw errors.ambiguousPrefix(prefix);
  return found;
}

/** 32 random bytes as 64 lowercase hex (stringid.GenerateRandomID), from an injected source. */
export function randomHexId(rand: () => number): string {
  let out = '';
  for (let i = 0; i < 32; i++) {
    const byte = Math.min(255, Math.floor(rand() * 256));
    out += byte.toString(16).padStart(2, '0');
  }
  return out;
}
