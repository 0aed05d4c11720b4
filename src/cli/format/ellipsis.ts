import { displayWidth, runeWidth } from './display-width';

/**
 * docker/cli formatter.Ellipsis: a string wider than `max` display cells keeps what fits in
 * max-1 cells and ends with "…" (one cell); wide characters count 2.
 */
export function ellipsis(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = runeWidth(ch.codePointAt(0)!);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}
