/**
 * 512-byte ustar header blocks and PAX records (POSIX pax / ustar formats), written by hand so
 * layer tars can be streamed entry by entry. Numbers are zero-padded octal with a NUL, as Go's
 * archive/tar writes them; what does not fit goes into a PAX record and the ustar field holds 0.
 */
export interface TarHeader {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  /** '0' file, '1' hardlink, '2' symlink, '5' dir, 'x' PAX extended header, others when read. */
  typeflag: string;
  linkname: string;
}

export const BLOCK = 512;
const enc = new TextEncoder();
const dec = new TextDecoder();

const FIELDS = { name: [0, 100], mode: [100, 8], uid: [108, 8], gid: [116, 8], size: [124, 12], mtime: [136, 12], chksum: [148, 8], typeflag: [156, 1], linkname: [157, 100], magic: [257, 6], version: [263, 2], uname: [265, 32], gname: [297, 32], devmajor: [329, 8], devminor: [337, 8], prefix: [345, 155] } as const;

export function octalFits(n: number, field: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < 8 ** (field - 1);
}

function putOctal(b: Uint8Array, [off, len]: readonly [number, number], n: number): void {
  const s = (octalFits(n, len) ? n : 0).toString(8).padStart(len - 1, '0');
  putString(b, [off, len], s); // the final byte stays NUL
}

/** Headers are written for every entry of every layer: ASCII is copied without a TextEncoder. */
function putString(b: Uint8Array, [off, len]: readonly [number, number], s: string): void {
  if (s.length <= len && /^[\x00-\x7f]*$/.test(s)) {
    for (let i = 0; i < s.length; i++) b[off + i] = s.charCodeAt(i);
    return;
  }
  b.set(enc.encode(s).subarray(0, len), off);
}

/** The fields every header shares: magic, version, device numbers, checksum spaces. */
const TEMPLATE = (() => {
  const t = new Uint8Array(BLOCK);
  putString(t, FIELDS.magic, 'ustar\0');
  putString(t, FIELDS.version, '00');
  putOctal(t, FIELDS.devmajor, 0);
  putOctal(t, FIELDS.devminor, 0);
  t.fill(0x20, 148, 156);
  return t;
})();

export function encodeHeader(h: TarHeader): Uint8Array {
  const b = TEMPLATE.slice();
  putString(b, FIELDS.name, h.name);
  putOctal(b, FIELDS.mode, h.mode);
  putOctal(b, FIELDS.uid, h.uid);
  putOctal(b, FIELDS.gid, h.gid);
  putOctal(b, FIELDS.size, h.size);
  putOctal(b, FIELDS.mtime, h.mtime);
  putString(b, FIELDS.typeflag, h.typeflag);
  putString(b, FIELDS.linkname, h.linkname);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += b[i];
  putString(b, FIELDS.chksum, sum.toString(8).padStart(6, '0') + '\0 ');
  return b;
}

/** PAX records "<len> key=value\n", where len counts the whole record including its own digits. */
export function encodePax(records: ReadonlyArray<readonly [string, string]>): Uint8Array {
  let out = '';
  for (const [k, v] of records) {
    const body = ` ${k}=${v}\n`;
    const bodyLen = enc.encode(body).length;
    let len = bodyLen + 1;
    while (String(len).length + bodyLen !== len) len = String(len).length + bodyLen;
    out += `${len}${body}`;
  }
  return enc.encode(out);
}

export function decodePax(data: Uint8Array): Map<string, string> {
  const m = new Map<string, string>();
  let off = 0;
  while (off < data.length) {
    let sp = off;
    while (sp < data.length && data[sp] !== 0x20) sp++;
    const len = Number(dec.decode(data.subarray(off, sp)));
    if (!Number.isInteger(len) || len <= 0 || off + len > data.length) throw new Error('invalid tar: bad PAX record');
    const rec = dec.decode(data.subarray(sp + 1, off + len - 1));
    const eq = rec.indexOf('=');
    if (eq > 0) m.set(rec.slice(0, eq), rec.slice(eq + 1));
    off += len;
  }
  return m;
}

export function isZeroBlock(b: Uint8Array): boolean {
  for (const x of b) if (x !== 0) return false;
  return true;
}

function getString(b: Uint8Array, [off, len]: readonly [number, number]): string {
  const f = b.subarray(off, off + len);
  const nul = f.indexOf(0);
  return dec.decode(nul < 0 ? f : f.subarray(0, nul));
}

/** Octal, or GNU base-256 (high bit of the first byte set) for big values. */
function getNumber(b: Uint8Array, [off, len]: readonly [number, number]): number {
  if (b[off] & 0x80) {
    let n = b[off] & 0x7f;
    for (let i = off + 1; i < off + len; i++) n = n * 256 + b[i];
    return n;
  }
  const s = getString(b, [off, len]).trim();
  return s === '' ? 0 : parseInt(s, 8);
}

export function decodeHeader(b: Uint8Array): TarHeader {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : b[i];
  if (getNumber(b, FIELDS.chksum) !== sum) throw new Error('invalid tar header: checksum mismatch');
  let name = getString(b, FIELDS.name);
  // only POSIX ustar has the prefix field; GNU's "ustar  " magic keeps other data there
  if (getString(b, FIELDS.magic) === 'ustar') {
    const prefix = getString(b, FIELDS.prefix);
    if (prefix !== '') name = `${prefix}/${name}`;
  }
  return {
    name,
    mode: getNumber(b, FIELDS.mode),
    uid: getNumber(b, FIELDS.uid),
    gid: getNumber(b, FIELDS.gid),
    size: getNumber(b, FIELDS.size),
    mtime: getNumber(b, FIELDS.mtime),
    typeflag: String.fromCharCode(b[156]),
    linkname: getString(b, FIELDS.linkname),
  };
}
