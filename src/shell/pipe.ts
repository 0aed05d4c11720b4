import type { BinaryInput, BinaryOutput, ChunkInput } from './io';

type Chunk = string | Uint8Array;
const enc = new TextEncoder();
const asBytes = (c: Chunk) => (typeof c === 'string' ? enc.encode(c) : c);

/**
 * An in-memory pipe between two pipeline stages. Writes never block; the reader waits for data
 * or for the writer to close. Once the reader is gone, writes are dropped and `onBroken` fires
 * once, which the pipeline uses as SIGPIPE for the writer.
 *
 * Chunks are text (write) or raw bytes (writeBytes) and keep their form until read: a byte
 * reader (readAllBytes, readBytes) gets bytes unchanged and text as UTF-8, a text reader gets
 * bytes decoded as UTF-8, a multi-byte character split across chunks included.
 */
export class Pipe implements BinaryInput, BinaryOutput, ChunkInput {
  private chunks: Chunk[] = [];
  private wake: (() => void) | undefined;
  private closed = false;
  private readerGone = false;
  private decoder = new TextDecoder();
  onBroken: (() => void) | undefined;

  write(s: string): void {
    this.push(s);
  }

  writeBytes(bytes: Uint8Array): void {
    this.push(bytes);
  }

  private push(c: Chunk): void {
    if (this.readerGone) {
      const f = this.onBroken;
      this.onBroken = undefined;
      f?.();
      return;
    }
    if (this.closed || c.length === 0) return;
    this.chunks.push(c);
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  /** Waits until a chunk is buffered or the stream has ended; false at end of input. */
  private async ready(): Promise<boolean> {
    while (!this.chunks.length) {
      if (this.closed || this.readerGone) return false;
      await new Promise<void>((resolve) => { this.wake = resolve; });
    }
    return true;
  }

  async read(): Promise<string | null> {
    for (;;) {
      if (!(await this.ready())) {
        const rest = this.decoder.decode(); // an incomplete character at the end: U+FFFD
        return rest === '' ? null : rest;
      }
      let s = '';
      for (const c of this.chunks.splice(0)) s += typeof c === 'string' ? this.decoder.decode() + c : this.decoder.decode(c, { stream: true });
      if (s !== '') return s;
    }
  }

  async readBytes(): Promise<Uint8Array | null> {
    if (!(await this.ready())) return null;
    const cs = this.chunks.splice(0);
    return cs.length === 1 ? asBytes(cs[0]) : concat(cs.map(asBytes));
  }

  async readAllBytes(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for (let b = await this.readBytes(); b; b = await this.readBytes()) parts.push(b);
    return parts.length === 1 ? parts[0] : concat(parts);
  }

  /** The writer is done: the reader sees end of input after the buffered data. */
  close(): void {
    this.closed = true;
    this.notify();
  }

  /** The reader is done: further writes are dropped. */
  closeRead(): void {
    this.readerGone = true;
    this.chunks = [];
    this.notify();
    if (this.onBroken && !this.closed) {
      // The writer may be blocked on nothing; tell it at once so `yes | head -1` ends.
      const f = this.onBroken;
      this.onBroken = undefined;
      f();
    }
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
