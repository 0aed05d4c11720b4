import type { Stat } from '../../engine/fs/vfs';
import type { ProcessContext } from '../process';
import { busyboxHuman } from './lib/busybox-human';
import { modeString } from './lib/mode-string';
import { strftime } from './lib/strftime';
import { groupName, userName } from './lib/users';

/** What ls -l shows of one entry; `name` already carries " -> target" and any -F indicator. */
export interface LongRow { st: Stat; name: string }

/** busybox's "six months" for ls -l dates: 365 days / 2, not GNU's mean Gregorian year / 2. */
const SIX_MONTHS = (365 * 24 * 60 * 60) / 2;

/**
 * busybox 1.36's ls -l line: fixed widths (`%-10s %4u %-8.8s %-8.8s %9llu `, `%7s ` for -h),
 * owner names cut to 8 characters, then "Mon dd HH:MM" or "Mon dd  YYYY" for files older than
 * six months or in the future.
 */
export function busyboxLongLines(ctx: ProcessContext, rows: LongRow[], human: boolean, now: number): string {
  return rows
    .map(({ st, name }) => {
      const size = human ? busyboxHuman(st.size, 1).padStart(7) : String(st.size).padStart(9);
      const old = now - st.mtime > SIX_MONTHS || now < st.mtime;
      const date = strftime(old ? '%b %e  %Y' : '%b %e %H:%M', st.mtime);
      const owner = (s: string) => s.slice(0, 8).padEnd(8);
      return `${modeString(st.type, st.mode)} ${String(st.nlink).padStart(4)} ${owner(userName(ctx.fs, st.uid))} ${owner(groupName(ctx.fs, st.gid))} ${size} ${date} ${name}\n`;
    })
    .join('');
}

/** The "total" line: 1K blocks, or with -h whole units padded to 7 ("total 16K    "). */
export function busyboxTotal(kib: number, human: boolean): string {
  return `total ${human ? busyboxHuman(kib * 1024, 0).padEnd(7) : kib}\n`;
}

/**
 * busybox's columns on a terminal: every column as wide as the longest name plus 2, as many as
 * fit in width - 1, filled top to bottom; names are padded with spaces, the last of a row bare.
 */
export function busyboxColumns(names: string[], width: number): string {
  if (!names.length) return '';
  const colWidth = Math.max(...names.map((n) => n.length)) + 2;
  let cols = Math.max(1, Math.floor((width - 1) / colWidth));
  const rows = Math.ceil(names.length / cols);
  cols = Math.ceil(names.length / rows);
  let out = '';
  for (let r = 0; r < rows; r++) {
    const line: string[] = [];
    for (let c = 0; c < cols; c++) {
      const i = c * rows + r;
      if (i < names.length) line.push(names[i]);
    }
    out += line.map((n, i) => (i < line.length - 1 ? n.padEnd(colWidth) : n)).join('') + '\n';
  }
  return out;
}
