import type { Vfs } from '../fs/vfs';
import { path } from '../fs/path';
import { createHasher } from '../digest';

/** One COPY/ADD source as the legacy builder hashes it: its path relative to its root. */
export interface HashedSource {
  fs: Vfs;
  abs: string;
  /** The context's or the stage image's root ('/' for an image). */
  root: string;
  /** The context reaches the daemon as a tar the client wrote with uid/gid 0 (docker/cli build). */
  ownerZero: boolean;
  /** Paths .dockerignore left out of the context (never sent, so never hashed). */
  skip?: (abs: string) => boolean;
}

const enc = new TextEncoder();

/**
 * The legacy builder's content checksum for its history text (`COPY file:<hex> in /`): per path,
 * sha256 over tarsum v1's header fields (name, mode, uid, gid, size, typeflag, linkname, uname,
 * gname, devmajor, devminor; no mtime) then the file's bytes (moby remotecontext/filehash.go);
 * a directory is `dir:` + sha256 of its sorted entry sums joined by ','; several sources are
 * `multi:` + the same over their sums (builder/dockerfile/copy.go, internals.go).
 */
export class SourceHash {
  static async of(sources: HashedSource[]): Promise<string> {
    const sums: string[] = [];
    for (const s of sources) sums.push(await SourceHash.#info(s));
    return sums.length === 1 ? sums[0] : SourceHash.#slice('multi', sums);
  }

  static async #info(s: HashedSource): Promise<string> {
    if (s.fs.stat(s.abs)?.type !== 'dir') return `file:${await SourceHash.#path(s, s.abs)}`;
    const sums: string[] = [];
    const walk = async (p: string) => {
      if (s.skip?.(p)) return;
      // filepath.WalkDir from the source itself; only the context root ('.') has no entry.
      if (p !== s.root) sums.push(await SourceHash.#path(s, p));
      if (s.fs.lstat(p)?.type === 'dir') for (const n of s.fs.readdir(p).sort()) await walk(path.join(p, n));
    };
    await walk(s.abs);
    return SourceHash.#slice('dir', sums.sort());
  }

  static async #path(s: HashedSource, abs: string): Promise<string> {
    const st = s.fs.lstat(abs)!;
    let rel = s.root === '/' ? abs.slice(1) : abs.slice(s.root.length + 1);
    const type = st.type === 'dir' ? '5' : st.type === 'symlink' ? '2' : '0';
    if (type === '5') rel += '/';
    const content = type === '0' ? s.fs.readFile(abs) : new Uint8Array();
    const fields: Array<[string, string]> = [
      ['name', rel], ['mode', String(st.mode & 0o7777)],
      ['uid', String(s.ownerZero ? 0 : st.uid)], ['gid', String(s.ownerZero ? 0 : st.gid)],
      ['size', String(content.length)], ['typeflag', type], ['linkname', type === '2' ? s.fs.readlink(abs) : ''],
      ['uname', ''], ['gname', ''], ['devmajor', '0'], ['devminor', '0'],
    ];
    const h = await createHasher();
    h.update(enc.encode(fields.map(([k, v]) => k + v).join('')));
    h.update(content);
    return h.digest();
  }

  static async #slice(prefix: string, sums: string[]): Promise<string> {
    const h = await createHasher();
    h.update(enc.encode(sums.join(',')));
    return `${prefix}:${h.digest()}`;
  }
}
