import type { Program, ProcessContext } from '../process';
import { tryParse } from './lib/args';
import { joinPath, resolvePath } from './lib/path';

/** tree 2.1 escapes blanks and backslashes in names when not writing to a terminal. */
const escapeName = (n: string) => n.replace(/[\\ ]/g, '\\$&');

/**
 * tree [-a] [-d] [-L LEVEL] [DIR...] as tree 2.1 prints it in the C locale (ASCII branches),
 * with the "N directories, M files" summary; the listed directory itself is counted, and a
 * symlink to a directory counts as a directory (it is not descended into).
 */
export const tree: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'adL:' });
  if (!a) return 1;
  const maxLevel = a.has('L') ? Number(a.get('L')) : Infinity;
  let dirs = 0;
  let files = 0;
  let out = '';
  const walk = (c: ProcessContext, path: string, prefix: string, level: number) => {
    let names = c.fs.readdir(path);
    if (!a.has('a')) names = names.filter((n) => !n.startsWith('.'));
    const entries = names.map((n) => ({ n, p: joinPath(path, n), st: c.fs.lstat(joinPath(path, n))! }));
    const shown = a.has('d') ? entries.filter((e) => e.st.type === 'dir' || (e.st.type === 'symlink' && c.fs.stat(e.p)?.type === 'dir')) : entries;
    shown.forEach((e, i) => {
      const last = i === shown.length - 1;
      let line = escapeName(e.n);
      const isDir = e.st.type === 'dir' || (e.st.type === 'symlink' && c.fs.stat(e.p)?.type === 'dir');
      if (e.st.type === 'symlink') line += ` -> ${escapeName(c.fs.readlink(e.p))}`;
      out += `${prefix}${last ? '`-- ' : '|-- '}${line}\n`;
      if (isDir) dirs++;
      else files++;
      if (e.st.type === 'dir' && level < maxLevel) walk(c, e.p, prefix + (last ? '    ' : '|   '), level + 1);
    });
  };
  const roots = a.operands.length ? a.operands : ['.'];
  for (const r of roots) {
    const p = resolvePath(ctx.cwd, r);
    const st = ctx.fs.stat(p);
    if (st?.type !== 'dir') {
      out += `${r}  [error opening dir]\n`;
      continue;
    }
    dirs++;
    out += `${escapeName(r)}\n`;
    walk(ctx, p, '', 1);
  }
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  out += `\n${plural(dirs, 'directory', 'directories')}, ${plural(files, 'file', 'files')}\n`;
  ctx.stdout.write(out);
  return 0;
};
