/** Resolves a path argument against the working directory and normalizes "." and "..". */
export function resolvePath(cwd: string, p: string): string {
  const parts = (p.startsWith('/') ? p : `${cwd}/${p}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Joins a directory path as the user typed it with a child name, as GNU tools print it. */
export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** POSIX basename of a string (trailing slashes ignored; "/" stays "/"). */
export function baseName(p: string): string {
  const t = p.replace(/\/+$/, '');
  if (t === '') return p === '' ? '' : '/';
  return t.slice(t.lastIndexOf('/') + 1);
}

/** POSIX dirname of a string. */
export function dirName(p: string): string {
  const t = p.replace(/\/+$/, '');
  if (t === '') return p.startsWith('/') ? '/' : '.';
  const i = t.lastIndexOf('/');
  if (i < 0) return '.';
  const d = t.slice(0, i).replace(/\/+$/, '');
  return d === '' ? '/' : d;
}
