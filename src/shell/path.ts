/** Joins `p` onto `cwd` (unless absolute) and normalizes `.`, `..` and repeated slashes. */
export function resolvePath(cwd: string, p: string): string {
  const parts: string[] = [];
  for (const c of (p.startsWith('/') ? p : `${cwd}/${p}`).split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') parts.pop();
    else parts.push(c);
  }
  return '/' + parts.join('/');
}
