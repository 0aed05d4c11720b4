import { describe, expect, it } from 'vitest';
import { codePointWidth, wcwidth } from '../../../src/terminal/wcwidth';
import glibc from './data/wcwidth-glibc.json';

// Recorded from glibc's wcwidth/wcswidth in C.UTF-8 by data/record-wcwidth.py: both sides of
// every place where glibc's width changes, and a few strings.
describe('wcwidth', () => {
  it('matches glibc at every width boundary', () => {
    const wrong = (glibc.codePoints as [number, number][])
      .filter(([cp, w]) => codePointWidth(cp) !== w)
      .map(([cp, w]) => `U+${cp.toString(16)}: glibc ${w}, ours ${codePointWidth(cp)}`);
    expect(wrong).toEqual([]);
  });

  it('matches glibc wcswidth on sample strings (CJK, combining marks, emoji, fullwidth)', () => {
    const ours = (glibc.strings as [string, number][]).map(([s]) => [s, wcwidth(s)]);
    expect(ours).toEqual(glibc.strings);
  });

  it('counts control characters as zero cells', () => {
    expect([codePointWidth(0x1b), codePointWidth(0x7f), codePointWidth(0x85), wcwidth('a\tb')]).toEqual([0, 0, 0, 2]);
  });
});
