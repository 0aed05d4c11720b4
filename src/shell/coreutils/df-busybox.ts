import { busyboxHuman } from './lib/busybox-human';

/** One mounted filesystem as df shows it, in 1K blocks. */
export interface DfRow { source: string; size: number; used: number; avail: number; mount: string }

/**
 * busybox 1.36's df table: `%-20s %9s %9s %9s %3u%% %s`, "1K-blocks" or, with -h, "Size" and
 * one-decimal sizes (busyboxHuman); Use% rounds to nearest where GNU rounds up.
 */
export function busyboxDfTable(rows: DfRow[], human: boolean): string {
  const num = (k: number) => (human ? busyboxHuman(k, 1024) : String(k)).padStart(9);
  let out = `${'Filesystem'.padEnd(20)} ${(human ? 'Size' : '1K-blocks').padStart(9)} ${'Used'.padStart(9)} Available Use% Mounted on\n`;
  for (const r of rows) {
    const total = r.used + r.avail;
    const pct = total ? Math.floor((r.used * 100 + Math.floor(total / 2)) / total) : 0;
    out += `${r.source.padEnd(20)} ${num(r.size)} ${num(r.used)} ${num(r.avail)} ${String(pct).padStart(3)}% ${r.mount}\n`;
  }
  return out;
}
