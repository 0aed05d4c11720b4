import type { Terminal } from '../process';

// Vim's key notation, for driving an editor from piped input (the REPL, lesson scripts).
const NAMED: Record<string, string> = {
  esc: '\x1b', cr: '\r', enter: '\r', return: '\r', bs: '\x7f', backspace: '\x7f', tab: '\t', del: '\x1b[3~',
  up: '\x1b[A', down: '\x1b[B', right: '\x1b[C', left: '\x1b[D', home: '\x1b[H', end: '\x1b[F', lt: '<',
};

/** The key a notation like "Esc", "C-x", "Up" stands for (case-insensitive), if any. */
export function namedKey(name: string): string | undefined {
  const n = name.toLowerCase();
  if (NAMED[n]) return NAMED[n];
  const ctrl = /^c-([a-z@\[\\\]^_?])$/.exec(n);
  if (ctrl) return ctrl[1] === '?' ? '\x7f' : String.fromCharCode(ctrl[1].toUpperCase().charCodeAt(0) & 0x1f);
  return undefined;
}

/**
 * Keys for a full-screen editor. On the page (interactive) they are what the terminal sends.
 * From piped input every following line is typed, then Enter; there `<Esc>`, `<C-x>`, `<Up>`,
 * `<BS>`, `<CR>`... (vim's notation) stand for the keys a pipe cannot carry, and so does a
 * literal escape character.
 */
export class KeyReader {
  private pending: string[] = [];

  constructor(private readonly tty: Terminal) {}

  async next(): Promise<string | null> {
    if (this.pending.length) return this.pending.shift()!;
    const k = await this.tty.readKey();
    if (k === null || k !== '<' || this.tty.interactive) return k;
    // Collect up to the closing ">" (a notation is short); anything else was typed literally.
    const seen: string[] = [];
    while (seen.length < 12) {
      const c = await this.tty.readKey();
      if (c === null) break;
      seen.push(c);
      if (c === '>') {
        const key = namedKey(seen.slice(0, -1).join(''));
        if (key !== undefined) return key;
        break;
      }
      if (c.length !== 1 || c === '\r' || c === '<') break;
    }
    this.pending.push(...seen);
    return '<';
  }

  /** Whether more keys are already waiting (a paste): the screen is drawn once after them. */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }
}
