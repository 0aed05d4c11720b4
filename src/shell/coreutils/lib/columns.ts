/**
 * GNU ls's multi-column layout (-C, the default on a terminal): the most columns that fit the
 * line, filled top to bottom; each column as wide as its longest name plus 2 (the last one
 * unpadded); gaps are filled with tabs at 8-column stops, then spaces, as ls's indent() does.
 * `width(i)` is the printed width of item i.
 */
export function formatColumns(items: string[], widths: number[], lineLength: number): string {
  const n = items.length;
  if (n === 0) return '';
  const MIN = 3;
  const maxCols = Math.max(1, Math.min(Math.floor(lineLength / MIN) || 1, n));
  const info = Array.from({ length: maxCols }, (_, i) => ({ valid: true, lineLen: (i + 1) * MIN, cols: new Array<number>(i + 1).fill(MIN) }));
  for (let f = 0; f < n; f++) {
    for (let i = 0; i < maxCols; i++) {
      const c = info[i];
      if (!c.valid) continue;
      const idx = Math.floor(f / Math.floor((n + i) / (i + 1)));
      const real = widths[f] + (idx === i ? 0 : 2);
      if (c.cols[idx] < real) {
        c.lineLen += real - c.cols[idx];
        c.cols[idx] = real;
        c.valid = c.lineLen < lineLength;
      }
    }
  }
  let cols = maxCols;
  while (cols > 1 && !info[cols - 1].valid) cols--;
  const colArr = info[cols - 1].cols;
  const rows = Math.floor(n / cols) + (n % cols !== 0 ? 1 : 0);
  let out = '';
  for (let row = 0; row < rows; row++) {
    let col = 0;
    let f = row;
    let pos = 0;
    for (;;) {
      out += items[f];
      const max = colArr[col++];
      const from = pos + widths[f];
      f += rows;
      if (f >= n) break;
      out += indent(from, pos + max);
      pos += max;
    }
    out += '\n';
  }
  return out;
}

function indent(from: number, to: number): string {
  let s = '';
  while (from < to) {
    if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      s += '\t';
      from += 8 - (from % 8);
    } else {
      s += ' ';
      from++;
    }
  }
  return s;
}
