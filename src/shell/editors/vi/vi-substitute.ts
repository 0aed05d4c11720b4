import type { ViEditor } from './vi-editor';
import { viPattern } from './vi-search';

/** The pattern and replacement of the last :s, which a bare `:s` repeats and `~` refers to. */
export interface LastSubstitute {
  pattern: string;
  replacement: string;
}

/** Splits `/pat/rep/flags` (any delimiter) at unescaped delimiters; `\/` becomes `/`. */
function split(text: string): { pattern: string; replacement: string; flags: string } {
  const d = text[0];
  const parts: string[] = [''];
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && parts.length < 3) {
      parts[parts.length - 1] += text[i + 1] === d ? d : c + text[i + 1];
      i++;
    } else if (c === d && parts.length < 3) parts.push('');
    else parts[parts.length - 1] += c;
  }
  return { pattern: parts[0], replacement: parts[1] ?? '', flags: parts[2] ?? '' };
}

/**
 * The text a match becomes: `&` and `\0`..`\9` are the match and its groups, `~` the previous
 * replacement, `\r` a line break (returned as "\n"), `\n` a NUL, `\u \U \l \L \e \E` change case.
 */
function expand(rep: string, m: RegExpExecArray): string {
  let out = '';
  let once: 'u' | 'l' | '' = '';
  let all: 'U' | 'L' | '' = '';
  const add = (s: string) => {
    for (const ch of s) {
      let c = all === 'U' ? ch.toUpperCase() : all === 'L' ? ch.toLowerCase() : ch;
      if (once) { c = once === 'u' ? c.toUpperCase() : c.toLowerCase(); once = ''; }
      out += c;
    }
  };
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i];
    if (c === '&') { add(m[0]); continue; }
    if (c !== '\\' || i + 1 >= rep.length) { add(c); continue; }
    const n = rep[++i];
    if (/[0-9]/.test(n)) add(m[Number(n)] ?? '');
    else if (n === 'r') out += '\n';
    else if (n === 'n') out += '\0';
    else if (n === 't') out += '\t';
    else if (n === 'u' || n === 'l') once = n;
    else if (n === 'U' || n === 'L') all = n;
    else if (n === 'e' || n === 'E') all = '';
    else add(n);
  }
  return out;
}

/**
 * `:[range]s/pattern/replacement/[flags]` on lines [from, to], as vim runs it: one undo step,
 * the cursor on the last line changed, the message past 2 substitutions, E486 when nothing
 * matched (none with the `e` flag). A bare `:s` repeats the last one without its flags.
 */
export function substitute(ed: ViEditor, from: number, to: number, text: string): void {
  const b = ed.buf;
  const last = ed.lastSubstitute;
  let { pattern, replacement, flags } = text ? split(text) : { pattern: last?.pattern ?? '', replacement: last?.replacement ?? '', flags: '' };
  const bad = /[^gieI&]/.exec(flags);
  if (bad) {
    const rest = flags.slice(bad.index);
    return ed.setMessage(/^[cnp#lr]/.test(rest) ? `layerlab: the :s flag '${rest[0]}' is not available in this sandbox` : ed.msgs.trailing(rest), true);
  }
  if (!pattern) pattern = ed.lastSearch;
  if (!pattern) return ed.setMessage(ed.msgs.noPrevious, true);
  // vim's magic `~` in the replacement is the previous replacement.
  replacement = replacement.replace(/(^|[^\\])~/g, (_, pre: string) => pre + (last?.replacement ?? ''));
  ed.lastSubstitute = { pattern, replacement };
  ed.lastSearch = pattern;
  ed.lastBackward = false;
  const re = viPattern(pattern);
  const hits: Array<{ row: number; lines: string[]; subs: number }> = [];
  if (re) {
    const g = new RegExp(re.source, flags.includes('i') ? 'gi' : 'g');
    for (let row = from; row <= to; row++) {
      const line = b.lines[row];
      let subs = 0;
      let out = '';
      let at = 0;
      g.lastIndex = 0;
      for (let m = g.exec(line); m; m = g.exec(line)) {
        out += line.slice(at, m.index) + expand(replacement, m);
        at = m.index + m[0].length;
        subs++;
        if (!flags.includes('g')) break;
        if (m[0] === '') g.lastIndex++;
      }
      if (subs) hits.push({ row, lines: (out + line.slice(at)).split('\n'), subs });
    }
  }
  if (!hits.length) {
    if (!flags.includes('e')) ed.setMessage(ed.msgs.notFound(pattern), true);
    return;
  }
  // The change begins on the first line substituted (where vim's undo puts the cursor back).
  b.row = hits[0].row;
  b.col = 0;
  let added = 0;
  b.change(() => {
    for (const h of hits) {
      b.lines.splice(h.row + added, 1, ...h.lines);
      added += h.lines.length - 1;
    }
  });
  const lastHit = hits[hits.length - 1];
  // On the last line the last substitution made (the last piece of a split).
  b.row = lastHit.row + added;
  b.col = Math.max(0, b.line.search(/\S/));
  ed.want = b.col;
  const msg = ed.msgs.substituted(hits.reduce((n, h) => n + h.subs, 0), hits.length);
  // A :s that split lines redraws the screen, which clears the echoed command.
  if (msg || added) ed.setMessage(msg);
}
