import type { Frame } from '../screen-painter';
import { utf8Length } from '../editor-file';
import type { ViEditor } from './vi-editor';

const TAB = 8;
const BLUE = (s: string) => `\x1b[94m${s}\x1b[0m`;
const BOLD = (s: string) => `\x1b[1m${s}\x1b[0m`;
const ERROR = (s: string) => `\x1b[97;41m${s}\x1b[0m`;

/** A line as the screen shows it: tabs to the next multiple of 8, control characters as ^X. */
function displayChars(line: string): string[] {
  const cells: string[] = [];
  for (const ch of line) {
    if (ch === '\t') do cells.push(' '); while (cells.length % TAB);
    else if (ch < ' ' || ch === '\x7f') cells.push('^', String.fromCharCode(ch.charCodeAt(0) ^ 0x40));
    else cells.push(ch);
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
  const cols = ed.columns;
  const textRows = ed.rows - 1;
  const b = ed.buf;
  // Scroll so the cursor line is on screen, whole.
  if (b.row < ed.top) ed.top = b.row;
  const used = (from: number, to: number) => { let n = 0; for (let i = from; i <= to; i++) n += rowsFor(b.lines[i], cols); return n; };
  while (ed.top < b.row && used(ed.top, b.row) > textRows) ed.top++;
  const rows: string[] = [];
  let cursor = { row: 0, col: 0 };
  let i = ed.top;
  for (; i < b.lines.length && rows.length < textRows; i++) {
    const cells = displayChars(b.lines[i]);
    const need = rowsFor(b.lines[i], cols);
    if (rows.length + need > textRows && i !== ed.top) break;
    if (i === b.row) cursor = cursorCell(ed, rows.length, cols);
    for (let r = 0; r < need && rows.length < textRows; r++) rows.push(cells.slice(r * cols, (r + 1) * cols).join(''));
  }
  const bottom = i - 1;
  const partial = i < b.lines.length;
  while (rows.length < textRows) rows.push(partial ? BLUE('@') : BLUE('~'));
  if (ed.intro && b.empty) intro(rows, cols);
  rows.push(lastLine(ed, bottom, cols));
  if (ed.mode === 'cmdline') cursor = { row: textRows, col: Math.min(cols - 1, width(ed.cmdline)) };
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
  if (ed.o.flavor === 'busybox') return styled;
  const rulerCol = cols - 18;
  const ruler = rulerText(ed, bottom);
  if (width(left) >= rulerCol) return styled;
  return styled + ' '.repeat(rulerCol - width(left)) + ruler;
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
