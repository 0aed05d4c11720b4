import type { Program, ProcessContext } from '../process';
import { tryParse } from './lib/args';
import { diskKiB } from './lib/disk-usage';
import { quote, warn } from './lib/fail';
import { busyboxHuman } from './lib/busybox-human';
import { humanSize } from './lib/human-size';
import { joinPath, resolvePath } from './lib/path';

/**
 * du [-s] [-h] [-a] [-c] [-d N] [FILE...]: 1K blocks as ext4 allocates them (lib/disk-usage).
 * busybox's -h keeps one decimal at every size ("28.0K" where GNU prints "28K").
 */
export const du: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'shacd:', long: { summarize: ['s', 'none'], 'human-readable': ['h', 'none'], all: ['a', 'none'], total: ['c', 'none'], 'max-depth': ['d', 'required'] } });
  if (!a) return 1;
  const maxDepth = a.has('s') ? 0 : a.has('d') ? Number(a.get('d')) : Infinity;
  const human = ctx.impl === 'busybox' ? (k: number) => busyboxHuman(k, 1024) : (k: number) => humanSize(k * 1024);
  const fmt = (k: number) => (a.has('h') ? human(k) : String(k));
  let out = '';
  let status = 0;
  let total = 0;
  const walk = (c: ProcessContext, name: string, path: string, depth: number): number => {
    const st = c.fs.lstat(path)!;
    let size = diskKiB(st);
    if (st.type === 'dir') for (const ch of c.fs.readdir(path)) size += walk(c, joinPath(name, ch), joinPath(path, ch), depth + 1);
    if (depth <= maxDepth && (st.type === 'dir' || a.has('a') || depth === 0)) out += `${fmt(size)}\t${name}\n`;
    return size;
  };
  for (const name of a.operands.length ? a.operands : ['.']) {
    const p = resolvePath(ctx.cwd, name);
    if (!ctx.fs.lstat(p)) {
      warn(ctx, `cannot access ${quote(name)}: No such file or directory`);
      status = 1;
      continue;
    }
    total += walk(ctx, name, p, 0);
  }
  if (a.has('c')) out += `${fmt(total)}\ttotal\n`;
  ctx.stdout.write(out);
  return status;
};
