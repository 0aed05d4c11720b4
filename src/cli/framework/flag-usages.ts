import type { FlagSpec } from './command';
import { goQuote } from '../format/go-quote';

// pflag UnquoteUsage: a `backquoted` word in the usage names the value; else the Go type name.
function unquoteUsage(f: FlagSpec): [string, string] {
  const m = /`([^`]*)`/.exec(f.usage);
  if (m) return [m[1], f.usage.slice(0, m.index) + m[1] + f.usage.slice(m.index + m[0].length)];
  return [f.type === 'bool' ? '' : f.type, f.usage];
}

function defaultText(f: FlagSpec): string {
  if (f.defaultShown !== undefined) return ` (default ${f.defaultShown})`;
  const d = f.default;
  if (d === undefined || d === false || d === 0 || d === '') return '';
  if (Array.isArray(d)) return d.length === 0 ? '' : ` (default [${d.join(',')}])`;
  if (f.type === 'string') return ` (default ${goQuote(String(d))})`;
  return ` (default ${String(d)})`;
}

// pflag wrapN: split at the last whitespace before i, allowing `slop` extra to avoid orphans.
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

// pflag wrap: text wrapped to width w, continuation lines indented by i.
function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.replaceAll('\n', '\n' + ' '.repeat(i));
  let width = w - i;
  let r = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    r += '\n' + ' '.repeat(i);
  }
  if (width < 24) return s.replaceAll('\n', r);
  const slop = 5;
  width -= slop;
  let [l, rest] = wrapN(width, slop, s);
  r += l.replaceAll('\n', '\n' + ' '.repeat(i));
  while (rest !== '') {
    let t: string;
    [t, rest] = wrapN(width, slop, rest);
    r += '\n' + ' '.repeat(i) + t.replaceAll('\n', '\n' + ' '.repeat(i));
  }
  return r;
}

/**
 * pflag FlagSet.FlagUsagesWrapped(cols): one line per visible flag, sorted by long name, usage
 * column aligned after the longest `-s, --long type`, wrapped to `cols` (docker passes the
 * terminal width - 1, 79 when not a terminal). Every line ends with "\n".
 */
export function flagUsages(flags: readonly FlagSpec[], cols: number): string {
  const visible = flags.filter((f) => !f.hidden).sort((a, b) => (a.long < b.long ? -1 : a.long > b.long ? 1 : 0));
  const lines: string[] = [];
  let maxlen = 0;
  for (const f of visible) {
    let line = f.short && !f.shorthandDeprecated ? `  -${f.short}, --${f.long}` : `      --${f.long}`;
    const [varname, usage] = unquoteUsage(f);
    if (varname !== '') line += ' ' + varname;
    line += '\x00';
    maxlen = Math.max(maxlen, line.length);
    lines.push(line + usage + defaultText(f));
  }
  let out = '';
  for (const line of lines) {
    const sidx = line.indexOf('\x00');
    // Go's Fprintln puts a space between operands: the extra space is pflag's deliberate off-by-one.
    out += line.slice(0, sidx) + ' ' + ' '.repeat(maxlen - sidx) + ' ' + wrap(maxlen + 2, cols, line.slice(sidx + 1)) + '\n';
  }
  return out;
}
