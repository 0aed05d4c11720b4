import type { ProcessContext } from '../process';
import { tryParse } from './lib/args';
import { busyboxHuman } from './lib/busybox-human';
import { coreutilsHooks } from './lib/hooks';

/**
 * busybox 1.36's free [-b|-k|-m|-g|-h]: every cell " %11s" after a 7-wide label; -m and -g
 * round to the nearest unit (GNU's free truncates); -h is busyboxHuman ("593.9M", "23.5G").
 */
export function busyboxFree(ctx: ProcessContext): number {
  const a = tryParse(ctx, { short: 'bkmgh' });
  if (!a) return 1;
  const last = a.opts.length ? a.opts[a.opts.length - 1][0] : 'k';
  const f = (kib: number): string => {
    if (last === 'h') return busyboxHuman(kib, 1024);
    if (last === 'b') return String(kib * 1024);
    const unit = last === 'm' ? 1024 : last === 'g' ? 1048576 : 1;
    return String(Math.floor((kib + Math.floor(unit / 2)) / unit));
  };
  const m = coreutilsHooks.memory;
  const row = (label: string, cells: string[]) => label.padEnd(7) + cells.map((c) => ' ' + c.padStart(11)).join('') + '\n';
  ctx.stdout.write(
    row('', ['total', 'used', 'free', 'shared', 'buff/cache', 'available']) +
      row('Mem:', [m.total, m.used, m.free, m.shared, m.buffCache, m.available].map(f)) +
      row('Swap:', [0, 0, 0].map(f)),
  );
  return 0;
}
