/**
 * The fixture tree both the recorder (on the real disk, for GNU coreutils) and the tests (in a
 * Vfs, for our programs) build. It lives at the same absolute path in both, so no output needs
 * path normalization. Times are UTC "YYYY-MM-DD HH:MM:SS".
 */
export const ROOT = '/tmp/llfix';

export interface FixNode {
  path: string; // relative to ROOT; '' is ROOT itself
  type: 'dir' | 'file' | 'symlink';
  mode?: number;
  mtime: string;
  text?: string;
  /** A file of `size` copies of 'x' (sizes for ls -h, du). */
  size?: number;
  target?: string;
  uid?: number;
  gid?: number;
}

const RECENT = '2026-11-20 10:15:00';
const OLDER = '2026-09-02 08:00:30';

export const FIXTURE: FixNode[] = [
  { path: '', type: 'dir', mtime: '2026-11-21 09:00:00' },
  { path: 'notes.txt', type: 'file', mtime: RECENT, text: 'hello world\nfoo bar\nHello again\nbaz\nfoo\nthe end\n' },
  { path: 'data.csv', type: 'file', mtime: OLDER, text: 'name,age,city\nalice,30,paris\nbob,25,berlin\ncarol,35,tokyo\ndave,25,paris\n' },
  { path: 'numbers.txt', type: 'file', mtime: RECENT, text: '10\n2\n33\n2\n5\n100\n-3\n' },
  { path: 'words.txt', type: 'file', mtime: '2026-11-19 23:59:59', text: 'apple\nbanana\napple\ncherry\nbanana\nbanana\ndate\n' },
  { path: 'sorted.txt', type: 'file', mtime: RECENT, text: 'a\na\nb\nc\nc\nc\nd\n' },
  { path: 'table.txt', type: 'file', mtime: RECENT, text: 'b 2 x\na 10 y\nc 1 z\na 3 w\n' },
  { path: 'empty.txt', type: 'file', mtime: RECENT, text: '' },
  { path: 'nonl.txt', type: 'file', mtime: RECENT, text: 'no newline at end' },
  { path: 'script.sh', type: 'file', mode: 0o755, mtime: RECENT, text: '#!/bin/sh\necho hi\n' },
  { path: 'big.bin', type: 'file', mtime: '2020-01-15 12:00:00', size: 1234567 },
  { path: 'mid.dat', type: 'file', mtime: '2025-03-10 17:45:00', size: 5000 },
  { path: '.hidden', type: 'file', mtime: RECENT, text: 'secret\n' },
  { path: 'secret.key', type: 'file', mode: 0o600, mtime: RECENT, text: 'KEY\n' },
  { path: 'spaces in name.txt', type: 'file', mtime: RECENT, text: 'x\n' },
  { path: 'owned.txt', type: 'file', mtime: RECENT, text: 'owned\n', uid: 1000, gid: 1000 },
  { path: 'daemon.log', type: 'file', mtime: RECENT, text: 'log\n', uid: 1, gid: 4 },
  { path: 'link-to-notes', type: 'symlink', mtime: RECENT, target: 'notes.txt' },
  { path: 'broken-link', type: 'symlink', mtime: RECENT, target: 'missing' },
  { path: 'dirlink', type: 'symlink', mtime: RECENT, target: 'src' },
  { path: 'src', type: 'dir', mtime: '2026-11-18 08:30:00' },
  { path: 'src/main.c', type: 'file', mtime: '2026-11-18 08:30:00', text: '#include "lib/helper.h"\nint main(void) {\n  return helper(1);\n}\n' },
  { path: 'src/util.c', type: 'file', mtime: '2026-11-17 12:00:00', text: 'int helper(int x) { return x + 1; }\n' },
  { path: 'src/README', type: 'file', mtime: '2026-11-16 12:00:00', text: 'Source files.\nHELLO from src\n' },
  { path: 'src/lib', type: 'dir', mtime: '2026-11-15 12:00:00' },
  { path: 'src/lib/helper.h', type: 'file', mtime: '2026-11-15 12:00:00', text: 'int helper(int x);\n' },
  { path: 'src/lib/deep', type: 'dir', mtime: '2026-11-14 12:00:00' },
  { path: 'private', type: 'dir', mode: 0o700, mtime: '2026-10-01 12:00:00' },
  { path: 'private/a.txt', type: 'file', mtime: '2026-10-01 12:00:00', text: 'a\n' },
  { path: 'emptydir', type: 'dir', mtime: '2026-11-01 00:00:00' },
];

export function fixtureSeconds(t: string): number {
  return Date.parse(t.replace(' ', 'T') + 'Z') / 1000;
}

export function fixtureText(n: FixNode): string {
  return n.text ?? 'x'.repeat(n.size ?? 0);
}
