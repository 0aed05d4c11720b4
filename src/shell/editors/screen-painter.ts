import type { Terminal } from '../process';

/** What a full-screen program shows: one string per screen row (ANSI styling allowed) and the cursor. */
export interface Frame {
  rows: string[];
  cursor: { row: number; col: number };
}

const CSI = '\x1b[';

/**
 * Draws frames on the alternate screen, as vim and nano do (`\x1b[?1049h`), so the shell's
 * screen comes back untouched when the program ends. Only rows that changed are redrawn,
 * which keeps a keystroke's output small.
 */
export class ScreenPainter {
  private last: string[] = [];

  constructor(private readonly tty: Terminal) {}

  enter(): void {
    this.tty.write(`${CSI}?1049h${CSI}H${CSI}2J`);
    this.last = [];
  }

  paint(frame: Frame): void {
    let out = `${CSI}?25l`;
    frame.rows.forEach((row, i) => {
      if (this.last[i] === row) return;
      out += `${CSI}${i + 1};1H${row}${CSI}0m${CSI}K`;
    });
    for (let i = frame.rows.length; i < this.last.length; i++) out += `${CSI}${i + 1};1H${CSI}K`;
    this.last = [...frame.rows];
    out += `${CSI}${frame.cursor.row + 1};${frame.cursor.col + 1}H${CSI}?25h`;
    this.tty.write(out);
  }

  /** Forget what is on screen (after a resize): the next paint redraws every row. */
  invalidate(): void {
    this.last = [];
  }

  leave(): void {
    // The final "\r" tells the line editor the cursor is back at the start of a line.
    this.tty.write(`${CSI}?1049l\r`);
  }
}
