import { EditorFile } from '../editor-file';
import type { ViEditor } from './vi-editor';
import { substitute } from './vi-substitute';

/**
 * The ex commands learners type: :w [name], :q, :q!, :wq, :x, ZZ (as :x), :N (go to line),
 * :[range]s/old/new/[g], :set [no]nu[mber]. vim accepts any unambiguous abbreviation (:wri,
 * :qui); so do we for these.
 */
export function runEx(ed: ViEditor, text: string): void {
  const t = text.trim();
  if (t === '') return;
  const b = ed.buf;
  const r = parseRange(ed, t);
  if (r === 'invalid') return ed.setMessage('E16: Invalid range', true);
  const sub = /^s(?:u(?:b(?:s(?:t(?:i(?:t(?:u(?:t(?:e)?)?)?)?)?)?)?)?)?(?=$|[^a-zA-Z0-9\s"|\\])(.*)$/.exec(r.rest);
  if (sub) return substitute(ed, r.from ?? b.row, r.to ?? r.from ?? b.row, sub[1]);
  if (r.rest === '') {
    b.row = r.to ?? r.from ?? b.row;
    b.col = Math.max(0, b.line.search(/\S/));
    ed.want = b.col;
    return;
  }
  if (r.from !== undefined) return ed.setMessage(`layerlab: a range before ':${r.rest}' is not available in this sandbox`, true);
  if (/^se(t)?(\s|$)/.test(t)) return setOptions(ed, t.replace(/^set?\s*/, ''));
  const m = /^([a-zA-Z]+)(!?)\s*(.*)$/.exec(t);
  if (!m) return ed.setMessage(ed.msgs.notCommand(t), true);
  const [, word, bang, arg] = m;
  const cmd = canonical(word);
  if (!cmd) return ed.setMessage(ed.msgs.notCommand(t), true);
  const force = bang === '!';
  if (cmd === 'quit' || cmd === 'qall') {
    if (b.modified && !force) return ed.setMessage(ed.msgs.noWrite('quit'), true);
    ed.done = true;
    return;
  }
  // :x writes only when something changed; :w and :wq always write.
  if (cmd === 'xit' && !b.modified && !arg) {
    ed.done = true;
    return;
  }
  if (!write(ed, arg || undefined)) return;
  if (cmd !== 'write') ed.done = true;
}

const COMMANDS: Array<[string, number, string]> = [
  // [full name, shortest abbreviation, command]
  ['write', 1, 'write'], ['quit', 1, 'quit'], ['wq', 2, 'wq'], ['xit', 1, 'xit'], ['exit', 3, 'xit'],
  ['qall', 2, 'qall'], ['wqall', 3, 'wq'], ['xall', 2, 'xit'],
];

function canonical(word: string): string | undefined {
  for (const [full, min, cmd] of COMMANDS) if (word.length >= min && full.startsWith(word)) return cmd;
  return undefined;
}

/** Writes the buffer to `name` (or the buffer's file); reports as vim does; false when it failed. */
function write(ed: ViEditor, name: string | undefined): boolean {
  const target = name ?? ed.file;
  if (target === undefined) {
    ed.setMessage(ed.msgs.noFileName, true);
    return false;
  }
  const { fs, cwd } = ed.o;
  const isNew = !EditorFile.exists(fs, cwd, target);
  const lines = ed.buf.content();
  const r = EditorFile.save(fs, cwd, target, lines);
  if (typeof r === 'string') {
    ed.setMessage(ed.msgs.cantWrite(target), true);
    return false;
  }
  // Writing an unnamed buffer names it; writing elsewhere leaves the buffer's state alone.
  if (ed.file === undefined) ed.file = target;
  if (target === ed.file) ed.buf.savedSeq = ed.buf.seq;
  ed.setMessage(ed.msgs.written(target, isNew, lines.length, r));
  return true;
}

/**
 * A leading range: `%`, or one or two addresses (`N`, `.`, `$`, `'<`, `'>`, each with an optional
 * +N/-N), as 0-based rows. Addresses past the buffer are vim's E16.
 */
function parseRange(ed: ViEditor, t: string): { from?: number; to?: number; rest: string } | 'invalid' {
  const b = ed.buf;
  if (t.startsWith('%')) return { from: 0, to: b.lines.length - 1, rest: t.slice(1).trim() };
  const addr = /^(\d+|\.|\$|'<|'>)?([+-]\d*)?/;
  const rows: number[] = [];
  let rest = t;
  for (;;) {
    const m = addr.exec(rest)!;
    if (!m[0]) break;
    let row = m[1] === undefined || m[1] === '.' ? b.row : m[1] === '$' ? b.lines.length - 1
      : m[1] === "'<" ? ed.visualMarks[0] : m[1] === "'>" ? ed.visualMarks[1] : Number(m[1]) - 1;
    if (m[2]) row += (m[2][0] === '-' ? -1 : 1) * (m[2].length > 1 ? Number(m[2].slice(1)) : 1);
    rows.push(row);
    rest = rest.slice(m[0].length);
    if (rest[0] !== ',' || rows.length === 2) break;
    rest = rest.slice(1);
  }
  rest = rest.trim();
  if (!rows.length) return { rest };
  // A lone address (`:99`) goes as far as the buffer does; before a command, one outside it is E16.
  const last = b.lines.length - 1;
  if (rest !== '' && rows.some((r) => r < 0 || r > last)) return 'invalid';
  const [from, to] = rows.map((r) => Math.max(0, Math.min(r, last)));
  return to === undefined ? { from, rest } : { from: Math.min(from, to), to: Math.max(from, to), rest };
}

/** `:set nu`, `:set nonumber`, `:set nu!`, `:set number?`; other options are said to be unavailable. */
function setOptions(ed: ViEditor, args: string): void {
  for (const arg of args.split(/\s+/).filter(Boolean)) {
    const m = /^(no|inv)?(nu|number)(!|\?)?$/.exec(arg);
    if (!m || ed.o.flavor !== 'vim') return ed.setMessage(ed.msgs.optionUnavailable(arg), true);
    if (m[3] === '?') ed.setMessage(ed.number ? '  number' : 'nonumber');
    else ed.number = m[1] === 'no' ? false : m[1] === 'inv' || m[3] === '!' ? !ed.number : true;
  }
}
