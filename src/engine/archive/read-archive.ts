import { gunzipSync } from 'fflate';
import { BLOCK, decodeHeader, decodePax, isZeroBlock } from '../layer/tar-header';
import { path } from '../fs/path';
import { errors } from '../errors';

/**
 * Reads an outer archive (a `docker save` tar, or a tar handed to `docker import`) into its
 * regular files by normalized relative name ("blobs/sha256/<hex>", "<id>/layer.tar"). Like
 * moby's DecompressStream, a gzip-compressed archive is accepted too. Names that would climb
 * out of the archive ("../x") are kept inside it, as moby's safePath does.
 *
 * Errors carry Go's archive/tar wording: a short last block is "unexpected EOF", a block that
 * is no tar header (checksum) "archive/tar: invalid tar header"; empty input is an empty archive.
 */
const dec = new TextDecoder();

const starts = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);

/** moby's DecompressStream magic numbers; gzip is inflated, bzip2/xz/zstd are not simulated. */
export function maybeGunzip(bytes: Uint8Array): Uint8Array {
  if (bytes.length > 2 && starts(bytes, [0x1f, 0x8b])) return gunzipSync(bytes);
  const other = starts(bytes, [0x42, 0x5a, 0x68]) ? 'bzip2' : starts(bytes, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) ? 'xz' : starts(bytes, [0x28, 0xb5, 0x2f, 0xfd]) ? 'zstd' : undefined;
  if (other) throw errors.notSimulated(`reading ${other === 'xz' ? 'an' : 'a'} ${other}-compressed archive`);
  return bytes;
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
    let h: ReturnType<typeof decodeHeader>;
    try {
      h = decodeHeader(block);
    } catch {
      throw new Error('archive/tar: invalid tar header');
    }
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
  // A partial header block: io.ReadFull's ErrUnexpectedEOF (`echo hi | docker load`).
  if (off < bytes.length && off + BLOCK > bytes.length) throw new Error('unexpected EOF');
  return files;
}
