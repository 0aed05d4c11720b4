import type { Program } from '../process';
import { tryParse } from './lib/args';
import { coreutilsHooks } from './lib/hooks';
import { busyboxFree } from './free-busybox';

/** procps free -h: binary units with an "i" and one decimal below 10 ("8.7Mi", "23Gi", "0B"). */
function human(kib: number): string {
  if (kib === 0) return '0B';
  const units = ['Ki', 'Mi', 'Gi', 'Ti'];
  let v = kib;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) (v /= 1024), u++;
  return (v < 10 ? v.toFixed(1) : String(Math.round(v))) + units[u];
}

/** free [-h] [-m] [-g]: procps-ng 4.0's table; the numbers come from lib/hooks. busybox's: free-busybox.ts. */
export const free: Program = async (ctx) => {
  if (ctx.impl === 'busybox') return busyboxFree(ctx);
  const a = tryParse(ctx, { short: 'hmgkb', long: { human: ['h', 'none'] } });
  if (!a) return 1;
  const m = coreutilsHooks.memory;
  const f = (k: number) => (a.has('h') ? human(k) : String(a.has('m') ? Math.floor(k / 1024) : a.has('g') ? Math.floor(k / 1048576) : k));
  const row = (label: string, cells: number[]) => label.padEnd(7) + cells.map((c) => f(c).padStart(12)).join('');
  ctx.stdout.write(
    '               total        used        free      shared  buff/cache   available\n' +
      row('Mem:', [m.total, m.used, m.free, m.shared, m.buffCache, m.available]) + '\n' +
      row('Swap:', [0, 0, 0]) + '\n',
  );
  return 0;
};
