import type { Content } from '../layer/entry';

/**
 * The filesystem programs see: a container's copy-on-write union, or the host's own.
 * Synchronous, because shell programs do many small operations and every layer they read is
 * already in memory; persistence happens at the engine level after a command.
 * Paths are absolute. Intermediate symlinks are always followed; `stat` follows a final
 * symlink, `lstat` does not. Failures throw FsError with the errno name.
 */
export type FileType = 'file' | 'dir' | 'symlink';

export interface Stat {
  type: FileType;
  mode: number; // permission bits only
  uid: number;
  gid: number;
  mtime: number; // seconds
  size: number;
  nlink: number;
}

export type Errno = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EACCES' | 'EINVAL' | 'ELOOP' | 'EXDEV' | 'EPERM';

export class FsError extends Error {
  constructor(readonly code: Errno, readonly path: string) {
    super(`${code}: ${path}`);
    this.name = 'FsError';
  }
}

export interface WriteOptions {
  mode?: number;
  uid?: number;
  gid?: number;
  append?: boolean;
}

export interface Vfs {
  stat(path: string): Stat | undefined;
  lstat(path: string): Stat | undefined;
  /** Child names, sorted bytewise. Throws ENOENT / ENOTDIR. */
  readdir(path: string): string[];
  /** Whole contents (synthetic content is expanded). Throws ENOENT / EISDIR. */
  readFile(path: string): Uint8Array;
  /** The stored content, without expanding synthetic content. */
  readContent(path: string): Content;
  readlink(path: string): string;
  /** Creates or replaces a file; the parent must exist (ENOENT otherwise). */
  writeFile(path: string, data: Uint8Array | Content, opts?: WriteOptions): void;
  mkdir(path: string, opts?: { mode?: number; recursive?: boolean; uid?: number; gid?: number }): void;
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  link(existing: string, path: string): void;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  utimes(path: string, mtime: number): void;
}
