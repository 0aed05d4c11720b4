import type { Program } from '../process';
import { tryParse } from './lib/args';
import { humanSize } from './lib/human-size';
import { busyboxDfTable } from './df-busybox';

/**
 * df [-h] [-T]: a fixed, plausible table for a container (its root is an overlay mount on the
 * host's disk), since the sandbox has no real block devices. Columns are sized like GNU df:
 * the wider of header and values, Filesystem at least 14 and numbers at least 5 wide.
 */
const TABLE: [string, string, number, number, string][] = [
  ['overlay', 'overlay', 61255492, 27344560, '/'],
  ['tmpfs', 'tmpfs', 65536, 0, '/dev'],
  ['shm', 'tmpfs', 65536, 0, '/dev/shm'],
  ['/dev/vda1', 'ext4', 61255492, 27344560, '/etc/hosts'],
];

export const df: Program = async (ctx) => {
  if (ctx.impl === 'busybox') {
    // busybox df has no -T; its table is its own (df-busybox.ts), over the same mounts.
    const b = tryParse(ctx, { short: 'hk' });
    if (!b) return 1;
    const rows = TABLE.map(([source, , size, used, mount]) => ({ source, size, used, avail: Math.floor(size * 0.95) - used, mount }));
    ctx.stdout.write(busyboxDfTable(rows, b.has('h')));
    return 0;
  }
  const a = tryParse(ctx, { short: 'hTk', long: { 'human-readable': ['h', 'none'], 'print-type': ['T', 'none'] } });
  if (!a) return 1;
  const h = a.has('h');
  const num = (k: number) => (h ? (k === 0 ? '0' : humanSize(k * 1024)) : String(k));
  const rows = [[ 'Filesystem', ...(a.has('T') ? ['Type'] : []), h ? 'Size' : '1K-blocks', 'Used', h ? 'Avail' : 'Available', 'Use%', 'Mounted on']];
  for (const [src, type, size, used, mount] of TABLE) {
    const avail = Math.floor(size * 0.95) - used;
    const pct = used === 0 ? 0 : Math.ceil((used * 100) / (used + avail));
    rows.push([src, ...(a.has('T') ? [type] : []), num(size), num(used), num(avail), `${pct}%`, mount]);
  }
  const cols = rows[0].length;
  const widths = Array.from({ length: cols }, (_, c) => Math.max(c === 0 ? 14 : c === cols - 1 ? 0 : 5, ...rows.map((r) => r[c].length)));
  const left = (c: number) => c === 0 || c === cols - 1 || (a.has('T') && c === 1);
  ctx.stdout.write(rows.map((r) => r.map((v, c) => (c === cols - 1 ? v : left(c) ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join(' ') + '\n').join(''));
  return 0;
};
