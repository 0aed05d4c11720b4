import type { Frame } from '../screen-painter';
import { utf8Length } from '../editor-file';
import type { ViEditor } from './vi-editor';
import { selection, selectionSize } from './vi-visual';

const TAB = 8;
const BLUE = (s: string) => `\x1b[94m${s}\x1b[0m`;
const BOLD = (s: string) => `\x1b[1m${s}\x1b[0m`;
const ERROR = (s: string) => `\x1b[97;41m${s}\x1b[0m`;
/** LineNr as vim draws it on a 256-colour terminal (recorded in tmux: colour 130). */
const LINE_NR = (s: string) => `\x1b[38;5;130m${s}\x1b[0m`;
const REVERSE = (s: string) => `\x1b[7m${s}\x1b[0m`;
/** :set number's column: the number right-aligned in 3, then a space (numberwidth=4). */
const NUMBER_WIDTH = 4;

/** A line as the screen shows it: tabs to the next multiple of 8, control characters as ^X. */
function displayChars(line: string, selected?: [number, number]): string[] {
  const cells: string[] = [];
  let i = 0;
  for (const ch of line) {
    const from = cells.length;
    if (ch === '\t') do cells.push(' '); while (cells.length % TAB);
    else if (ch < ' ' || ch === '\x7f') cells.push('^', String.fromCharCode(ch.charCodeAt(0) ^ 0x40));
    else cells.push(ch);
    if (selected && i >= selected[0] && i < selected[1]) for (let c = from; c < cells.length; c++) cells[c] = REVERSE(cells[c]);
    i += ch.length;
  }
  return cells;
}

function width(s: string): number {
  return displayChars(s).length;
}

const rowsFor = (line: string, cols: number) => Math.max(1, Math.ceil(width(line) / cols));

/**
 * The screen vim draws with Debian's defaults.vim: text rows, `~` past the end, and the last
 * row holding the message or mode on the left and the ruler ("3,12          All") at column
 * cols-18. busybox vi has no ruler.
 */
export function renderVi(ed: ViEditor): Frame {
  const gutter = ed.number ? NUMBER_WIDTH : 0;
  const cols = ed.columns - gutter;
  const textRows = ed.rows - 1;
  const b = ed.buf;
  const sel = selection(ed);
  // Scroll so the cursor line is on screen, whole.
  if (b.row < ed.top) ed.top = b.row;
  const used = (from: number, to: number) => { let n = 0; for (let i = from; i <= to; i++) n += rowsFor(b.lines[i], cols); return n; };
  while (ed.top < b.row && used(ed.top, b.row) > textRows) ed.top++;
  const rows: string[] = [];
  let cursor = { row: 0, col: 0 };
  let i = ed.top;
  for (; i < b.lines.length && rows.length < textRows; i++) {
    const line = b.lines[i];
    const picked: [number, number] | undefined = !sel || i < sel.start.row || i > sel.end.row ? undefined
      : sel.line ? [0, line.length || 1] : [i === sel.start.row ? sel.start.col : 0, i === sel.end.row ? sel.end.col + 1 : line.length + 1];
    const cells = displayChars(line, picked);
    // A selected empty line shows one selected cell.
    if (picked && !line.length) cells.push(REVERSE(' '));
    const need = rowsFor(line, cols);
    if (rows.length + need > textRows && i !== ed.top) break;
    if (i === b.row) cursor = cursorCell(ed, rows.length, cols);
    for (let r = 0; r < need && rows.length < textRows; r++) {
      const num = !gutter ? '' : r === 0 ? LINE_NR(String(i + 1).padStart(gutter - 1) + ' ') : ' '.repeat(gutter);
      rows.push(num + cells.slice(r * cols, (r + 1) * cols).join(''));
    }
  }
  const bottom = i - 1;
  const partial = i < b.lines.length;
  while (rows.length < textRows) rows.push(partial ? BLUE('@') : BLUE('~'));
  if (ed.intro && b.empty) intro(rows, ed.columns);
  rows.push(lastLine(ed, bottom, ed.columns));
  if (ed.mode === 'cmdline') cursor = { row: textRows, col: Math.min(ed.columns - 1, width(ed.cmdline)) };
  else cursor.col += gutter;
  return { rows, cursor };
}

