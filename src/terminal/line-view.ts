import { ansi, stripAnsi } from './ansi';
import { wcwidth } from './wcwidth';

interface Pos {
  row: number;
  col: number;
}

/**
 * Where each character of prompt + line lands on screen, starting at `startCol` of row 0.
 * Mirrors the terminal's autowrap: a character that does not fit in what is left of a row
 * (a wide one with one cell left) goes to the start of the next row, leaving the rest blank.
 * Returns the position of every line character and of the end (the cell after the last one).
 */
function layout(startCol: number, prompt: string, chars: string[], cols: number): Pos[] {
  let row = 0;
  let col = startCol;
  const place = (ch: string): Pos => {
    if (ch === '\n') {
      const at = { row, col };
      row++;
      col = 0;
      return at;
    }
    const w = wcwidth(ch);
    if (col + w > cols) {
      row++;
      col = 0;
    }
    const at = { row, col };
    col += w;
    return at;
  };
  for (const ch of prompt) place(ch);
  const pos = chars.map(place);
  pos.push(col >= cols ? { row: row + 1, col: 0 } : { row, col });
  return pos;
}

/**
 * Draws a prompt and the line being edited with relative cursor motion only, so it works
 * wherever the prompt starts and never needs to read the screen. It remembers on which row of
 * the edit area the terminal cursor is; every redraw goes back to the first row, erases below
 * and writes prompt + line again, so editing, wrapping and resizing cannot corrupt the prompt.
 */
export class LineView {
  prompt = '';
  private promptText = '';
  private startCol = 0;
  private cursorRow = 0;

  constructor(
    private readonly out: (s: string) => void,
    public cols: number,
  ) {}

  /** Starts a new edit area at the current cursor, which is at `startCol`. */
  begin(prompt: string, startCol: number): void {
    this.prompt = prompt;
    this.promptText = stripAnsi(prompt);
    this.startCol = startCol;
    this.cursorRow = 0;
  }

  /** Full redraw of prompt + line, leaving the cursor at `cursor`. */
  draw(chars: string[], cursor: number): void {
    const pos = layout(this.startCol, this.promptText, chars, this.cols);
    let s = ansi.up(this.cursorRow) + '\r' + ansi.right(this.startCol) + ansi.clearBelow + this.prompt;
    s += chars.join('').replace(/\n/g, '\r\n');
    s += this.afterText(pos, chars);
    this.cursorRow = pos[pos.length - 1].row;
    this.out(cursor < chars.length ? s + this.moveTo(pos[cursor]) : s);
  }

  /** The cheap path for typing at the end of the line: the text before it does not move. */
  append(chars: string[], added: string): void {
    const pos = layout(this.startCol, this.promptText, chars, this.cols);
    this.out(added.replace(/\n/g, '\r\n') + this.afterText(pos, chars));
    this.cursorRow = pos[pos.length - 1].row;
  }

  /** Moves the terminal cursor to character index `cursor` without redrawing. */
  place(chars: string[], cursor: number): void {
    this.out(this.moveTo(layout(this.startCol, this.promptText, chars, this.cols)[cursor]));
  }

  /** Moves below the edit area (to column 0 of the row after its last row). */
  finish(chars: string[], suffix = ''): void {
    const pos = layout(this.startCol, this.promptText, chars, this.cols);
    const end = pos[pos.length - 1];
    const lastRow = end.col === 0 && end.row > 0 && chars[chars.length - 1] !== '\n' ? end.row - 1 : end.row;
    // After a line that fills its last row exactly the cursor already sits on the next row.
    const below = this.cursorRow > lastRow && !suffix ? '\r' : ansi.down(lastRow - this.cursorRow) + '\r\n';
    this.out(suffix + below);
    this.cursorRow = 0;
  }

  /** After a width change the terminal has reflowed the edit area: the cursor's row in the new layout is where it is now. */
  resync(chars: string[], cursor: number): void {
    this.startCol = Math.min(this.startCol, this.cols - 1);
    this.cursorRow = layout(this.startCol, this.promptText, chars, this.cols)[cursor].row;
  }

  /** The column after the last character. */
  endCol(chars: string[]): number {
    const pos = layout(this.startCol, this.promptText, chars, this.cols);
    return pos[pos.length - 1].col;
  }

  /** Erases the edit area, leaving the cursor where the prompt started. */
  erase(): void {
    this.out(ansi.up(this.cursorRow) + '\r' + ansi.right(this.startCol) + ansi.clearBelow);
    this.cursorRow = 0;
  }

  /** Forget the edit area's place (the screen was cleared, or output went below it). */
  reset(startCol = 0): void {
    this.startCol = startCol;
    this.cursorRow = 0;
  }

  // When the text ends exactly at the right margin the terminal holds the cursor on the last
  // column (pending wrap); move it to the next row for real so relative moves stay exact.
  private afterText(pos: Pos[], chars: string[]): string {
    const end = pos[pos.length - 1];
    const last = chars.length ? chars[chars.length - 1] : this.promptText.slice(-1);
    return end.col === 0 && end.row > 0 && last !== '\n' && last !== '' ? '\r\n' : '';
  }

  /** Relative move from the cursor's row to `at`; the column is set from the row start. */
  private moveTo(at: Pos): string {
    const from = this.cursorRow;
    this.cursorRow = at.row;
    const vertical = at.row < from ? ansi.up(from - at.row) : ansi.down(at.row - from);
    return vertical + '\r' + ansi.right(at.col);
  }
}
