interface Snapshot {
  lines: string[];
  empty: boolean;
  row: number;
  col: number;
  seq: number;
  time: number;
}

/**
 * The text vi edits: lines, the cursor, and undo. vim keeps an empty buffer apart from a
 * buffer holding one empty line (its ruler shows line 0 and "--No lines in buffer--"), so
 * `empty` marks that state. Each change (a whole insert, a dd, an x) is one undo step with
 * the sequence number and time vim reports ("before #3  2 seconds ago").
 */
export class ViBuffer {
  lines: string[];
  empty: boolean;
  row = 0;
  col = 0;
  /** The sequence number of the newest change still applied; the saved state's is savedSeq. */
  seq = 0;
  savedSeq = 0;
  private nextSeq = 1;
  private readonly undos: Snapshot[] = [];
  private open: Snapshot | null = null;

  constructor(lines: string[], private readonly now: () => number) {
    this.empty = lines.length === 0;
    this.lines = this.empty ? [''] : [...lines];
  }

  get modified(): boolean {
    return this.seq !== this.savedSeq;
  }

  get line(): string {
    return this.lines[this.row];
  }

  set line(s: string) {
    this.lines[this.row] = s;
  }

  /** Starts a change: the state before it is what `u` brings back. Nested calls join the open change. */
  begin(): void {
    if (this.open) return;
    this.open = { lines: [...this.lines], empty: this.empty, row: this.row, col: this.col, seq: this.seq, time: this.now() };
  }

  /** Ends the change begun last; a change that changed nothing leaves no undo step. */
  commit(): void {
    const s = this.open;
    this.open = null;
    if (!s) return;
    if (s.empty === this.empty && s.lines.length === this.lines.length && s.lines.every((l, i) => l === this.lines[i])) return;
    s.seq = this.nextSeq++;
    this.undos.push(s);
    this.seq = s.seq;
  }

  /** One change: begin, apply, commit. */
  change(fn: () => void): void {
    this.begin();
    fn();
    this.commit();
  }

  /** Undoes the newest change; returns vim's report, or undefined at the oldest change. */
  undo(): { lineDelta: number; seq: number; seconds: number } | undefined {
    const s = this.undos.pop();
    if (!s) return undefined;
    const lineDelta = (s.empty ? 0 : s.lines.length) - (this.empty ? 0 : this.lines.length);
    this.lines = s.lines;
    this.empty = s.empty;
    this.row = Math.min(s.row, this.lines.length - 1);
    this.col = s.col;
    this.seq = this.undos.length ? this.undos[this.undos.length - 1].seq : 0;
    return { lineDelta, seq: s.seq, seconds: Math.max(0, Math.round((this.now() - s.time) / 1000)) };
  }

  /** The lines a write stores (none for an empty buffer). */
  content(): string[] {
    return this.empty ? [] : this.lines;
  }

  /** Removes lines [from, to) and keeps at least one (empty) line, as vim does. */
  deleteLines(from: number, to: number): string[] {
    const gone = this.lines.splice(from, to - from);
    if (this.lines.length === 0) {
      this.lines = [''];
      this.empty = true;
    }
    this.row = Math.min(from, this.lines.length - 1);
    return gone;
  }

  insertLines(at: number, lines: string[]): void {
    if (this.empty) {
      this.lines = [...lines];
      this.empty = false;
      this.row = 0;
      return;
    }
    this.lines.splice(at, 0, ...lines);
  }

  /** Any text typed into an empty buffer makes it a one-line buffer. */
  touch(): void {
    this.empty = false;
  }
}
