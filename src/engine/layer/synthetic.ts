import { EXE_SEED_PREFIX, executableHeader } from './executable';

/**
 * Deterministic bytes for synthetic content ({kind:'synthetic', size, seed}, entry.ts).
 * Counter-based: 32-bit word i is a mix of (seedHash, i), so any range can be produced without
 * generating what comes before it, and Node and browsers agree bit for bit (only Math.imul and
 * 32-bit integer ops). Words are laid out little-endian whatever the host's byte order.
 * A seed "exe:<program>" starts with executableHeader(program) (executable.ts); the header
 * overwrites the first bytes of the stream, the total length stays `size`.
 */
export const SYNTHETIC_CHUNK = 64 * 1024;

export interface SyntheticSpec {
  size: number;
  seed: string;
}

const encoder = new TextEncoder();

/** FNV-1a over the UTF-8 bytes, finished with a murmur3 mix so similar seeds diverge. */
function seedHash(seed: string): number {
  let h = 0x811c9dc5;
  for (const b of encoder.encode(seed)) h = Math.imul(h ^ b, 0x01000193);
  return mix(h);
}

function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Fills `out` with stream bytes [start, start + out.length), header not applied. */
function fillStream(hash: number, start: number, out: Uint8Array): void {
  let pos = 0;
  // unaligned head: byte by byte until start is word aligned
  while (pos < out.length && (start + pos) % 4 !== 0) {
    const i = start + pos;
    out[pos++] = (wordAt(hash, Math.floor(i / 4)) >>> ((i % 4) * 8)) & 0xff;
  }
  let word = (start + pos) / 4;
  const whole = Math.floor((out.length - pos) / 4);
  if (LITTLE_ENDIAN && (out.byteOffset + pos) % 4 === 0) {
    const w = new Uint32Array(out.buffer, out.byteOffset + pos, whole);
    for (let k = 0; k < whole; k++) w[k] = wordAt(hash, word + k);
    pos += whole * 4;
    word += whole;
  } else {
    for (let k = 0; k < whole; k++, word++) {
      const v = wordAt(hash, word);
      out[pos++] = v & 0xff;
      out[pos++] = (v >>> 8) & 0xff;
      out[pos++] = (v >>> 16) & 0xff;
      out[pos++] = v >>> 24;
    }
  }
  for (let b = 0; pos < out.length; b++) out[pos++] = (wordAt(hash, word) >>> (b * 8)) & 0xff;
}

function wordAt(hash: number, i: number): number {
  // i may exceed 2^32 words only past 16 GiB; (i % 2^32) keeps Math.imul exact
  return mix((hash + Math.imul(i >>> 0, 0x9e3779b9)) | 0);
}

function headerOf(seed: string): Uint8Array | undefined {
  return seed.startsWith(EXE_SEED_PREFIX) ? executableHeader(seed.slice(EXE_SEED_PREFIX.length)) : undefined;
}

/** Bytes [start, end) of the content (clamped to its size). */
export function syntheticRange(spec: SyntheticSpec, start: number, end: number): Uint8Array {
  const s = Math.max(0, Math.min(start, spec.size));
  const e = Math.max(s, Math.min(end, spec.size));
  const out = new Uint8Array(e - s);
  fillStream(seedHash(spec.seed), s, out);
  const header = headerOf(spec.seed);
  if (header) {
    for (let i = s; i < Math.min(e, header.length); i++) out[i - s] = header[i];
  }
  return out;
}

/** The content as chunks of at most `chunkSize` bytes, so a 100 MB file never needs one buffer. */
export function* syntheticChunks(spec: SyntheticSpec, chunkSize = SYNTHETIC_CHUNK): Generator<Uint8Array> {
  for (let off = 0; off < spec.size; off += chunkSize) {
    yield syntheticRange(spec, off, Math.min(spec.size, off + chunkSize));
  }
}

/** The whole content in one buffer: only for small files or when a program reads it all. */
export function syntheticBytes(spec: SyntheticSpec): Uint8Array {
  return syntheticRange(spec, 0, spec.size);
}
