import type { ProcessContext } from '../process';
import type { RpmPkg } from './rpm-catalog';
import { calcColumns, fmtColumns, type Lengths } from './rpm-columns';

/**
 * yum's and dnf's shared printing rules: sizes by urlgrabber's/dnf's format_number (1024 steps,
 * one decimal under 9.95, a space and the unit; bytes get a blank unit), the transaction table
 * (rpm-columns.ts: sized to the terminal as theirs are), and the per-package progress lines
 * that end in "n/total" at the right margin.
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

/**
 * The width they lay out for (yum: urlgrabber's terminal_width; dnf: term._term_width): the
 * terminal's columns, at least 20, or 80 when stdout is not a terminal. `real` is dnf's
 * real_columns, undefined off a terminal (its table then grows to fit rather than wrap).
 */
export interface RpmWidth {
  columns: number;
  real?: number;
}

export function rpmWidth(ctx: ProcessContext): RpmWidth {
  const c = ctx.tty?.columns;
  return c ? { columns: Math.max(20, c), real: c } : { columns: 80 };
}

export interface TableGroup {
  title: string;
  pkgs: RpmPkg[];
}

/**
 * list_transaction's table: columns from calcColumns over every row (indent 2, arch at its widest,
 * size 5, spare width to the version column). dnf sizes from real_columns and widens its rules to
 * a wider table, picking "Arch"/"Repo" when "Architecture"/"Repository" don't fit; yum sizes from
 * the terminal's columns and always says "Arch"/"Repository". Returns the text and the rule.
 */
export function transactionTable(groups: TableGroup[], evr: (p: RpmPkg) => string, w: RpmWidth, flavor: 'yum' | 'dnf'): { text: string; rule: string } {
  const rows = groups.flatMap((g) => g.pkgs.map((p) => [p.name, p.arch, evr(p), p.repo, formatNumber(p.size)]));
  const count = (i: number): Lengths => {
    const m: Lengths = new Map();
    for (const r of rows) m.set(r[i].length, (m.get(r[i].length) ?? 0) + 1);
    return m;
  };
  const aWid = Math.max(0, ...rows.map((r) => r[1].length));
  const total = flavor === 'dnf' ? w.real : w.columns;
  const [n, a, v, r, s] = calcColumns([count(0), new Map(), count(2), count(3), new Map()], [1, aWid, 1, 1, 5], 2, total, 2, w.columns);
  const width = flavor === 'dnf' ? Math.max(w.columns, n + a + v + r + s + 5) : w.columns;
  const pick = (wid: number, short: string, long: string) => (flavor === 'dnf' && long.length <= wid ? long : short);
  const head = fmtColumns([['Package', -n], [pick(a, 'Arch', 'Architecture'), -a], ['Version', -v], [flavor === 'yum' ? 'Repository' : pick(r, 'Repo', 'Repository'), -r], ['Size', s]], ' ');
  const rule = '='.repeat(width);
  let text = `${rule}\n${head}\n${rule}\n`;
  for (const g of groups) {
    if (!g.pkgs.length) continue;
    text += `${g.title}\n`;
    for (const p of g.pkgs) text += fmtColumns([[p.name, -n], [p.arch, -a], [evr(p), -v], [p.repo, -r], [formatNumber(p.size), s]], ' ', '\n');
  }
  return { text, rule };
}

/**
 * The rpm callback's line once a package is done (_makefmt at 100%): "  " action padded to the
 * longest action name (`wid1`: yum 11, dnf 17), ": ", the package name padded or cut to what the
 * width leaves, three spaces, "n/total", and print(" ")'s space. On a terminal the same line
 * overwrites the progress bar (drawn with "\r"); only the final state is shown here.
 */
export function progressLine(action: string, wid1: number, pkg: string, n: number, total: number, columns: number): string {
  const l = String(total).length;
  const room = Math.max(0, columns - (2 * l + wid1 + 10) + 1);
  return `  ${action.padEnd(wid1)}: ${pkg.slice(0, room).padEnd(room)}   ${String(n).padStart(l)}/${total} \n`;
}

/** dnf's MultiFileProgressMeter.end: the name padded or cut to the width its rate/size/time leave. */
export function dnfDownloadLine(text: string, rate: number, size: number, time: string, columns: number): string {
  const msg = ` ${(formatNumber(rate)).padStart(5)}B/s | ${formatNumber(size).padStart(5)}B ${time.padStart(9)}    \n`;
  const left = Math.max(0, columns - msg.length);
  return text.slice(0, left).padEnd(left) + msg;
}

/** "(1/5): gpm-libs-1.20.7-6.el7.x86_64.rpm                 |  32 kB  00:00:00     " */
export function downloadLine(label: string, size: number, width: number, time: string): string {
  const sz = formatNumber(size) + 'B';
  return `${label.padEnd(width)}| ${sz.padStart(6)}  ${time}     \n`;
}

/**
 * dnf's "Installed:"/"Removed:" lists (Output._pto_callback): as many columns as fit, 8 down to
 * 2, each as wide as its longest entry plus an even share of what is left; else one per line
 * padded to the width. Every entry is padded to its column, the last one too.
 */
export function dnfColumns(msgs: string[], columns: number): string {
  const fits = (num: number): number[] | undefined => {
    if (msgs.length < num) return undefined;
    let left = columns - (num - 1 + 2);
    if (left <= 0) return undefined;
    const lens = new Array<number>(num).fill(0);
    let col = 0;
    for (const m of msgs) {
      if (m.length > lens[col]) {
        const diff = m.length - lens[col];
        if (left <= diff) return undefined;
        left -= diff;
        lens[col] = m.length;
      }
      col = (col + 1) % num;
    }
    return lens.map((x) => -(x + Math.floor(left / num)));
  };
  const cols = [8, 7, 6, 5, 4, 3, 2].map(fits).find((c) => c) ?? [-(columns - 2)];
  let out = '';
  for (let i = 0; i < msgs.length; i += cols.length) out += '  ' + fmtColumns(msgs.slice(i, i + cols.length).map((m, j): [string, number] => [m, cols[j]])) + '\n';
  return out;
}
