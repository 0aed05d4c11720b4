import type { Vfs } from '../../../engine/fs/vfs';
import { EditorFile } from '../editor-file';

export interface NanoOptions {
  fs: Vfs;
  cwd: string;
  file?: string;
  columns: number;
  rows: number;
}

type Prompt = { kind: 'filename'; text: string; thenExit: boolean } | { kind: 'save' };

const MOVES: Record<string, string> = {
  '\x1b[A': 'up', '\x1bOA': 'up', '\x10': 'up', '\x1b[B': 'down', '\x1bOB': 'down', '\x0e': 'down',
  '\x1b[C': 'right', '\x1bOC': 'right', '\x06': 'right', '\x1b[D': 'left', '\x1bOD': 'left', '\x02': 'left',
  '\x1b[H': 'home', '\x1bOH': 'home', '\x01': 'home', '\x1b[F': 'end', '\x1bOF': 'end', '\x05': 'end',
};

/**
 * GNU nano 7.2's editing, DOM-free. Like nano, a file that ends with a newline is shown with
 * an empty last line (the "magic line") and saved without adding another; a file without
 * one gets it on save. ^O asks "File Name to Write: ", ^X asks "Save modified buffer?".
 */
export class NanoEditor {
  lines: string[];
  row = 0;
  col = 0;
  top = 0;
  modified = false;
  file: string | undefined;
  status = '';
  /** Keystrokes until the status message is blanked (nano clears it after a while). */
  statusLife = 0;
  prompt: Prompt | null = null;
  done = false;
  private cut: string[] = [];
  private cutting = false;

  constructor(readonly o: NanoOptions) {
    this.file = o.file;
    this.lines = [''];
    if (o.file === undefined) return;
    const r = EditorFile.load(o.fs, o.cwd, o.file);
    if (r.kind === 'file') {
      this.lines = r.noEol || r.lines.length === 0 ? [...r.lines, ...(r.lines.length ? [] : [''])] : [...r.lines, ''];
      this.setStatus(`Read ${r.lines.length} ${r.lines.length === 1 ? 'line' : 'lines'}`);
    } else if (r.kind === 'dir') this.setStatus(`"${o.file}" is a directory`);
    else this.setStatus('New File');
  }

  setStatus(s: string): void {
    this.status = s;
    this.statusLife = 20;
  }

  get line(): string {
    return this.lines[this.row];
  }

  key(k: string): void {
    if (this.prompt) return this.promptKey(k, this.prompt);
    const wasCutting = this.cutting;
    this.cutting = false;
    if (this.statusLife > 0 && --this.statusLife === 0) this.status = '';
    const mv = MOVES[k];
    if (mv) return this.move(mv);
    switch (k) {
      case '\x0f': this.prompt = { kind: 'filename', text: this.file ?? '', thenExit: false }; return;
      case '\x18':
        if (!this.modified) { this.done = true; return; }
        this.prompt = { kind: 'save' };
        return;
      case '\x0b': return this.cutLine(wasCutting);
      case '\x15': return this.paste();
      case '\r': case '\n': {
        const rest = this.line.slice(this.col);
        this.lines[this.row] = this.line.slice(0, this.col);
        this.lines.splice(++this.row, 0, rest);
        this.col = 0;
        return this.changed();
      }
      case '\x7f': case '\b':
        if (this.col > 0) {
          this.lines[this.row] = this.line.slice(0, this.col - 1) + this.line.slice(this.col);
          this.col--;
        } else if (this.row > 0) {
          this.col = this.lines[this.row - 1].length;
          this.lines.splice(this.row - 1, 2, this.lines[this.row - 1] + this.line);
          this.row--;
        } else return;
        return this.changed();
      case '\x1b[3~': case '\x04':
        if (this.col < this.line.length) this.lines[this.row] = this.line.slice(0, this.col) + this.line.slice(this.col + 1);
        else if (this.row < this.lines.length - 1) this.lines.splice(this.row, 2, this.line + this.lines[this.row + 1]);
        else return;
        return this.changed();
    }
    if (k === '\t' || (k.charCodeAt(0) >= 0x20 && k[0] !== '\x1b' && k !== '\x7f')) {
      this.lines[this.row] = this.line.slice(0, this.col) + k + this.line.slice(this.col);
      this.col += k.length;
      // Typing on the magic line makes a new one below it.
      if (this.row === this.lines.length - 1) this.lines.push('');
      this.changed();
    }
  }

  private changed(): void {
    this.modified = true;
  }

  private move(mv: string): void {
    if (mv === 'up' && this.row > 0) this.row--;
    else if (mv === 'down' && this.row < this.lines.length - 1) this.row++;
    else if (mv === 'left') {
      if (this.col > 0) this.col--;
      else if (this.row > 0) this.col = this.lines[--this.row].length;
      return;
    } else if (mv === 'right') {
      if (this.col < this.line.length) this.col++;
      else if (this.row < this.lines.length - 1) { this.row++; this.col = 0; }
      return;
    } else if (mv === 'home') this.col = 0;
    else if (mv === 'end') this.col = this.line.length;
    this.col = Math.min(this.col, this.line.length);
  }

  private cutLine(append: boolean): void {
    if (this.row === this.lines.length - 1 && this.line === '') return;
    const [gone] = this.lines.splice(this.row, 1);
    if (this.lines.length === 0) this.lines = [''];
    this.cut = append ? [...this.cut, gone] : [gone];
    this.cutting = true;
    this.col = 0;
    this.changed();
  }

  private paste(): void {
    if (!this.cut.length) return;
    this.lines.splice(this.row, 0, ...this.cut);
    this.row += this.cut.length;
    this.col = 0;
    this.changed();
  }

  private promptKey(k: string, p: Prompt): void {
    if (k === '\x03') {
      this.prompt = null;
      return this.setStatus('Cancelled');
    }
    if (p.kind === 'save') {
      if (k === 'y' || k === 'Y') this.prompt = { kind: 'filename', text: this.file ?? '', thenExit: true };
      else if (k === 'n' || k === 'N') this.done = true;
      return;
    }
    if (k === '\r' || k === '\n') {
      this.prompt = null;
      if (p.text === '') return this.setStatus('Cancelled');
      if (this.write(p.text) && p.thenExit) this.done = true;
      return;
    }
    if (k === '\x7f' || k === '\b') p.text = p.text.slice(0, -1);
    else if (k.charCodeAt(0) >= 0x20 && k[0] !== '\x1b') p.text += k;
  }

  private write(name: string): boolean {
    const last = this.lines.length - 1;
    const lines = this.lines[last] === '' ? this.lines.slice(0, last) : [...this.lines];
    const r = EditorFile.save(this.o.fs, this.o.cwd, name, lines);
    if (typeof r === 'string') {
      const why = r === 'ENOENT' ? 'No such file or directory' : r === 'EISDIR' ? 'Is a directory' : 'Permission denied';
      this.setStatus(`Error writing ${name}: ${why}`);
      return false;
    }
    if (this.lines[last] !== '') this.lines.push('');
    this.file = name;
    this.modified = false;
    this.setStatus(`Wrote ${lines.length} ${lines.length === 1 ? 'line' : 'lines'}`);
    return true;
  }
}
