/**
 * yum's and dnf's column layout (Output.calcColumns and Output.fmtColumns in yum 3.4's and
 * dnf 4.7's output.py), so the transaction table fits the terminal as theirs does: spare width
 * goes, step by step, to the column where it lets the most rows fit; a value wider than its
 * column breaks the line and the next column starts below, where it would have started.
 */

/** Column lengths seen: length -> how many values have it. */
export type Lengths = Map<number, number>;

/** calcColumns. `total` undefined is dnf off a terminal: as wide as the widest row, at least `fallback`. */
export function calcColumns(data: Lengths[], columns: number[], remainder: number, total: number | undefined, indent: number, fallback: number): number[] {
  let cols = data.length;
  const d = data.map((m) => [...m.entries()].sort((a, b) => a[0] - b[0]));
  const c = [...columns];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let left = total ?? 0;
  if (!left) {
    const full = d.map((x, i) => (x.length ? x[x.length - 1][0] : c[i] + 1));
    full[0] += indent;
    if (sum(full) > fallback) return full;
    left = fallback;
  }
  left -= sum(c) + (cols - 1) + indent;
  if (!c[cols - 1]) left += 1;
  while (left > 0) {
    // the column that the spaces left would let the most values fit in (ties: the later one)
    let helps = 0;
    let val = 0;
    for (let i = 0; i < cols; i++) {
      let th = 0;
      for (const [len, n] of d[i]) {
        if (left < len - c[i]) break;
        th += n;
      }
      if (!th) continue;
      if (helps && i === cols - 1 && th / 2 < helps) continue;
      if (th < helps) continue;
      helps = th;
      val = i;
    }
    if (helps) {
      const diff = d[val].shift()![0] - c[val];
      if (!c[val] && val === cols - 1) left -= 1;
      c[val] += diff;
      left -= diff;
      continue;
    }
    const over = d.filter((x) => x.length).length;
    if (over) {
      const norm = Math.floor(left / over);
      d.forEach((x, i) => {
        if (!x.length) return;
        c[i] += norm;
        left -= norm;
      });
    }
    cols -= 1;
    const norm = Math.floor(left / cols);
    for (let i = 0; i < cols; i++) c[i] += norm;
    c[remainder] += left - cols * norm;
    left = 0;
  }
  return c;
}

/** fmtColumns: [value, width] pairs, negative width left-aligns; the last column is padded, never broken. */
export function fmtColumns(columns: Array<[string, number]>, msg = '', end = ''): string {
  let out = msg;
  let used = msg.length;
  columns.slice(0, -1).forEach(([val, w]) => {
    const width = Math.abs(w);
    if (val.length <= width) out += (w < 0 ? val.padEnd(width) : val.padStart(width)) + ' ';
    else out += val + '\n' + ' '.repeat(used + width + 1);
    used += width + 1;
  });
  const [val, w] = columns[columns.length - 1];
  return out + (w < 0 ? val.padEnd(-w) : val.padStart(w)) + end;
}
