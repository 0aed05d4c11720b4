import type { RpmPkg } from './rpm-catalog';

/**
 * yum's and dnf's shared printing rules: sizes by urlgrabber's/dnf's format_number (1024 steps,
 * one decimal under 9.95, a space and the unit; bytes get a blank unit), the transaction table
 * (80 columns, '=' rules, Package/Arch/Version/Repository/Size with the size right-aligned),
 * and the per-package progress lines that end in "n/total" at the right margin.
 */
export function formatNumber(n: number): string {
  const units = [' ', 'k', 'M', 'G', 'T'];
  let v = n;
  let d = 0;
  while (v > 999 && d < units.length - 1) {
    v /= 1024;
    d++;
  }
  const num = d === 0 ? String(Math.round(v)) : v < 9.95 ? v.toFixed(1) : v.toFixed(0);
  return `${num} ${units[d]}`.trimEnd();
}

export const RULE = '='.repeat(80);

export interface TableGroup {
  title: string;
  pkgs: RpmPkg[];
}

export function transactionTable(groups: TableGroup[], evr: (p: RpmPkg) => string): string {
  const rows = groups.flatMap((g) => g.pkgs.map((p) => [p.name, p.arch, evr(p), p.repo, formatNumber(p.size)]));
  const head = ['Package', 'Arch', 'Version', 'Repository', 'Size'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // yum and dnf hand the spare width of an 80-column line to the name, version and repo columns
  const used = 1 + w.reduce((a, b) => a + b, 0) + 4;
  const spare = Math.max(0, 80 - used);
  w[0] += Math.ceil(spare * 0.4);
  w[1] += Math.floor(spare * 0.15);
  w[2] += Math.floor(spare * 0.3);
  w[3] += spare - Math.ceil(spare * 0.4) - Math.floor(spare * 0.15) - Math.floor(spare * 0.3);
  const line = (r: string[]) => ` ${r[0].padEnd(w[0])} ${r[1].padEnd(w[1])} ${r[2].padEnd(w[2])} ${r[3].padEnd(w[3])} ${r[4].padStart(w[4])}`.trimEnd();
  let out = `${RULE}\n${line(head)}\n${RULE}\n`;
  for (const g of groups) {
    if (!g.pkgs.length) continue;
    out += `${g.title}\n`;
    for (const p of g.pkgs) out += line([p.name, p.arch, evr(p), p.repo, formatNumber(p.size)]) + '\n';
  }
  return out;
}

/** "  Installing : vim-common-7.4.629-8.el7_9.x86_64            2/5 " */
export function progressLine(left: string, n: number, total: number): string {
  const count = `${n}/${total}`;
  return `${left}${' '.repeat(Math.max(1, 79 - left.length - count.length))}${count} \n`;
}

/** "(1/5): gpm-libs-1.20.7-6.el7.x86_64.rpm                 |  32 kB  00:00:00     " */
export function downloadLine(label: string, size: number, width: number, time: string): string {
  const sz = formatNumber(size) + 'B';
  return `${label.padEnd(width)}| ${sz.padStart(6)}  ${time}     \n`;
}
