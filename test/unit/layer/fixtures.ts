import type { Content, Entry } from '../../../src/engine/layer/entry';

const enc = new TextEncoder();
export const T = 1700000000;

export const dir = (path: string, mode = 0o755, mtime = T, uid = 0, gid = 0): Entry => ({ type: 'dir', path, mode, uid, gid, mtime });
export const file = (path: string, text: string | Content, mode = 0o644, mtime = T, uid = 0, gid = 0): Entry => ({
  type: 'file', path, mode, uid, gid, mtime,
  content: typeof text === 'string' ? { kind: 'bytes', bytes: enc.encode(text) } : text,
});
export const symlink = (path: string, target: string, mtime = T): Entry => ({ type: 'symlink', path, target, mode: 0o777, uid: 0, gid: 0, mtime });
export const hardlink = (path: string, target: string, mode = 0o644, mtime = T): Entry => ({ type: 'hardlink', path, target, mode, uid: 0, gid: 0, mtime });
export const whiteout = (path: string): Entry => ({ type: 'whiteout', path });
export const opaque = (path: string): Entry => ({ type: 'opaque', path });
export const text = (b: Uint8Array) => new TextDecoder().decode(b);
