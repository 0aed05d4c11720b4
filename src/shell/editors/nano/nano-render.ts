import type { Frame } from '../screen-painter';
import type { NanoEditor } from './nano-editor';

const INV = (s: string) => `\x1b[7m${s}\x1b[27m`;

// The two-line shortcut bars of nano 7.2 at 80 columns (recorded), key names shown inverse.
const MAIN = [
  ['^G', 'Help'], ['^O', 'Write Out'], ['^W', 'Where Is'], ['^K', 'Cut'], ['^T', 'Execute'], ['^C', 'Location'],
  ['^X', 'Exit'], ['^R', 'Read File'], ['^\\', 'Replace'], ['^U', 'Paste'], ['^J', 'Justify'], ['^/', 'Go To Line'],
];
const WRITE = [
  ['^G', 'Help'], ['M-D', 'DOS Format'], ['M-A', 'Append'], ['M-B', 'Backup File'],
  ['^C', 'Cancel'], ['M-M', 'Mac Format'], ['M-P', 'Prepend'], ['^T', 'Browse'],
];

function bar(items: string[][], perRow: number, cols: number): string[] {
  const width = Math.floor(cols / perRow);
  const rows: string[] = [];
  for (let r = 0; r < 2; r++) {
    let row = '';
    items.slice(r * perRow, (r + 1) * perRow).forEach(([key, label], i, a) => {
      const cell = ' ' + label;
      row += INV(key) + (i === a.length - 1 ? cell : cell.padEnd(width - key.length).slice(0, width - key.length));
    });
    rows.push(row);
  }
  return rows;
}

/** nano's screen: title bar, text, the status/prompt row, and two rows of shortcuts. */
export function renderNano(ed: NanoEditor): Frame {
  const cols = ed.o.columns;
  const textRows = ed.o.rows - 4;
  const name = ed.file ?? 'New Buffer';
  const title = name + (ed.modified ? ' *' : '');
  // Where nano 7.2 puts the name (measured at 80 columns): centred in the room the version
  // and the state leave; "New Buffer" sits two columns further left.
  const at = ed.file === undefined ? Math.floor((cols - 10) / 2) : 15 + Math.floor((cols - 25 - name.length) / 2);
  const head = ('  GNU nano 7.2'.padEnd(Math.max(15, at)) + title).padEnd(cols).slice(0, cols);
  if (ed.row < ed.top) ed.top = ed.row;
  if (ed.row >= ed.top + textRows) ed.top = ed.row - textRows + 1;
  const rows = [INV(head)];
  for (let i = 0; i < textRows; i++) {
    const line = ed.lines[ed.top + i] ?? '';
    rows.push(line.length > cols ? line.slice(0, cols - 1) + '>' : line);
  }
  let cursor = { row: 1 + ed.row - ed.top, col: Math.min(ed.col, cols - 1) };
  const p = ed.prompt;
  if (p?.kind === 'filename') {
    const text = 'File Name to Write: ' + p.text;
    rows.push(INV(text.padEnd(cols)));
    rows.push(...bar(WRITE, 4, cols));
    cursor = { row: textRows + 1, col: Math.min(cols - 1, text.length) };
  } else if (p?.kind === 'save') {
    rows.push(INV('Save modified buffer?'.padEnd(cols)));
    rows.push(` ${INV('Y')} Yes`, ` ${INV('N')} No           ${INV('^C')} Cancel`);
    cursor = { row: textRows + 1, col: 22 };
  } else {
    const msg = ed.status ? `[ ${ed.status} ]` : '';
    rows.push(msg ? ' '.repeat(Math.max(0, Math.floor((cols - msg.length) / 2))) + INV(msg) : '');
    rows.push(...bar(MAIN, 6, cols));
  }
  return { rows, cursor };
}
