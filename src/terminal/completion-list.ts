import { wcwidth } from './wcwidth';

/**
 * Lays out completion candidates the way readline lists them on a second Tab: sorted, each
 * column as wide as the longest candidate plus two spaces, as many columns as fit the width
 * (one fewer when they would fill it exactly), filled top to bottom then left to right; every
 * item but those in the last column is padded, even the last of a row. Returns the rows, without
 * line ends.
 */
export function completionList(candidates: string[], columns: number): string[] {
  const items = [...new Set(candidates)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const max = Math.max(0, ...items.map(wcwidth)) + 2;
  let perRow = Math.floor(columns / max);
  if (perRow !== 1 && perRow * max === columns) perRow--;
  if (perRow <= 0) perRow = 1;
  const rowCount = Math.ceil(items.length / perRow);
  const rows: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const i = r + c * rowCount;
      if (i >= items.length) break;
      line += items[i];
      if (c + 1 < perRow) line += ' '.repeat(max - wcwidth(items[i]));
    }
    rows.push(line);
  }
  return rows;
}
