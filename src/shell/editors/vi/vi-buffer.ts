interface State {
  lines: string[];
  empty: boolean;
}

/** One change: the text before and after it, the cursor before it, its number and time. */
interface Step {
  before: State;
  after: State;
  row: number;
  col: number;
  seq: number;
  time: number;
}

/** What `u` or Ctrl-R reports: vim's "1 line less; before #2  0 seconds ago". */
export interface UndoReport {
  /** Lines the buffer gained (negative: lost). */
  lineDelta: number;
  /** Lines that differ, when the count stayed the same ("2 changes"). */
  changed: number;
  seq: number;
  seconds: number;
  redo: boolean;
}

/**
 * The text vi edits: lines, the cursor, and undo/redo. vim keeps an empty buffer apart from a
 * buffer holding one empty line (its ruler shows line 0 and "--No lines in buffer--"), so
 * `empty` marks that state. Each change (a whole insert, a dd, an x, a :s) is one undo step
 * with the sequence number and time vim reports ("before #3  2 seconds ago"); undo and redo
 * walk one line of vim's undo tree (a new change after undo drops the redo steps, but keeps
 * counting, as vim's numbers do).
 */
export class ViBuffer {
  lines: string[];
  empty: boolean;
  row = 0;
  col = 0;
  /** The sequence number of the newest change still applied; the saved state's is savedSeq. */
  seq = 0;
  savedSeq = 0;
  /** Changes made so far (not undos), so the editor can tell a key changed the text. */
  changes = 0;
  private nextSeq = 1;
  private readonly undos: Step[] = [];
  private readonly redos: Step[] = [];
  private open: Omit<Step, 'after' | 'seq'> | null = null;

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
    this.open = { before: this.state(), row: this.row, col: this.col, time: this.now() };
  }

  /** Ends the change begun last; a change that changed nothing leaves no undo step. */
  commit(): void {
    const s = this.open;
    this.open = null;
    if (!s) return;
    const after = this.state();
    if (s.before.empty === after.empty && sameLines(s.before.lines, after.lines)) return;
    const step = { ...s, after, seq: this.nextSeq++ };
    this.undos.push(step);
    this.redos.length = 0;
    this.seq = step.seq;
    this.changes++;
  }

  /** One change: begin, apply, commit. */
  change(fn: () => void): void {
    this.begin();
    fn();
    this.commit();
  }

  /** Undoes the newest change; undefined when there is none ("Already at oldest change"). */
  undo(): UndoReport | undefined {
    const s = this.undos.pop();
    if (!s) return undefined;
    this.redos.push(s);
    const r = this.apply(s, s.before, false);
    this.seq = this.undos.length ? this.undos[this.undos.length - 1].seq : 0;
    return r;
  }

  /** Redoes the change undone last; undefined when there is none ("Already at newest change"). */
  redo(): UndoReport | undefined {
    const s = this.redos.pop();
    if (!s) return undefined;
    this.undos.push(s);
    const r = this.apply(s, s.after, true);
    this.seq = s.seq;
    return r;
  }

  /**
   * Puts `to` in place and the cursor where vim's u_undoredo puts it: on the first line that
   * differs, or back where the change began when that is within a line of the changed lines;
   * on the column it began at when on that same line, else on the first non-blank.
   */
  private apply(s: Step, to: State, redo: boolean): UndoReport {
    const from = this.lines;
    const lineDelta = (to.empty ? 0 : to.lines.length) - (this.empty ? 0 : from.length);
    const short = Math.min(from.length, to.lines.length);
    let p = 0;
    while (p < short && from[p] === to.lines[p]) p++;
    let q = 0;
    while (q < short - p && from[from.length - 1 - q] === to.lines[to.lines.length - 1 - q]) q++;
    const newSize = to.lines.length - p - q;
    let changed = 0;
    if (lineDelta === 0) for (let i = 0; i < to.lines.length; i++) if (from[i] !== to.lines[i]) changed++;
    this.lines = [...to.lines];
    this.empty = to.empty;
    let row = s.row >= p - 1 && s.row <= p + newSize ? s.row : p;
    if (s.row + 1 === row && row > 0) row--;
    this.row = Math.min(row, this.lines.length - 1);
    this.col = this.row === s.row ? s.col : Math.max(0, this.line.search(/\S/));
    return { lineDelta, changed: Math.max(1, changed), seq: s.seq, seconds: Math.max(0, Math.floor((this.now() - s.time) / 1000)), redo };
  }

  private state(): State {
    return { lines: [...this.lines], empty: this.empty };
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

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}
