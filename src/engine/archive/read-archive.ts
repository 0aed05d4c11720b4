import { gunzipSync } from 'fflate';
import { BLOCK, decodeHeader, decodePax, isZeroBlock } from '../layer/tar-header';
import { path } from '../fs/path';

/**
 * Reads an outer archive (a `docker save` tar, or a tar handed to `docker import`) into its
 * regular files by normalized relative name ("blobs/sha256/<hex>", "<id>/layer.tar"). Like
 * moby's DecompressStream, a gzip-compressed archive is accepted too. Names that would climb
 * out of the archive ("../x") are kept inside it, as moby's safePath does.
 */
const dec = new TextDecoder();

export function maybeGunzip(bytes: Uint8Array): Uint8Array {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
}

export function readArchive(input: Uint8Array): Map<string, Uint8Array> {
  const bytes = maybeGunzip(input);
  const files = new Map<string, Uint8Array>();
  let off = 0;
  let pax = new Map<string, string>();
  let longName: string | undefined;
  while (off + BLOCK <= bytes.length) {
    const block = bytes.subarray(off, off + BLOCK);
    if (isZeroBlock(block)) break;
    const h = decodeHeader(block);
    const size = pax.has('size') ? Number(pax.get('size')) : h.size;
    off += BLOCK;
    if (off + size > bytes.length) throw new Error('unexpected EOF');
    const data = bytes.subarray(off, off + size);
    off += Math.ceil(size / BLOCK) * BLOCK;
    if (h.typeflag === 'x') { pax = decodePax(data); continue; }
    if (h.typeflag === 'g') continue;
    if (h.typeflag === 'L') { longName = dec.decode(data).replace(/\0.*$/s, ''); continue; }
    const name = path.normalize('/' + (pax.get('path') ?? longName ?? h.name)).slice(1);
    pax = new Map();
    longName = undefined;
    if (h.typeflag === '0' || h.typeflag === '\0' || h.typeflag === '7') files.set(name, data);
  }
  return files;
}
