import type { ReadLineOptions, Terminal } from '../shell/process';

/**
 * The REPL's terminal when input is a pipe or a file (and the headless lesson checker's): no
 * echo, no editing, no colour. Built from an async source of input lines (without their "\n")
 * and a write function, so it needs no Node API. readLine prints neither prompt nor line, so a
 * transcript holds only what programs write.
 */
export class PipeTerminal implements Terminal {
  readonly interactive = false;
  readonly columns = 80;
  readonly rows = 24;
  private readonly lines: AsyncIterator<string>;
  private ended = false;
  private keys: string[] = [];

  constructor(
    source: AsyncIterable<string>,
    private readonly out: (s: string) => void,
  ) {
    this.lines = source[Symbol.asyncIterator]();
  }

  write(s: string): void {
    this.out(s);
  }

  /** The next line; while `needsMore` says the text is incomplete, the lines after it too. */
  async readLine(_prompt: string, opts: ReadLineOptions = {}): Promise<string | null> {
    let text = await this.next();
    if (text === null) return null;
    while (opts.needsMore?.(text)) {
      const more = await this.next();
      if (more === null) break; // the shell reports the open quote or ends the here-document
      text += '\n' + more;
    }
    return text;
  }

  async readSecret(_prompt: string): Promise<string | null> {
    return this.next();
  }

  /** A full-screen program reads the following input lines character by character, Enter as "\r". */
  async readKey(): Promise<string | null> {
    if (this.keys.length === 0) {
      const line = await this.next();
      if (line === null) return null;
      this.keys = [...line, '\r'];
    }
    return this.keys.shift()!;
  }

  private async next(): Promise<string | null> {
    // What a full-screen program left unread of its last line is still input.
    if (this.keys.length) {
      const rest = this.keys.join('').replace(/\r$/, '');
      this.keys = [];
      return rest;
    }
    if (this.ended) return null;
    const r = await this.lines.next();
    if (r.done) {
      this.ended = true;
      return null;
    }
    return r.value;
  }
}
