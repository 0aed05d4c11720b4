import type { ViBuffer } from './vi-buffer';

/** vi's word motions (w, e, b) on the buffer's cursor: a word is a run of \w or of other non-blanks. */
const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);

export function wordForward(b: ViBuffer): void {
  const s = b.line;
  let c = b.col;
  if (c < s.length && /\S/.test(s[c])) {
    const w = isWord(s[c]);
    while (c < s.length && /\S/.test(s[c]) && isWord(s[c]) === w) c++;
  }
  while (c < s.length && /\s/.test(s[c])) c++;
  if (c >= s.length && b.row < b.lines.length - 1) { b.row++; c = Math.max(0, b.line.search(/\S/)); }
  b.col = Math.min(c, Math.max(0, b.line.length - 1));
}

export function wordEnd(b: ViBuffer): void {
  let r = b.row;
  let c = b.col + 1;
  // Past blanks and line ends to a word, then to its last character.
  while (r < b.lines.length && (c >= b.lines[r].length || /\s/.test(b.lines[r][c]))) {
    if (c < b.lines[r].length) c++;
    else if (r === b.lines.length - 1) { c = Math.max(0, b.lines[r].length - 1); break; }
    else { r++; c = 0; }
  }
  const s = b.lines[r];
  const w = isWord(s[c]);
  while (c + 1 < s.length && /\S/.test(s[c + 1]) && isWord(s[c + 1]) === w) c++;
  b.row = r;
  b.col = Math.max(0, Math.min(c, s.length - 1));
}

export function wordBack(b: ViBuffer): void {
  let c = b.col;
  if (c === 0 && b.row > 0) { b.row--; c = b.line.length; }
  const s = b.line;
  while (c > 0 && /\s/.test(s[c - 1])) c--;
  if (c > 0) {
    const w = isWord(s[c - 1]);
    while (c > 0 && /\S/.test(s[c - 1]) && isWord(s[c - 1]) === w) c--;
  }
  b.col = c;
}
