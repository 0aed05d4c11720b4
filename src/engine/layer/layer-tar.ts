import type { Changeset, Entry } from './entry';
import { sortChangeset } from './sort-changeset';
import { tarName } from './tar-name';
import { syntheticChunks } from './synthetic';
import { BLOCK, encodeHeader, encodePax, octalFits, type TarHeader } from './tar-header';
import { createHasher } from '../digest';

/**
 * The canonical tar of a changeset (DESIGN.md "Data model"; oci-notes §1): a pure function of
 * the changeset, so diffID = sha256(tar) is stable. Entries in sortChangeset order, ustar
 * headers with empty uname/gname, PAX records only for what ustar cannot hold, and the end
 * marker is exactly two zero blocks (Go style, no 10 KiB record padding).
 */
const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

function headerFor(e: Entry): TarHeader {
  const base = { name: tarName(e), mode: 0, uid: 0, gid: 0, size: 0, mtime: 0, linkname: '' };
  switch (e.type) {
    case 'whiteout':
    case 'opaque':
      return { ...base, typeflag: '0' };
    case 'dir':
      return { ...base, mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime, typeflag: '5' };
    case 'file': {
      const size = e.content.kind === 'bytes' ? e.content.bytes.length : e.content.size;
      return { ...base, mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime, size, typeflag: '0' };
    }
    case 'symlink':
      return { ...base, mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime, typeflag: '2', linkname: e.target };
    case 'hardlink':
      return { ...base, mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime, typeflag: '1', linkname: e.target.replace(/^\/+/, '') };
  }
}

/** Like Go's archive/tar: "<dir>/PaxHeaders.0/<base>", ASCII, at most 100 bytes. */
function paxHeaderName(name: string): string {
  const trimmed = name.replace(/\/$/, '');
  const i = trimmed.lastIndexOf('/');
  const n = `${trimmed.slice(0, i + 1)}PaxHeaders.0/${trimmed.slice(i + 1)}`;
  return n.replace(/[^\x00-\x7f]/g, '').slice(0, 100).replace(/\/$/, '');
}

function* entryHeaders(h: TarHeader): Generator<Uint8Array> {
  const pax: Array<[string, string]> = [];
  // An ASCII string's UTF-8 length is its length: the common case needs no encoding.
  if (h.name.length > 100 || !isAscii(h.name)) pax.push(['path', h.name]);
  if (h.linkname.length > 100 || !isAscii(h.linkname)) pax.push(['linkpath', h.linkname]);
  if (!octalFits(h.uid, 8)) pax.push(['uid', String(h.uid)]);
  if (!octalFits(h.gid, 8)) pax.push(['gid', String(h.gid)]);
  if (!octalFits(h.size, 12)) pax.push(['size', String(h.size)]);
  if (!octalFits(h.mtime, 12)) pax.push(['mtime', String(h.mtime)]);
  if (pax.length > 0) {
    pax.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const data = encodePax(pax);
    yield encodeHeader({ name: paxHeaderName(h.name), mode: 0, uid: 0, gid: 0, size: data.length, mtime: 0, typeflag: 'x', linkname: '' });
    yield* padded(data);
  }
  yield encodeHeader(h);
}

function* padded(data: Uint8Array): Generator<Uint8Array> {
  if (data.length > 0) yield data;
  const rest = (BLOCK - (data.length % BLOCK)) % BLOCK;
  if (rest > 0) yield new Uint8Array(rest);
}

/** The tar as a stream of chunks; synthetic file data is generated chunk by chunk. */
export function* layerTarChunks(cs: Changeset): Generator<Uint8Array> {
  for (const e of sortChangeset(cs)) {
    yield* entryHeaders(headerFor(e));
    if (e.type !== 'file') continue;
    const c = e.content;
    if (c.kind === 'bytes') {
      yield* padded(c.bytes);
    } else {
      for (const chunk of syntheticChunks(c)) yield chunk;
      const rest = (BLOCK - (c.size % BLOCK)) % BLOCK;
      if (rest > 0) yield new Uint8Array(rest);
    }
  }
  yield new Uint8Array(2 * BLOCK);
}

/**
 * diffID and byte size of the layer tar. A layer up to ONE_SHOT_MAX is written into one buffer
 * and hashed by WebCrypto (2-3x hash-wasm's speed, but one-shot only and only in a secure
 * context); a bigger one, or one without WebCrypto, is hashed while streaming, never held whole.
 */
export async function layerDiffId(cs: Changeset): Promise<{ diffId: string; size: number }> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const tar = boundedTar(cs);
    if (tar) return { diffId: `sha256:${hex(await subtle.digest('SHA-256', tar))}`, size: tar.length };
  }
  const h = await createHasher();
  let size = 0;
  // Headers and small files come as many tiny chunks; each call into the WASM hasher has a
  // fixed cost, so they are gathered into one buffer and hashed in large blocks.
  const batch = new Uint8Array(BATCH);
  let fill = 0;
  for (const chunk of layerTarChunks(cs)) {
    size += chunk.length;
    if (fill + chunk.length > BATCH) {
      if (fill) h.update(batch.subarray(0, fill));
      fill = 0;
    }
    if (chunk.length >= BATCH) h.update(chunk);
    else {
      batch.set(chunk, fill);
      fill += chunk.length;
    }
  }
  if (fill) h.update(batch.subarray(0, fill));
  return { diffId: `sha256:${h.digest()}`, size };
}

const BATCH = 1 << 20;
const ONE_SHOT_MAX = 128 << 20;
const ceil512 = (n: number) => Math.ceil(n / BLOCK) * BLOCK;

/** The tar in one buffer sized from an upper bound, or undefined past ONE_SHOT_MAX. */
function boundedTar(cs: Changeset): Uint8Array<ArrayBuffer> | undefined {
  // Per entry: its header, its data, and room for a PAX header with path/linkpath (UTF-8 at
  // most 3 bytes per UTF-16 unit) and numeric records.
  let bound = 2 * BLOCK;
  for (const e of cs) {
    const link = e.type === 'symlink' || e.type === 'hardlink' ? e.target.length : 0;
    bound += BLOCK + 2 * BLOCK + ceil512(3 * (e.path.length + 1 + link) + 256);
    if (e.type === 'file') bound += ceil512(e.content.kind === 'bytes' ? e.content.bytes.length : e.content.size);
    if (bound > ONE_SHOT_MAX) return undefined;
  }
  const out = new Uint8Array(bound);
  let off = 0;
  for (const chunk of layerTarChunks(cs)) {
    if (off + chunk.length > bound) return undefined;
    out.set(chunk, off);
    off += chunk.length;
  }
  return out.subarray(0, off);
}

function hex(buf: ArrayBuffer): string {
  let s = '';
  for (const b of new Uint8Array(buf)) s += b.toString(16).padStart(2, '0');
  return s;
}

/** The whole tar in one buffer: for small layers and exports. */
export function layerTarBytes(cs: Changeset): Uint8Array {
  const chunks = [...layerTarChunks(cs)];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
