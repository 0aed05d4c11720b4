import type { Vfs } from '../../../engine/fs/vfs';
import { EditorFile } from '../editor-file';
import { ViBuffer } from './vi-buffer';
import { runEx } from './vi-ex';
import { viMessages, type ViFlavor } from './vi-messages';
import { searchText } from './vi-search';
import type { LastSubstitute } from './vi-substitute';
import { visualCommand, type Visual } from './vi-visual';
import { wordBack, wordEnd, wordForward } from './vi-words';

export interface ViOptions {
  fs: Vfs;
  cwd: string;
  file?: string;
  flavor: ViFlavor;
  columns: number;
  rows: number;
  /** Milliseconds, for undo's "N seconds ago". */
  now: () => number;
}

const ARROWS: Record<string, string> = { '\x1b[A': 'k', '\x1bOA': 'k', '\x1b[B': 'j', '\x1bOB': 'j', '\x1b[C': 'l', '\x1bOC': 'l', '\x1b[D': 'h', '\x1bOD': 'h', '\x1b[H': '0', '\x1b[F': '$', '\x1b[3~': 'x' };

/** What `p` puts: whole lines, or text (with "\n" where a characterwise yank crossed lines). */
export interface Register {
  lines: string[] | null;
  text: string;
}

/**
 * vi's modes and keys, DOM-free: feed keys with `key`, read the state (vi-render draws it).
 * Normal mode: counts, h j k l, arrows, 0 ^ $ w b e G gg, x X D J r, dd dG yy Y p P, u, Ctrl-R,
 * `.`, i a I A o O, v V (vi-visual), / ? n N, : and ZZ ZQ. Insert mode: text, Enter,
 * Backspace, arrows, Esc.
 */
export class ViEditor {
  readonly buf: ViBuffer;
  readonly msgs;
  mode: 'normal' | 'insert' | 'cmdline' | 'visual' = 'normal';
  /** The command line being typed, with its ":" "/" or "?". */
  cmdline = '';
  msg = '';
  msgError = false;
  /** The message is the ex command as typed, which vim leaves on the last line (not printed from a pipe). */
  msgEcho = false;
  file: string | undefined;
  done = false;
  /** The intro screen shows until the buffer changes (vim with no file). */
  intro: boolean;
  top = 0;
  /** Keys of a command still being typed ("2d"): vim's showcmd shows them. */
  pending = '';
  want = 0;
  register: Register = { lines: null, text: '' };
  lastSearch = '';
  lastBackward = false;
  lastSubstitute: LastSubstitute | undefined;
  /** The first and last rows of the last visual selection, for `:'<,'>`. */
  visualMarks: [number, number] = [0, 0];
  visual: Visual | null = null;
  /** `:set number`. */
  number = false;
  /** The keys of the last change, which `.` types again; the keys of the change being typed. */
  lastChange: string[] | null = null;
  private dot: string[] = [];
  private dotChanges = 0;
  private replaying = false;
  private repeated = false;

  constructor(readonly o: ViOptions) {
    this.msgs = viMessages(o.flavor);
    this.file = o.file;
    this.intro = o.file === undefined && o.flavor === 'vim';
    let lines: string[] = [];
    if (o.file !== undefined) {
      const r = EditorFile.load(o.fs, o.cwd, o.file);
      if (r.kind === 'file') lines = r.lines;
      this.msg = this.msgs.opened(o.file, r);
    }
    this.buf = new ViBuffer(lines, o.now);
  }

  get columns(): number {
    return this.o.columns;
  }

  get rows(): number {
    return this.o.rows;
  }

  setMessage(text: string, error = false): void {
    this.msg = text;
    this.msgError = error;
    this.msgEcho = false;
  }

  key(k: string): void {
    if (this.mode === 'cmdline') return this.cmdlineKey(k);
    if (this.replaying) return this.mode === 'insert' ? this.insertKey(k) : this.normalKey(ARROWS[k] ?? k);
    if (this.mode === 'visual') return this.normalKey(ARROWS[k] ?? k);
    // Record the keys of each normal-mode command (and the insert it starts) for `.`.
    if (!this.dot.length) { this.dotChanges = this.buf.changes; this.repeated = false; }
    this.dot.push(k);
    if (this.mode === 'insert') this.insertKey(k);
    else this.normalKey(ARROWS[k] ?? k);
    if (this.mode === 'insert' || this.pending) return;
    if (this.buf.changes !== this.dotChanges && !this.repeated && this.mode === 'normal') this.lastChange = this.dot;
    this.dot = [];
  }

