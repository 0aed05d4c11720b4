import { BLOCK, decodeHeader, decodePax, isZeroBlock } from '../../../engine/layer/tar-header';

/**
 * GNU tar 1.34's default archive format ("gnu"), written byte for byte as it writes it: magic
 * "ustar  \0", owner names, empty device fields, names over 100 bytes in a "././@LongLink" 'L'
 * entry, and the archive padded to a 10240-byte record. Reading takes any tar (ustar, pax,
 * gnu, Docker's layers) through the engine's header decoder.
 */
export interface TarMember {
  name: string;
  /** '0' file, '1' hard link, '2' symlink, '5' directory, others as read. */
  type: string;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  size: number;
  mtime: number;
  linkname: string;
  data: Uint8Array;
}

export const RECORD = 10240;
const enc = new TextEncoder();
const dec = new TextDecoder();

function put(b: Uint8Array, off: number, len: number, s: string | Uint8Array): void {
  const bytes = typeof s === 'string' ? enc.encode(s) : s;
  b.set(bytes.subarray(0, len), off);
}

const octal = (n: number, len: number) => n.toString(8).padStart(len - 1, '0');

function header(m: Omit<TarMember, 'data'>): Uint8Array {
  const b = new Uint8Array(BLOCK);
  put(b, 0, 100, m.name);
  put(b, 100, 8, octal(m.mode, 8));
  put(b, 108, 8, octal(m.uid, 8));
  put(b, 116, 8, octal(m.gid, 8));
  put(b, 124, 12, octal(m.size, 12));
  put(b, 136, 12, octal(m.mtime, 12));
  b.fill(0x20, 148, 156);
  put(b, 156, 1, m.type);
  put(b, 157, 100, m.linkname);
  put(b, 257, 8, 'ustar  \0');
  put(b, 265, 32, m.uname);
  put(b, 297, 32, m.gname);
  let sum = 0;
  for (const x of b) sum += x;
  put(b, 148, 8, octal(sum, 7) + '\0 ');
  return b;
}

function padded(data: Uint8Array): Uint8Array[] {
  const rest = (BLOCK - (data.length % BLOCK)) % BLOCK;
  return rest ? [data, new Uint8Array(rest)] : [data];
}

/** The blocks of one member: a LongLink entry first when the name or target is too long. */
export function memberBlocks(m: TarMember): Uint8Array[] {
  const out: Uint8Array[] = [];
  const long = (type: 'L' | 'K', s: string) => {
    const data = new Uint8Array([...enc.encode(s), 0]);
    out.push(header({ name: '././@LongLink', type, mode: 0o644, uid: 0, gid: 0, uname: 'root', gname: 'root', size: data.length, mtime: 0, linkname: '' }), ...padded(data));
  };
  if (enc.encode(m.linkname).length > 100) long('K', m.linkname);
  if (enc.encode(m.name).length > 100) long('L', m.name);
  out.push(header(m));
  if (m.type === '0' && m.data.length) out.push(...padded(m.data));
  return out;
}

/** Joins blocks into an archive: two zero blocks, then zeros to a whole record. */
export function finishArchive(blocks: Uint8Array[]): Uint8Array {
  const len = blocks.reduce((n, b) => n + b.length, 0) + 2 * BLOCK;
  const out = new Uint8Array(Math.ceil(len / RECORD) * RECORD);
  let off = 0;
  for (const b of blocks) {
    out.set(b, off);
    off += b.length;
  }
  return out;
}

export class NotTarError extends Error {}

/**
 * The members of an archive in order. Throws NotTarError when the first header is not a tar
 * header; a truncated member ends the list with `truncated` set.
 */
export function readMembers(bytes: Uint8Array): { members: TarMember[]; truncated: boolean } {
  const members: TarMember[] = [];
  let off = 0;
  let pax = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  if (bytes.length > 0 && bytes.length < BLOCK) throw new NotTarError();
  while (off + BLOCK <= bytes.length) {
    const block = bytes.subarray(off, off + BLOCK);
    if (isZeroBlock(block)) break;
    let h;
    try {
      h = decodeHeader(block);
    } catch {
      throw new NotTarError();
    }
    const str = (o: number, n: number) => {
      const f = block.subarray(o, o + n);
      const z = f.indexOf(0);
      return dec.decode(z < 0 ? f : f.subarray(0, z));
    };
    const size = pax.has('size') ? Number(pax.get('size')) : h.size;
    off += BLOCK;
    if (off + size > bytes.length) return { members, truncated: true };
    const data = bytes.subarray(off, off + size);
    off += Math.ceil(size / BLOCK) * BLOCK;
    const cstr = () => dec.decode(data).replace(/\0.*$/s, '');
    if (h.typeflag === 'x') { pax = decodePax(data); continue; }
    if (h.typeflag === 'g') continue;
    if (h.typeflag === 'L') { longName = cstr(); continue; }
    if (h.typeflag === 'K') { longLink = cstr(); continue; }
    const num = (k: string, v: number) => (pax.has(k) ? Math.floor(Number(pax.get(k))) : v);
    members.push({
      name: pax.get('path') ?? longName ?? h.name,
      type: h.typeflag === '\0' || h.typeflag === '7' ? '0' : h.typeflag,
      mode: h.mode & 0o7777,
      uid: num('uid', h.uid),
      gid: num('gid', h.gid),
      uname: pax.get('uname') ?? str(265, 32),
      gname: pax.get('gname') ?? str(297, 32),
      size,
      mtime: num('mtime', h.mtime),
      linkname: pax.get('linkpath') ?? longLink ?? h.linkname,
      data,
    });
    pax = new Map();
    longName = longLink = undefined;
  }
  return { members, truncated: false };
}
