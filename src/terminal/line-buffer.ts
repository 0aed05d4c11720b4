import { codePointWidth } from './wcwidth';

const isWordChar = (ch: string) => /^[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n';

/**
 * The text being edited, as a list of characters (a base character plus the zero-width marks
 * that follow it, so the cursor never lands inside an accented letter) and a cursor index.
 * Word motions follow readline: Alt-B/Alt-F and Ctrl-Left/Right stop at letters and digits,
 * Ctrl-W kills back to whitespace (unix-word-rubout).
 */
export class LineBuffer {
  chars: string[] = [];
  cursor = 0;

  get text(): string {
    return this.chars.join('');
  }

  /** The cursor as an offset into `text` (UTF-16 units), as completion functions expect. */
  get textCursor(): number {
    return this.chars.slice(0, this.cursor).join('').length;
  }

  set(text: string, cursor?: number): void {
    this.chars = LineBuffer.split(text);
    this.cursor = cursor === undefined ? this.chars.length : LineBuffer.split(text.slice(0, cursor)).length;
  }

  static split(text: string): string[] {
    const out: string[] = [];
    for (const ch of text) {
      const last = out.length - 1;
      if (last >= 0 && out[last] !== '\n' && codePointWidth(ch.codePointAt(0)!) === 0 && ch >= ' ') out[last] += ch;
      else out.push(ch);
    }
    return out;
  }

  insert(s: string): void {
    const add = LineBuffer.split(s);
    // A combining mark typed right after a character joins it.
    if (add.length && this.cursor > 0 && codePointWidth(add[0].codePointAt(0)!) === 0 && add[0] >= ' ') {
      this.chars[this.cursor - 1] += add.shift();
    }
    this.chars.splice(this.cursor, 0, ...add);
    this.cursor += add.length;
  }

  /** Removes [from, to) and returns it. */
  cut(from: number, to: number): string {
    const removed = this.chars.splice(from, to - from).join('');
    if (this.cursor > to) this.cursor -= to - from;
    else if (this.cursor > from) this.cursor = from;
    return removed;
  }

  backspace(): boolean {
    if (this.cursor === 0) return false;
    this.cut(this.cursor - 1, this.cursor);
    return true;
  }

  deleteForward(): boolean {
    if (this.cursor >= this.chars.length) return false;
    this.cut(this.cursor, this.cursor + 1);
    return true;
  }

  wordLeft(): number {
    let i = this.cursor;
    while (i > 0 && !isWordChar(this.chars[i - 1])) i--;
    while (i > 0 && isWordChar(this.chars[i - 1])) i--;
    return i;
  }

  wordRight(): number {
    let i = this.cursor;
    const n = this.chars.length;
    while (i < n && !isWordChar(this.chars[i])) i++;
    while (i < n && isWordChar(this.chars[i])) i++;
    return i;
  }

  /** Start of the whitespace-delimited word before the cursor (Ctrl-W). */
  spaceWordLeft(): number {
    let i = this.cursor;
    while (i > 0 && isSpace(this.chars[i - 1])) i--;
    while (i > 0 && !isSpace(this.chars[i - 1])) i--;
    return i;
  }
}
