import { createSHA256, type IHasher } from 'hash-wasm';

/**
 * Streaming SHA-256 (DESIGN.md "Hash by streaming"): layer tars can be hundreds of MB, so they
 * are hashed chunk by chunk, never as one buffer. hash-wasm instantiates its WASM asynchronously;
 * finished hashers go back to a pool so later digests skip that cost, while concurrent streams
 * each get their own instance.
 */
export interface Hasher {
  update(bytes: Uint8Array): void;
  /** Lowercase hex; the hasher must not be used afterwards. */
  digest(): string;
}

const pool: IHasher[] = [];

export async function createHasher(): Promise<Hasher> {
  const h = pool.pop() ?? (await createSHA256());
  h.init();
  let done = false;
  return {
    update(bytes) {
      if (done) throw new Error('hasher already finished');
      h.update(bytes);
    },
    digest() {
      if (done) throw new Error('hasher already finished');
      done = true;
      const hex = h.digest('hex');
      pool.push(h);
      return hex;
    },
  };
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const h = await createHasher();
  h.update(bytes);
  return h.digest();
}

/** An OCI digest string, "sha256:<hex>". */
export async function digestOf(bytes: Uint8Array): Promise<string> {
  return `sha256:${await sha256Hex(bytes)}`;
}
