import type { Stat } from '../../engine/fs/vfs';
import type { Program, ProcessContext } from '../process';
import { tryParse } from './lib/args';
import { errnoText, missingOperand, quote, warn } from './lib/fail';
import { diskKiB } from './lib/disk-usage';
import { modeString } from './lib/mode-string';
import { resolvePath } from './lib/path';
import { strftime } from './lib/strftime';
import { groupName, missingCode, userName } from './lib/users';

const DEFAULT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Hd,%Ld\tInode: %-10i  Links: %h\n' +
  'Access: (%04a/%A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n';

/**
 * stat [-L] [-c FORMAT] FILE...: GNU's default layout or -c's %-directives. The simulated
 * filesystem has no separate atime/ctime/birth time, so all four show mtime; inode numbers are
 * a stable hash of the path and the device is the overlay's usual 0,x pair.
 */
export const stat: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'Lc:t', long: { dereference: ['L', 'none'], format: ['c', 'required'], printf: ['printf', 'required'] } });
  if (!a) return 1;
  if (!a.operands.length) {
    missingOperand(ctx);
    return 1;
  }
  const fmt = a.has('c') ? a.get('c')! + '\n' : (a.get('printf') ?? DEFAULT);
  let status = 0;
  for (const name of a.operands) {
    const path = resolvePath(ctx.cwd, name);
    const st = a.has('L') ? ctx.fs.stat(path) : ctx.fs.lstat(path);
    if (!st) {
      warn(ctx, `cannot statx ${quote(name)}: ${errnoText(missingCode(ctx.fs, path))}`);
      status = 1;
      continue;
    }
    ctx.stdout.write(format(ctx, fmt, name, path, st));
  }
  return status;
};

function inode(path: string): number {
  let h = 2166136261;
  for (const c of path) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return 1000000 + (h % 8000000);
}

function format(ctx: ProcessContext, fmt: string, name: string, path: string, st: Stat): string {
  const time = strftime('%Y-%m-%d %H:%M:%S.000000000 +0000', st.mtime);
  const typeName = st.type === 'dir' ? 'directory' : st.type === 'symlink' ? 'symbolic link' : st.size === 0 ? 'regular empty file' : 'regular file';
  const conv: Record<string, () => string | number> = {
    n: () => name,
    N: () => (st.type === 'symlink' ? `${name} -> ${ctx.fs.readlink(path)}` : name),
    s: () => st.size,
    b: () => diskKiB(st) * 2,
    B: () => 512,
    o: () => 4096,
    F: () => typeName,
    a: () => st.mode.toString(8),
    A: () => modeString(st.type, st.mode),
    f: () => (((st.type === 'dir' ? 0o40000 : st.type === 'symlink' ? 0o120000 : 0o100000) | st.mode).toString(16)),
    u: () => st.uid,
    U: () => userName(ctx.fs, st.uid),
    g: () => st.gid,
    G: () => groupName(ctx.fs, st.gid),
    h: () => st.nlink,
    i: () => inode(path),
    d: () => 65024,
    D: () => 'fe00',
    H: () => 254,
    L: () => 0,
    x: () => time, y: () => time, z: () => time, w: () => time,
    X: () => st.mtime, Y: () => st.mtime, Z: () => st.mtime, W: () => st.mtime,
    '%': () => '%',
  };
  return fmt.replace(/%([HL])[dr]|%([-0]?)(\d*)([a-zA-Z%])/g, (m, hl: string, flag: string, width: string, c: string) => {
    const f = conv[hl ?? c];
    if (!f) return m;
    const v = String(f());
    if (!width) return v;
    return flag === '-' ? v.padEnd(Number(width)) : v.padStart(Number(width), flag === '0' ? '0' : ' ');
  });
}
