import type { Input, Output } from './process';

/**
 * An in-memory pipe between two pipeline stages. Writes never block (text is small); the
 * reader waits for data or for the writer to close. Once the reader is gone, writes are
 * dropped and `onBroken` fires once, which the pipeline uses as SIGPIPE for the writer.
 */
export class Pipe implements Input, Output {
  private chunks: string[] = [];
  private waiting: ((v: string | null) => void) | undefined;
  private closed = false;
  private readerGone = false;
  onBroken: (() => void) | undefined;

  write(s: string): void {
    if (this.readerGone) {
      const f = this.onBroken;
      this.onBroken = undefined;
      f?.();
      return;
    }
    if (this.closed || s === '') return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w(s);
    } else this.chunks.push(s);
  }

  read(): Promise<string | null> {
    if (this.chunks.length) return Promise.resolve(this.chunks.splice(0).join(''));
    if (this.closed || this.readerGone) return Promise.resolve(null);
    return new Promise((resolve) => { this.waiting = resolve; });
  }

  /** The writer is done: the reader sees end of input after the buffered data. */
  close(): void {
    this.closed = true;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w(null);
    }
  }

  /** The reader is done: further writes are dropped. */
  closeRead(): void {
    this.readerGone = true;
    this.chunks = [];
    if (this.onBroken && !this.closed) {
      // The writer may be blocked on nothing; tell it at once so `yes | head -1` ends.
      const f = this.onBroken;
      this.onBroken = undefined;
      f();
    }
  }
}
