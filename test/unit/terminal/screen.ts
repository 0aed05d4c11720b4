import { codePointWidth } from '../../../src/terminal/wcwidth';

/**
 * A tiny model of an xterm screen, enough to render what the line editor (and bash, for the
 * recorded transcripts) writes: autowrap with the pending-wrap state at the right margin, wide
 * characters that wrap whole, CR/LF/BS/TAB, CUU/CUD/CUF/CUB/CUP, ED, EL, ICH, DCH; SGR and modes
 * are ignored. Lines scrolled off the top are kept in `scrolled`.
 */
export class Screen {
  x = 0;
  y = 0;
  grid: string[][];
  scrolled: string[] = [];

  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.grid = Array.from({ length: rows }, () => this.blank());
  }

  private blank(): string[] {
    return Array(this.cols).fill(' ');
  }

  /** Visible rows, right-trimmed; trailing empty rows dropped. */
  lines(): string[] {
    const out = this.grid.map((r) => r.join('').trimEnd());
    while (out.length && out[out.length - 1] === '') out.pop();
    return out;
  }

  cursor(): { row: number; col: number } {
    return { row: this.y, col: Math.min(this.x, this.cols - 1) };
  }

  write(s: string): this {
    let i = 0;
    while (i < s.length) {
      const ch = String.fromCodePoint(s.codePointAt(i)!);
      if (ch === '\x1b') {
        i = this.escape(s, i);
        continue;
      }
      i += ch.length;
      if (ch === '\r') this.x = 0;
      else if (ch === '\n') this.lineFeed();
      else if (ch === '\b') this.x = Math.max(0, Math.min(this.x, this.cols - 1) - 1);
      else if (ch === '\t') this.x = Math.min(this.cols - 1, (this.x + 8) & ~7);
      else if (ch === '\x07' || ch < ' ') continue;
      else this.print(ch);
    }
    return this;
  }

  private lineFeed(): void {
    if (this.y === this.rows - 1) {
      this.scrolled.push(this.grid.shift()!.join('').trimEnd());
      this.grid.push(this.blank());
    } else this.y++;
  }

  private print(ch: string): void {
    const w = codePointWidth(ch.codePointAt(0)!);
    if (w === 0) {
      // Combining mark: joins the previous cell.
      const px = Math.min(this.x, this.cols) - 1;
      if (px >= 0) this.grid[this.y][this.grid[this.y][px] === '' ? px - 1 : px] += ch;
      return;
    }
    if (this.x + w > this.cols) {
      // A wide char with one cell left leaves that cell blank and wraps.
      if (w === 2 && this.x === this.cols - 1) this.grid[this.y][this.x] = ' ';
      this.x = 0;
      this.lineFeed();
    }
    const row = this.grid[this.y];
    if (row[this.x] === '' && this.x > 0) row[this.x - 1] = ' ';
    if (row[this.x + w] === '') row[this.x + w] = ' ';
    row[this.x] = ch;
    if (w === 2) row[this.x + 1] = '';
    this.x += w;
  }

  private escape(s: string, i: number): number {
    if (s[i + 1] !== '[') return i + 2;
    const m = /^\x1b\[([?]?)([0-9;]*)([@-~])/.exec(s.slice(i));
    if (!m) throw new Error('unsupported escape ' + JSON.stringify(s.slice(i, i + 8)));
    const [all, priv, params, final] = m;
    const nums = params.split(';').map((p) => (p === '' ? 0 : Number(p)));
    const n = Math.max(1, nums[0] || 0);
    if (priv) return i + all.length;
    // Cursor moves leave the pending-wrap state; colours and erases keep it (as xterm does).
    if ('ABCDH'.includes(final)) this.x = Math.min(this.x, this.cols - 1);
    switch (final) {
      case 'A': this.y = Math.max(0, this.y - n); break;
      case 'B': this.y = Math.min(this.rows - 1, this.y + n); break;
      case 'C': this.x = Math.min(this.cols - 1, this.x + n); break;
      case 'D': this.x = Math.max(0, this.x - n); break;
      case 'H': this.y = Math.min(this.rows, Math.max(1, nums[0] || 1)) - 1; this.x = Math.min(this.cols, Math.max(1, nums[1] || 1)) - 1; break;
      case 'J': this.eraseDisplay(nums[0] || 0); break;
      case 'K': for (let c = this.x; c < this.cols; c++) this.grid[this.y][c] = ' ';
        break;
      case 'P': {
        const row = this.grid[this.y];
        row.splice(this.x, n);
        while (row.length < this.cols) row.push(' ');
        break;
      }
      case '@': {
        const row = this.grid[this.y];
        row.splice(this.x, 0, ...Array(n).fill(' '));
        row.length = this.cols;
        break;
      }
      case 'm': break;
      default: throw new Error('unsupported CSI ' + JSON.stringify(all));
    }
    return i + all.length;
  }

  private eraseDisplay(mode: number): void {
    if (mode === 2 || mode === 3) {
      this.grid = Array.from({ length: this.rows }, () => this.blank());
      return;
    }
    for (let c = this.x; c < this.cols; c++) this.grid[this.y][c] = ' ';
    for (let r = this.y + 1; r < this.rows; r++) this.grid[r] = this.blank();
  }
}
