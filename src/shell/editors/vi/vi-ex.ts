import { EditorFile } from '../editor-file';
import type { ViEditor } from './vi-editor';

/**
 * The ex commands learners type: :w [name], :q, :q!, :wq, :x, ZZ (as :x), :N (go to line).
 * vim accepts any unambiguous abbreviation (:wri, :qui); so do we for these.
 */
export function runEx(ed: ViEditor, text: string): void {
  const t = text.trim();
  if (t === '') return;
  const b = ed.buf;
  if (/^\d+$/.test(t) || t === '$') {
    b.row = t === '$' ? b.lines.length - 1 : Math.max(0, Math.min(Number(t) - 1, b.lines.length - 1));
    b.col = Math.max(0, b.line.search(/\S/));
    return;
  }
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