function cursorCell(ed: ViEditor, firstRow: number, cols: number): { row: number; col: number } {
  const b = ed.buf;
  let cell = width(b.line.slice(0, b.col));
  // In normal mode the cursor sits on the last cell of a tab.
  if (ed.mode !== 'insert' && b.line[b.col] === '\t') cell = width(b.line.slice(0, b.col + 1)) - 1;
  return { row: firstRow + Math.floor(cell / cols), col: cell % cols };
}

function lastLine(ed: ViEditor, bottom: number, cols: number): string {
  if (ed.mode === 'cmdline') return ed.cmdline;
  let left = ed.msg;
  let styled = ed.msgError ? ERROR(left) : left;
  if (!left && ed.mode === 'insert' && ed.msgs.insert) styled = BOLD((left = ed.msgs.insert));
  if (!left && ed.visual) styled = BOLD((left = ed.msgs.visual(ed.visual.line)));
  if (ed.o.flavor === 'busybox') return styled;
  const rulerCol = cols - 18;
  // showcmd: the keys of a command being typed, or the size of the visual selection.
  const showCol = rulerCol - 10;
  const shown = ed.visual ? selectionSize(ed) : ed.pending;
  if (width(left) >= rulerCol) return styled;
  if (shown && width(left) < showCol) return styled + ' '.repeat(showCol - width(left)) + shown.padEnd(10) + rulerText(ed, bottom);
  return styled + ' '.repeat(rulerCol - width(left)) + rulerText(ed, bottom);
}

function rulerText(ed: ViEditor, bottom: number): string {
  const b = ed.buf;
  const line = b.empty ? 0 : b.row + 1;
  let col: string;
  if (b.line.length === 0) col = ed.mode === 'insert' ? '1' : '0-1';
  else {
    const byte = utf8Length(b.line.slice(0, b.col)) + 1;
    const v = ed.mode !== 'insert' && b.line[b.col] === '\t' ? width(b.line.slice(0, b.col + 1)) : width(b.line.slice(0, b.col)) + 1;
    col = byte === v ? String(byte) : `${byte}-${v}`;
  }
  const pos = `${line},${col}`;
  const above = ed.top;
  const below = b.lines.length - 1 - bottom;
  const where = above === 0 && below <= 0 ? 'All' : above === 0 ? 'Top' : below <= 0 ? 'Bot' : `${Math.floor((above * 100) / (above + below))}%`;
  return pos.padEnd(14) + where;
}

const INTRO = [
  'VIM - Vi IMproved',
  '',
  'version 9.0.2142',
  'by Bram Moolenaar et al.',
  'Modified by team+vim@tracker.debian.org',
  'Vim is open source and freely distributable',
  '',
  'Help poor children in Uganda!',
  'type  :help iccf<Enter>       for information',
  '',
  'type  :q<Enter>               to exit',
  'type  :help<Enter>  or  <F1>  for on-line help',
  'type  :help version9<Enter>   for version info',
];

/** vim's splash screen, centred as vim centres it (each line by its own width, the block by its height). */
function intro(rows: string[], cols: number): void {
  const top = Math.max(1, Math.floor((rows.length - INTRO.length) / 2));
  // vim centres the "type ..." lines as one block, by the widest of them.
  const blockWidth = Math.max(...INTRO.filter((l) => l.startsWith('type')).map((l) => l.length));
  INTRO.forEach((text, k) => {
    if (!text || top + k >= rows.length) return;
    const w = text.startsWith('type') ? blockWidth : text.length;
    const pad = Math.max(0, Math.floor((cols - w) / 2));
    rows[top + k] = BLUE('~') + ' '.repeat(Math.max(0, pad - 1)) + text;
  });
}
