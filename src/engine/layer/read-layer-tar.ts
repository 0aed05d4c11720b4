import type { Changeset, Entry } from './entry';
import { sortChangeset } from './sort-changeset';
import { OPAQUE_NAME, WHITEOUT_PREFIX } from './tar-name';
import { BLOCK, decodeHeader, decodePax, isZeroBlock } from './tar-header';
import { path } from '../fs/path';

/**
 * Parses a layer tar (ours, GNU tar's, Docker's) into a sorted changeset with file contents as
 * bytes. Accepts "./" and "/" prefixes, PAX records (path, linkpath, size, mtime, uid, gid),
 * GNU long names ('L'/'K'), and whiteout files. Device nodes and FIFOs are skipped: the
 * sandbox's filesystem has no such files. A later entry for the same path replaces an earlier one.
 */
const dec = new TextDecoder();

function cleanName(name: string): string {
  return path.normalize('/' + name);
}

export function readLayerTar(bytes: Uint8Array): Changeset {
  const byKey = new Map<string, Entry>();
  let off = 0;
  let pax = new Map<string, string>();
  let global = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  while (off + BLOCK <= bytes.length) {
    const block = bytes.subarray(off, off + BLOCK);
    if (isZeroBlock(block)) break;
    const h = decodeHeader(block);
    const attr = (k: string) => pax.get(k) ?? global.get(k);
    const size = attr('size') !== undefined ? Number(attr('size')) : h.size;
    off += BLOCK;
    if (off + size > bytes.length) throw new Error('invalid tar: unexpected end of file');
    const data = bytes.subarray(off, off + size);
    off += Math.ceil(size / BLOCK) * BLOCK;
    const cstr = () => dec.decode(data).replace(/\0.*$/s, '');
    switch (h.typeflag) {
      case 'x': pax = decodePax(data); continue;
      case 'g': global = new Map([...global, ...decodePax(data)]); continue;
      case 'L': longName = cstr(); continue;
      case 'K': longLink = cstr(); continue;
    }
    const name = cleanName(attr('path') ?? longName ?? h.name);
    const link = attr('linkpath') ?? longLink ?? h.linkname;
    const meta = {
      path: name,
      mode: h.mode & 0o7777,
      uid: attr('uid') !== undefined ? Number(attr('uid')) : h.uid,
      gid: attr('gid') !== undefined ? Number(attr('gid')) : h.gid,
      mtime: attr('mtime') !== undefined ? Math.floor(Number(attr('mtime'))) : h.mtime,
    };
    pax = new Map();
    longName = longLink = undefined;
    const base = path.basename(name);
    if (base === OPAQUE_NAME) {
      byKey.set('o' + path.dirname(name), { type: 'opaque', path: path.dirname(name) });
      continue;
    }
    if (base.startsWith(WHITEOUT_PREFIX)) {
      if (base === WHITEOUT_PREFIX) throw new Error(`invalid layer: bare whiteout ${name}`);
      const p = path.join(path.dirname(name), base.slice(WHITEOUT_PREFIX.length));
      byKey.set('p' + p, { type: 'whiteout', path: p });
      continue;
    }
    let e: Entry | undefined;
    switch (h.typeflag) {
      case '0': case '\0': case '7':
        e = { ...meta, type: 'file', content: { kind: 'bytes', bytes: data.slice() } };
        break;
      case '1': e = { ...meta, type: 'hardlink', target: cleanName(link) }; break;
      case '2': e = { ...meta, type: 'symlink', target: link }; break;
      case '5': e = { ...meta, type: 'dir' }; break;
    }
    if (e) byKey.set('p' + name, e);
  }
  return sortChangeset([...byKey.values()]);
}
