/**
 * vim's "magic" patterns as a JS RegExp: `.` `*` `[]` `^` `$` mean what they mean in JS,
 * `\+ \? \| \( \) \{` are the operators and their bare forms are literal; `\<` `\>` are word edges.
 */
export function viPattern(p: string): RegExp | undefined {
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      const n = p[++i];
      if ('+?|(){}'.includes(n)) re += n;
      else if (n === '<' || n === '>') re += '\\b';
      else re += '\\' + n;
    } else if ('+?|(){}'.includes(c)) re += '\\' + c;
    else re += c;
  }
  try {
    return new RegExp(re);
  } catch {
    return undefined;
  }
}

/** The next match after (or before) the cursor, wrapping around the buffer as vim's wrapscan does. */
export function searchText(lines: string[], row: number, col: number, pattern: string, backward: boolean): { row: number; col: number; wrapped: boolean } | undefined {
  const re = viPattern(pattern);
  if (!re) return undefined;
  const n = lines.length;
  const matchesIn = (s: string) => {
    const out: number[] = [];
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(s); m; m = g.exec(s)) {
      out.push(m.index);
      if (m[0] === '') g.lastIndex++;
    }
    return out;
  };
  for (let step = 0; step <= n; step++) {
    const r = backward ? (row - step + n * 2) % n : (row + step) % n;
    const ms = matchesIn(lines[r]);
    let hit: number | undefined;
    if (step === 0) hit = backward ? ms.filter((c) => c < col).pop() : ms.find((c) => c > col);
    else if (step === n) hit = backward ? ms.filter((c) => c >= col).pop() : ms.find((c) => c <= col);
    else hit = backward ? ms[ms.length - 1] : ms[0];
    if (hit !== undefined) return { row: r, col: hit, wrapped: step > 0 && (backward ? r > row : r < row) || (step === n) };
  }
  return undefined;
}
