import type { TarMember } from './tar-format';

/** The mode column both tars print: GNU's type letter ('h' for a hard link), then rwx bits. */
function modes(m: TarMember, busybox: boolean): string {
  const t = m.type === '5' ? 'd' : m.type === '2' ? 'l' : m.type === '1' && !busybox ? 'h' : '-';
  const bit = (b: number, c: string) => (m.mode & b ? c : '-');
  const special = (x: number, s: number, lower: string, upper: string) => (m.mode & s ? (m.mode & x ? lower : upper) : m.mode & x ? 'x' : '-');
  return t + bit(0o400, 'r') + bit(0o200, 'w') + special(0o100, 0o4000, 's', 'S') + bit(0o40, 'r') + bit(0o20, 'w') + special(0o10, 0o2000, 's', 'S') + bit(0o4, 'r') + bit(0o2, 'w') + special(0o1, 0o1000, 't', 'T');
}

const two = (n: number) => String(n).padStart(2, '0');

/** The time stamp in UTC (the sandbox has no other zone): GNU stops at minutes, busybox at seconds. */
function stamp(t: number, seconds: boolean): string {
  const d = new Date(t * 1000);
  const s = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return seconds ? `${s}:${two(d.getUTCSeconds())}` : s;
}

/**
 * `tar -tv` lines. GNU tar (list.c print_header) right-aligns the size so owner/group and size
 * fill a column of ugswidth (19), which widens for the rest of the run after a longer one:
 * hence a stateful lister. Busybox (tar.c) prints the size in 9 columns and seconds.
 */
export function verboseLister(busybox: boolean): (m: TarMember) => string {
  let ugswidth = 19;
  return (m) => {
    const user = m.uname || String(m.uid);
    const group = m.gname || String(m.gid);
    const size = String(m.type === '0' ? m.size : 0);
    if (busybox) {
      const link = m.type === '1' || m.type === '2' ? ` -> ${m.linkname}` : '';
      return `${modes(m, true)} ${user}/${group} ${size.padStart(9)} ${stamp(m.mtime, true)} ${m.name}${link}`;
    }
    const pad = user.length + 1 + group.length + 1 + size.length;
    if (pad > ugswidth) ugswidth = pad;
    const link = m.type === '2' ? ` -> ${m.linkname}` : m.type === '1' ? ` link to ${m.linkname}` : '';
    return `${modes(m, false)} ${user}/${group} ${size.padStart(ugswidth - pad + size.length)} ${stamp(m.mtime, false)} ${m.name}${link}`;
  };
}
