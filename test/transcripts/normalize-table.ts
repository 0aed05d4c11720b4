// Docker prints its tables through a tabwriter (minwidth 10, padding 3, last column unpadded;
// `docker top` uses minwidth 20). A table is recognised only when re-laying its cells out with
// those rules gives back every line byte for byte, so ordinary text is never mistaken for one.

export interface Table {
  minwidth: number;
  /** Header cells, then one array of cells per row; every row has the header's length. */
  rows: string[][];
}

const MINWIDTHS = [10, 20];
const PADDING = 3;
// Header cells: upper-case words with single spaces inside ("CONTAINER ID", "MEM USAGE / LIMIT").
const HEADER = /^[A-Z][A-Z0-9%/.()_-]*(?: [A-Z0-9%/.()_-]+)*(?: {2,}[A-Z][A-Z0-9%/.()_-]*(?: [A-Z0-9%/.()_-]+)*)+$/;

function width(s: string): number {
  return [...s].length;
}

/** Lays cells out as docker's tabwriter does. */
export function layoutTable(t: Table): string[] {
  const cols = t.rows[0].length;
  const widths: number[] = [];
  for (let c = 0; c < cols - 1; c++) widths.push(Math.max(t.minwidth, ...t.rows.map((r) => width(r[c]) + PADDING)));
  return t.rows.map((r) => r.map((cell, c) => (c < cols - 1 ? cell + ' '.repeat(widths[c] - width(cell)) : cell)).join(''));
}

function columnStarts(header: string): number[] {
  const starts = [0];
  const re = / {2,}(?=\S)/g;
  for (let m = re.exec(header); m; m = re.exec(header)) starts.push(m.index + m[0].length);
  return starts;
}

function slice(line: string, starts: number[]): string[] {
  const chars = [...line];
  return starts.map((s, i) => {
    const cell = chars.slice(s, i + 1 < starts.length ? starts[i + 1] : undefined).join('');
    return i + 1 < starts.length ? cell.trimEnd() : cell;
  });
}

/**
 * Finds the table that starts at lines[at] (a header line) and runs to the next blank line or
 * the end; returns it with the number of lines it spans, or undefined if these lines are not
 * exactly a tabwriter table.
 */
export function readTable(lines: string[], at: number): { table: Table; length: number } | undefined {
  const header = lines[at];
  if (!HEADER.test(header)) return undefined;
  let end = at + 1;
  while (end < lines.length && lines[end] !== '') end++;
  const block = lines.slice(at, end);
  const starts = columnStarts(header);
  const rows = block.map((l) => slice(l, starts));
  for (const minwidth of MINWIDTHS) {
    const table = { minwidth, rows };
    const again = layoutTable(table);
    if (again.every((l, i) => l === block[i])) return { table, length: block.length };
  }
  return undefined;
}