  /** The cursor moves of normal and visual mode; false when `cmd` is not one. */
  motion(cmd: string, count: number, counted: boolean): boolean {
    const b = this.buf;
    const setCol = (c: number) => { b.col = Math.max(0, Math.min(c, Math.max(0, b.line.length - 1))); this.want = b.col; };
    const setRow = (r: number) => { b.row = Math.max(0, Math.min(r, b.lines.length - 1)); b.col = Math.min(this.want, Math.max(0, b.line.length - 1)); };
    const firstNonBlank = () => setCol(Math.max(0, b.line.search(/\S/)));
    switch (cmd) {
      case 'h': case '\x7f': case '\b': setCol(b.col - count); break;
      case 'l': case ' ': setCol(b.col + count); break;
      case 'j': case '\x0e': setRow(b.row + count); break;
      case 'k': case '\x10': setRow(b.row - count); break;
      case '\r': case '+': setRow(b.row + count); firstNonBlank(); break;
      case '-': setRow(b.row - count); firstNonBlank(); break;
      case '0': setCol(0); break;
      case '^': firstNonBlank(); break;
      case '$': setCol(b.line.length - 1); break;
      case 'G': setRow(counted ? count - 1 : b.lines.length - 1); firstNonBlank(); break;
      case 'gg': setRow(counted ? count - 1 : 0); firstNonBlank(); break;
      case 'w': for (let i = 0; i < count; i++) wordForward(this.buf); this.want = this.buf.col; break;
      case 'b': for (let i = 0; i < count; i++) wordBack(this.buf); this.want = this.buf.col; break;
      case 'e': for (let i = 0; i < count; i++) wordEnd(this.buf); this.want = this.buf.col; break;
      case 'n': case 'N': this.search(this.lastSearch, cmd === 'N' ? !this.lastBackward : this.lastBackward, false); break;
      default: return false;
    }
    return true;
  }

  private normalKey(k: string): void {
    const b = this.buf;
    if (k === '\x1b' && this.mode !== 'visual') { this.pending = ''; return; }
    if (k === '\x03' && this.mode !== 'visual') { this.pending = ''; return this.setMessage(this.msgs.ctrlC); }
    if (/^[0-9]$/.test(k) && !(k === '0' && !/\d$/.test(this.pending))) { this.pending += k; return; }
    const m = /^((?:[1-9]\d*)?)([\s\S]*)$/.exec(this.pending + k)!;
    const count = Math.max(1, Number(m[1] || '1'));
    const cmd = m[2];
    this.pending = '';
    if (this.motion(cmd, count, m[1] !== '')) return;
    if (this.mode === 'visual') {
      if (visualCommand(this, cmd) === 'pending') this.pending = m[1] + cmd;
      return;
    }
    const len = b.line.length;
    const setCol = (c: number) => { b.col = Math.max(0, Math.min(c, Math.max(0, b.line.length - 1))); this.want = b.col; };
    switch (cmd) {
      case 'x': case 'X': case 'D': {
        if (len === 0 || (cmd === 'X' && b.col === 0)) return;
        const from = cmd === 'X' ? Math.max(0, b.col - count) : b.col;
        const to = cmd === 'D' ? len : cmd === 'X' ? b.col : Math.min(len, b.col + count);
        this.register = { lines: null, text: b.line.slice(from, to) };
        b.change(() => { b.line = b.line.slice(0, from) + b.line.slice(to); });
        return setCol(from);
      }
      case 'r': case 'Z': case 'g': case 'd': case 'y': this.pending = (m[1] || '') + cmd; return;
      case 'J': {
        if (b.row >= b.lines.length - 1) return;
        b.change(() => {
          const next = b.lines[b.row + 1].replace(/^\s+/, '');
          const joined = b.line.replace(/\s+$/, '') + (next && b.line.trim() ? ' ' : '') + next;
          b.col = b.line.replace(/\s+$/, '').length;
          b.lines.splice(b.row, 2, joined);
        });
        return;
      }
      case 'dd': case 'dj': case 'dk': case 'dG': case 'dgg': return this.deleteLines(cmd, count);
      case 'yy': case 'Y': {
        this.register = { lines: b.lines.slice(b.row, b.row + count), text: '' };
        if (count >= 3) this.setMessage(this.msgs.yanked(count));
        return;
      }
      case 'p': case 'P': return this.put(cmd === 'P', count);
      case 'u': return this.undo(false);
      case '\x12': if (this.o.flavor === 'vim') this.undo(true); return;
      case '.': return this.repeat(m[1]);
      case 'v': case 'V':
        if (this.o.flavor !== 'vim') return;
        this.visual = { row: b.row, col: b.col, line: cmd === 'V' };
        this.mode = 'visual';
        this.intro = false;
        return this.setMessage('');
      case 'i': case 'a': case 'I': case 'A': case 'o': case 'O': return this.startInsert(cmd);
      case ':': case '/': case '?': this.mode = 'cmdline'; this.cmdline = cmd; return;
      case 'ZZ': return runEx(this, 'x');
      case 'ZQ': return runEx(this, 'q!');
    }
    if (cmd.length === 2 && cmd[0] === 'r' && cmd[1] >= ' ' && len > 0) {
      b.change(() => { b.line = b.line.slice(0, b.col) + cmd[1] + b.line.slice(b.col + 1); });
    }
  }

