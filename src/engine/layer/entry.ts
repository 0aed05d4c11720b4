/**
 * One entry of a layer changeset (DESIGN.md "Data model").
 *
 * Paths are absolute and normalized: "/etc/hosts", never a trailing slash, "/" is the root.
 * A whiteout entry's `path` is the path it deletes ("/etc/motd"), serialized in the tar as
 * "etc/.wh.motd"; an opaque entry's `path` is the directory whose lower children it hides,
 * serialized as "<dir>/.wh..wh..opq". Modes are permission bits only (0o755); the kind is `type`.
 * mtime is in whole seconds since the epoch (tar headers hold seconds).
 */
export type Content =
  | { kind: 'bytes'; bytes: Uint8Array }
  /** Large binaries: `size` deterministic bytes generated from `seed` on demand (synthetic.ts). */
  | { kind: 'synthetic'; size: number; seed: string };

export interface EntryMeta {
  path: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
}

export type DirEntry = EntryMeta & { type: 'dir' };
export type FileEntry = EntryMeta & { type: 'file'; content: Content };
export type SymlinkEntry = EntryMeta & { type: 'symlink'; target: string };
/** `target` is an absolute path of a file in the same layer (tar typeflag '1'). */
export type HardlinkEntry = EntryMeta & { type: 'hardlink'; target: string };
export interface WhiteoutEntry { type: 'whiteout'; path: string }
export interface OpaqueEntry { type: 'opaque'; path: string }

export type Entry = DirEntry | FileEntry | SymlinkEntry | HardlinkEntry | WhiteoutEntry | OpaqueEntry;

/** A layer's changeset: entries with unique paths (a path may hold one opaque AND a dir entry). */
export type Changeset = readonly Entry[];

export function contentSize(c: Content): number {
  return c.kind === 'bytes' ? c.bytes.length : c.size;
}
