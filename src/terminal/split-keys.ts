/**
 * Splits terminal input (as xterm's onData delivers it: one key, or a whole paste at once)
 * into keys. Runs of printable text stay together so a paste is inserted and drawn once; every
 * control character and escape sequence is its own key.
 */
export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < data.length) {
    const c = data.charCodeAt(i);
    if (c === 0x1b) {
      const end = escapeEnd(data, i);
      keys.push(data.slice(i, end));
      i = end;
    } else if (c < 0x20 || c === 0x7f) {
      keys.push(data[i]);
      i++;
    } else {
      let j = i + 1;
      while (j < data.length) {
        const d = data.charCodeAt(j);
        if (d < 0x20 || d === 0x7f) break;
        j++;
      }
      keys.push(data.slice(i, j));
      i = j;
    }
  }
  return keys;
}

/** Index just past the escape sequence starting at i (CSI, SS3, or ESC + one char for Alt). */
function escapeEnd(data: string, i: number): number {
  const next = data[i + 1];
  if (next === undefined) return i + 1;
  if (next === '[') {
    let j = i + 2;
    // Parameter and intermediate bytes, then one final byte in @..~.
    while (j < data.length && data.charCodeAt(j) >= 0x20 && data.charCodeAt(j) < 0x40) j++;
    return Math.min(j + 1, data.length);
  }
  if (next === 'O') return Math.min(i + 3, data.length);
  // Alt+key: ESC followed by one character (a whole surrogate pair if it is one).
  const cp = data.codePointAt(i + 1)!;
  return i + 1 + (cp > 0xffff ? 2 : 1);
}
