// The per-algorithm builds are separate modules from the 'hash-wasm' entry the engine uses, so
// these hashers land in their own chunk, loaded on the first md5sum/sha*sum.
import md5m from 'hash-wasm/dist/md5.umd.min.js';
import sha1m from 'hash-wasm/dist/sha1.umd.min.js';
import sha256m from 'hash-wasm/dist/sha256.umd.min.js';
import sha512m from 'hash-wasm/dist/sha512.umd.min.js';

type HashFn = (data: Uint8Array) => Promise<string>;

export const hashers: Record<'md5' | 'sha1' | 'sha256' | 'sha512', HashFn> = {
  md5: md5m.md5,
  sha1: sha1m.sha1,
  sha256: sha256m.sha256,
  sha512: sha512m.sha512,
};
