import type { Changeset, Content, Entry } from './entry';
export { sortChangeset } from './sort-changeset';

/**
 * A changeset as columns for IndexedDB: one array per field instead of one object per entry,
 * so a base layer of thousands of entries is a handful of structured-clone values. Byte
 * contents stay Uint8Array (structured clone copies them as-is); synthetic content is its seed.
 */
export interface EncodedChangeset {
  v: 1;
  /** 0 dir, 1 file, 2 symlink, 3 hardlink, 4 whiteout, 5 opaque. */
  types: Uint8Array;
  paths: string[];
  modes: Uint32Array;
  uids: Uint32Array;
  gids: Uint32Array;
  mtimes: Float64Array;
  /** link target, or synthetic seed; '' otherwise. */
  strings: string[];
  /** byte content, or null for non-files and synthetic content. */
  bytes: Array<Uint8Array | null>;
  /** synthetic size, 0 otherwise. */
  sizes: Float64Array;
}

const TYPES = ['dir', 'file', 'symlink', 'hardlink', 'whiteout', 'opaque'] as const;

export function encodeChangeset(cs: Changeset): EncodedChangeset {
  const n = cs.length;
  const out: EncodedChangeset = {
    v: 1, types: new Uint8Array(n), paths: [], modes: new Uint32Array(n), uids: new Uint32Array(n),
    gids: new Uint32Array(n), mtimes: new Float64Array(n), strings: [], bytes: [], sizes: new Float64Array(n),
  };
  cs.forEach((e, i) => {
    out.types[i] = TYPES.indexOf(e.type);
    out.paths.push(e.path);
    let str = '';
    let bytes: Uint8Array | null = null;
    if (e.type !== 'whiteout' && e.type !== 'opaque') {
      out.modes[i] = e.mode;
      out.uids[i] = e.uid;
      out.gids[i] = e.gid;
      out.mtimes[i] = e.mtime;
    }
    if (e.type === 'symlink' || e.type === 'hardlink') str = e.target;
    if (e.type === 'file') {
      if (e.content.kind === 'bytes') bytes = e.content.bytes;
      else {
        str = e.content.seed;
        out.sizes[i] = e.content.size;
      }
    }
    out.strings.push(str);
    out.bytes.push(bytes);
  });
  return out;
}

export function decodeChangeset(enc: EncodedChangeset): Entry[] {
  if (enc.v !== 1) throw new Error(`unknown changeset encoding version ${String(enc.v)}`);
  const out: Entry[] = [];
  for (let i = 0; i < enc.types.length; i++) {
    const path = enc.paths[i];
    const type = TYPES[enc.types[i]];
    if (type === 'whiteout' || type === 'opaque') {
      out.push({ type, path });
      continue;
    }
    const meta = { path, mode: enc.modes[i], uid: enc.uids[i], gid: enc.gids[i], mtime: enc.mtimes[i] };
    const b = enc.bytes[i];
    const content: Content = b ? { kind: 'bytes', bytes: b } : { kind: 'synthetic', size: enc.sizes[i], seed: enc.strings[i] };
    switch (type) {
      case 'dir': out.push({ ...meta, type }); break;
      case 'file': out.push({ ...meta, type, content }); break;
      case 'symlink': case 'hardlink': out.push({ ...meta, type, target: enc.strings[i] }); break;
      default: throw new Error(`bad changeset entry type ${enc.types[i]}`);
    }
  }
  return out;
}
