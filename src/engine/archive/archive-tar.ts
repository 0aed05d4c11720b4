import { BLOCK, encodeHeader } from '../layer/tar-header';

/** One member of an outer archive (docker save): a directory or a file whose bytes come in chunks. */
export interface ArchiveMember {
  /** Relative name; directories end with "/" as Go's archive/tar writes them. */
  name: string;
  mtime: number;
  /** Byte count, known before the data is produced (the header comes first). */
  size?: number;
  data?: () => Iterable<Uint8Array>;
}

/**
 * The outer tar of `docker save`: ustar headers, 0644 files and 0755 directories owned by root,
 * members in the order given, ended by two zero blocks. Names here are short (blobs/sha256/<hex>
 * is 77 bytes), so no PAX records are needed. Data is copied through chunk by chunk; a member
 * whose chunks do not add up to its declared size is a bug and throws rather than corrupt the tar.
 */
export const ArchiveTar = {
  size(members: readonly ArchiveMember[]): number {
    let n = 2 * BLOCK;
    for (const m of members) n += BLOCK + Math.ceil((m.size ?? 0) / BLOCK) * BLOCK;
    return n;
  },

  *chunks(members: readonly ArchiveMember[]): Generator<Uint8Array> {
    for (const m of members) {
      const dir = m.name.endsWith('/');
      const size = dir ? 0 : m.size ?? 0;
      yield encodeHeader({ name: m.name, mode: dir ? 0o755 : 0o644, uid: 0, gid: 0, size, mtime: m.mtime, typeflag: dir ? '5' : '0', linkname: '' });
      if (dir) continue;
      let written = 0;
      for (const c of m.data?.() ?? []) {
        written += c.length;
        yield c;
      }
      if (written !== size) throw new Error(`archive member ${m.name}: wrote ${written} bytes, declared ${size}`);
      const rest = (BLOCK - (size % BLOCK)) % BLOCK;
      if (rest > 0) yield new Uint8Array(rest);
    }
    yield new Uint8Array(2 * BLOCK);
  },

  /** All chunks in one buffer allocated once (a -o file in the sandbox is one Uint8Array). */
  collect(members: readonly ArchiveMember[]): Uint8Array {
    const out = new Uint8Array(ArchiveTar.size(members));
    let off = 0;
    for (const c of ArchiveTar.chunks(members)) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  },
};
