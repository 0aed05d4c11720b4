import type { Vfs } from '../engine/fs/vfs';

/**
 * exec's PATH search as the container runtime does it (Go's exec.LookPath): a name with a "/"
 * is used as is; otherwise the first PATH entry holding an executable regular file wins.
 */
export function lookPath(fs: Vfs, name: string, path: string, cwd = '/'): string | undefined {
  if (name.includes('/')) {
    const abs = name.startsWith('/') ? name : `${cwd.replace(/\/$/, '')}/${name}`;
    return executable(fs, abs) ? abs : undefined;
  }
  for (const dir of path.split(':')) {
    const p = `${dir || '.'}/${name}`.replace(/\/+/g, '/');
    if (executable(fs, p)) return p;
  }
  return undefined;
}

function executable(fs: Vfs, p: string): boolean {
  const st = fs.stat(p);
  return !!st && st.type === 'file' && (st.mode & 0o111) !== 0;
}