  private deleteLines(cmd: string, count: number): void {
    const b = this.buf;
    let from = b.row;
    let to = Math.min(b.lines.length, b.row + count);
    if (cmd === 'dj') to = Math.min(b.lines.length, b.row + count + 1);
    if (cmd === 'dk') from = Math.max(0, b.row - count), to = b.row + 1;
    if (cmd === 'dG') to = b.lines.length;
    if (cmd === 'dgg') from = 0, to = b.row + 1;
    this.deleteRows(from, to);
  }

  /** Deletes rows [from, to) into the register as lines, as dd does. */
  deleteRows(from: number, to: number): void {
    const b = this.buf;
    if (b.empty) return;
    this.register = { lines: b.lines.slice(from, to), text: '' };
    b.change(() => b.deleteLines(from, to));
    b.col = Math.max(0, b.line.search(/\S/));
    this.want = b.col;
    this.setMessage(b.empty ? this.msgs.noLines : to - from >= 3 ? this.msgs.fewer(to - from) : '');
  }

  /** p and P: lines below or above, text after or before the cursor. */
  put(before: boolean, count: number, r: Register = this.register): void {
    const b = this.buf;
    if (r.lines) {
      const lines = Array.from({ length: count }, () => r.lines!).flat();
      b.change(() => {
        const at = before || b.empty ? b.row : b.row + 1;
        b.insertLines(at, lines);
        b.row = b.empty ? 0 : at;
      });
      b.col = Math.max(0, b.line.search(/\S/));
      this.setMessage(lines.length >= 3 ? this.msgs.more(lines.length) : '');
    } else if (r.text) {
      const at = before || b.line.length === 0 ? b.col : b.col + 1;
      const parts = r.text.repeat(count).split('\n');
      b.change(() => {
        b.touch();
        const head = b.line.slice(0, at);
        const tail = b.line.slice(at);
        if (parts.length === 1) b.line = head + parts[0] + tail;
        else b.lines.splice(b.row, 1, head + parts[0], ...parts.slice(1, -1), parts[parts.length - 1] + tail);
      });
      // One line of text leaves the cursor on its last character; more, on its first.
      b.col = parts.length === 1 ? at + parts[0].length - 1 : at;
    }
    this.want = b.col;
  }

  private undo(redo: boolean): void {
    const u = redo ? this.buf.redo() : this.buf.undo();
    if (!u) return this.setMessage(redo ? this.msgs.newest : this.msgs.oldest);
    this.buf.col = Math.min(this.buf.col, Math.max(0, this.buf.line.length - 1));
    this.want = this.buf.col;
    this.setMessage(this.msgs.undone(u));
  }

  /** `.`: types the last change's keys again; a count replaces the count it was typed with. */
  private repeat(count: string): void {
    const keys = this.lastChange;
    this.repeated = true;
    if (!keys) return;
    let i = 0;
    if (count) while (/^[0-9]$/.test(keys[i])) i++;
    this.replaying = true;
    try {
      for (const k of [...count, ...keys.slice(i)]) this.key(k);
    } finally {
      this.replaying = false;
    }
  }

