import type { Register, ViEditor } from './vi-editor';

/** Where a visual selection began, and whether it is linewise (V) or characterwise (v). */
export interface Visual {
  row: number;
  col: number;
  line: boolean;
}

interface Pos {
  row: number;
  col: number;
}

/** The selection's first and last positions, in buffer order (the last character is included). */
export function selection(ed: ViEditor): { start: Pos; end: Pos; line: boolean } | undefined {
  const v = ed.visual;
  if (!v) return undefined;
  const a = { row: v.row, col: v.col };
  const c = { row: ed.buf.row, col: ed.buf.col };
  const aFirst = a.row < c.row || (a.row === c.row && a.col <= c.col);
  return { start: aFirst ? a : c, end: aFirst ? c : a, line: v.line };
}

/** vim's showcmd in visual mode: the lines selected, or the characters when on one line. */
export function selectionSize(ed: ViEditor): string {
  const s = selection(ed);
  if (!s) return '';
  if (s.line || s.start.row !== s.end.row) return String(s.end.row - s.start.row + 1);
  return String(s.end.col - s.start.col + 1);
}

/**
 * A key in visual mode (motions were handled by the editor): v V switch or leave, o goes to
 * the other end, d x X D delete, y Y yank, p P put over the selection, : starts `:'<,'>`.
 */
export function visualCommand(ed: ViEditor, cmd: string): 'pending' | void {
  const s = selection(ed)!;
  const v = ed.visual!;
  const b = ed.buf;
  switch (cmd) {
    case 'g': return 'pending';
    case '\x1b': case '\x03': return leave(ed, s);
    case 'v': case 'V':
      if (v.line === (cmd === 'V')) return leave(ed, s);
      v.line = cmd === 'V';
      return;
    case 'o': {
      const { row, col } = b;
      b.row = v.row;
      b.col = v.col;
      v.row = row;
      v.col = col;
      return;
    }
    case 'y': case 'Y': return yank(ed, s.start, s.end, s.line || cmd === 'Y');
    case 'd': case 'x': case 'X': case 'D': {
      const line = s.line || cmd === 'X' || cmd === 'D';
      leave(ed, s);
      remove(ed, s.start, s.end, line);
      return;
    }
    case 'p': case 'P': {
      const reg: Register = ed.register;
      leave(ed, s);
      b.begin();
      const atEnd = remove(ed, s.start, s.end, s.line);
      // `P` keeps the register; `p` leaves the replaced text in it.
      const replaced = ed.register;
      if (reg.lines && !s.line) {
        // Lines put over characters go on lines of their own, between the two halves.
        b.lines.splice(b.row, 1, b.line.slice(0, b.col), b.line.slice(b.col));
        b.row++;
        ed.put(true, 1, reg);
      } else if (!reg.lines && s.line) ed.put(!atEnd, 1, { lines: reg.text.split('\n'), text: '' });
      else ed.put(!atEnd, 1, reg);
      b.commit();
      ed.register = cmd === 'p' ? replaced : reg;
      ed.lastChange = null;
      return;
    }
    case ':':
      leave(ed, s);
      ed.mode = 'cmdline';
      ed.cmdline = ":'<,'>";
      return;
  }
}

/** Back to normal mode; the selection's rows are what `'<` and `'>` name. */
function leave(ed: ViEditor, s: { start: Pos; end: Pos }): void {
  ed.visualMarks = [s.start.row, s.end.row];
  ed.visual = null;
  ed.mode = 'normal';
}

function yank(ed: ViEditor, start: Pos, end: Pos, line: boolean): void {
  const b = ed.buf;
  const n = end.row - start.row + 1;
  ed.register = line ? { lines: b.lines.slice(start.row, end.row + 1), text: '' } : { lines: null, text: textBetween(ed, start, end) };
  leave(ed, { start, end });
  b.row = start.row;
  b.col = line ? 0 : start.col;
  ed.want = b.col;
  ed.setMessage(n >= 3 ? ed.msgs.yanked(n) : '');
}

function textBetween(ed: ViEditor, start: Pos, end: Pos): string {
  const l = ed.buf.lines;
  if (start.row === end.row) return l[start.row].slice(start.col, end.col + 1);
  return [l[start.row].slice(start.col), ...l.slice(start.row + 1, end.row), l[end.row].slice(0, end.col + 1)].join('\n');
}

/**
 * Deletes the selection into the register, as one change (`.` repeats a linewise one as `Ndd`
 * and a one-line characterwise one as `Nx`). True when the text went up to the end of the
 * line or buffer, so a put over it goes after, not before.
 */
function remove(ed: ViEditor, start: Pos, end: Pos, line: boolean): boolean {
  const b = ed.buf;
  const n = end.row - start.row + 1;
  // vim moves to the start first (linewise: its column 0), which is where undo comes back to.
  b.row = start.row;
  b.col = line ? 0 : start.col;
  if (line) {
    const atEnd = end.row === b.lines.length - 1 && start.row > 0;
    ed.deleteRows(start.row, end.row + 1);
    ed.lastChange = [...String(n), 'd', 'd'];
    return atEnd;
  }
  ed.register = { lines: null, text: textBetween(ed, start, end) };
  const atEnd = end.col >= b.lines[end.row].length - 1;
  b.change(() => {
    b.touch();
    b.lines.splice(start.row, n, b.lines[start.row].slice(0, start.col) + b.lines[end.row].slice(end.col + 1));
  });
  b.row = start.row;
  b.col = Math.max(0, Math.min(start.col, b.line.length - 1));
  ed.want = b.col;
  ed.lastChange = n === 1 ? [...String(end.col - start.col + 1), 'x'] : null;
  ed.setMessage(n - 1 >= 3 ? ed.msgs.fewer(n - 1) : '');
  return atEnd;
}