  private startInsert(cmd: string): void {
    const b = this.buf;
    b.begin();
    if (cmd === 'a' && b.line.length) b.col++;
    if (cmd === 'A') b.col = b.line.length;
    if (cmd === 'I') b.col = Math.max(0, b.line.search(/\S/));
    if (cmd === 'o' || cmd === 'O') {
      // An empty buffer still has its one line: `o` there makes line 2.
      b.touch();
      b.lines.splice(cmd === 'o' ? ++b.row : b.row, 0, '');
      b.col = 0;
    }
    this.mode = 'insert';
    this.intro = false;
    this.setMessage('');
  }

  private insertKey(k: string): void {
    const b = this.buf;
    const mv = ARROWS[k];
    if (k === '\x1b' || k === '\x03') {
      b.commit();
      this.mode = 'normal';
      b.col = Math.max(0, b.col - 1);
      this.want = b.col;
      return;
    }
    if (mv === 'h') b.col = Math.max(0, b.col - 1);
    else if (mv === 'l') b.col = Math.min(b.line.length, b.col + 1);
    else if (mv === 'j' || mv === 'k') {
      b.row = Math.max(0, Math.min(b.lines.length - 1, b.row + (mv === 'j' ? 1 : -1)));
      b.col = Math.min(b.col, b.line.length);
    } else if (mv === '0') b.col = 0;
    else if (mv === '$') b.col = b.line.length;
    else if (mv === 'x') {
      if (b.col < b.line.length) b.line = b.line.slice(0, b.col) + b.line.slice(b.col + 1);
      else if (b.row < b.lines.length - 1) b.lines.splice(b.row, 2, b.line + b.lines[b.row + 1]);
    } else if (k === '\r' || k === '\n') {
      b.touch();
      const rest = b.line.slice(b.col);
      b.line = b.line.slice(0, b.col);
      b.lines.splice(++b.row, 0, rest);
      b.col = 0;
    } else if (k === '\x7f' || k === '\b') {
      if (b.col > 0) {
        b.line = b.line.slice(0, b.col - 1) + b.line.slice(b.col);
        b.col--;
      } else if (b.row > 0) {
        const prev = b.lines[b.row - 1];
        b.lines.splice(b.row - 1, 2, prev + b.line);
        b.row--;
        b.col = prev.length;
      }
    } else if (k === '\t' || (k.charCodeAt(0) >= 0x20 && k[0] !== '\x1b')) {
      b.touch();
      b.line = b.line.slice(0, b.col) + k + b.line.slice(b.col);
      b.col += k.length;
    }
  }

  private cmdlineKey(k: string): void {
    if (k === '\x1b' || k === '\x03') { this.mode = 'normal'; this.cmdline = ''; return; }
    if (k === '\x7f' || k === '\b') {
      if (this.cmdline.length <= 1) { this.mode = 'normal'; this.cmdline = ''; return; }
      this.cmdline = this.cmdline.slice(0, -1);
      return;
    }
    if (k === '\r' || k === '\n') {
      const text = this.cmdline;
      this.mode = 'normal';
      this.cmdline = '';
      this.setMessage(text);
      this.msgEcho = true;
      if (text[0] === ':') return runEx(this, text.slice(1));
      return this.search(text.slice(1) || this.lastSearch, text[0] === '?', true);
    }
    if (k.charCodeAt(0) >= 0x20 && k[0] !== '\x1b') this.cmdline += k;
  }

  private search(pattern: string, backward: boolean, remember: boolean): void {
    if (!pattern) return this.setMessage(this.msgs.noPrevious, true);
    if (remember) { this.lastSearch = pattern; this.lastBackward = backward; }
    const b = this.buf;
    const r = searchText(b.lines, b.row, b.col, pattern, backward);
    if (!r) return this.setMessage(this.msgs.notFound(pattern), true);
    b.row = r.row;
    b.col = r.col;
    this.want = r.col;
    if (r.wrapped) this.setMessage(this.msgs.wrapped(backward), true);
    else this.setMessage((backward ? '?' : '/') + pattern);
  }
}
