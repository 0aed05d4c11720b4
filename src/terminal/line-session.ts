import { InterruptError, type ReadLineOptions } from '../shell/process';
import { ansi } from './ansi';
import { completionList } from './completion-list';
import { LineBuffer } from './line-buffer';
import type { LineView } from './line-view';

const CONTINUATION_PROMPT = '> ';
// readline's completion-query-items: above this many candidates, ask before listing them.
const QUERY_ITEMS = 100;

const KEYS: Record<string, string> = {
  '\r': 'enter', '\n': 'enter', '\x7f': 'backspace', '\b': 'backspace', '\x1b[3~': 'delete',
  '\x1b[D': 'left', '\x1bOD': 'left', '\x02': 'left', '\x1b[C': 'right', '\x1bOC': 'right', '\x06': 'right',
  '\x1b[A': 'up', '\x1bOA': 'up', '\x10': 'up', '\x1b[B': 'down', '\x1bOB': 'down', '\x0e': 'down',
  '\x1b[H': 'home', '\x1bOH': 'home', '\x1b[1~': 'home', '\x1b[7~': 'home', '\x01': 'home',
  '\x1b[F': 'end', '\x1bOF': 'end', '\x1b[4~': 'end', '\x1b[8~': 'end', '\x05': 'end',
  '\x1bb': 'wordLeft', '\x1b[1;5D': 'wordLeft', '\x1b[1;3D': 'wordLeft',
  '\x1bf': 'wordRight', '\x1b[1;5C': 'wordRight', '\x1b[1;3C': 'wordRight',
  '\x0b': 'killEnd', '\x15': 'killStart', '\x17': 'killSpaceWord', '\x1b\x7f': 'killWordBack',
  '\x1bd': 'killWord', '\x19': 'yank', '\x0c': 'clear', '\x03': 'interrupt', '\x04': 'eof', '\t': 'tab',
};

export type SessionEnd = { line: string | null } | { error: InterruptError };

/**
 * One readLine call: edits a line (and its continuation lines) with readline's keys, drawing
 * through a LineView, until Enter, Ctrl-C or Ctrl-D ends it.
 */
export class LineSession {
  private readonly buf = new LineBuffer();
  private readonly done: string[] = []; // finished continuation lines
  private readonly history: string[];
  private readonly edits = new Map<number, string>(); // readline keeps edits to recalled lines
  private histIndex: number;
  private killed = '';
  private lastWasTab = false; // and that Tab left the line as it was
  private lastWasKill = false;
  private query: string[] | null = null; // candidates awaiting the "Display all" answer

  constructor(
    private readonly view: LineView,
    private readonly prompt: string,
    private readonly opts: ReadLineOptions,
    private readonly out: (s: string) => void,
    private readonly end: (result: SessionEnd) => void,
  ) {
    this.history = opts.history ?? [];
    this.histIndex = this.history.length;
  }

  get chars(): string[] {
    return this.buf.chars;
  }

  get cursor(): number {
    return this.buf.cursor;
  }

  start(startCol: number): void {
    this.view.begin(this.prompt, startCol);
    this.redraw();
  }

  redraw(): void {
    this.view.draw(this.buf.chars, this.buf.cursor);
  }

  handle(key: string): void {
    if (this.query) return this.answerQuery(key);
    const action = KEYS[key] ?? (key.charCodeAt(0) >= 0x20 && key !== '\x7f' ? 'insert' : 'ignore');
    const wasTab = this.lastWasTab;
    const wasKill = this.lastWasKill;
    this.lastWasTab = false;
    this.lastWasKill = action.startsWith('kill');
    const b = this.buf;
    switch (action) {
      case 'insert': return this.insert(key);
      case 'enter': return this.enter();
      case 'backspace': return void (b.backspace() && this.redraw());
      case 'delete': return void (b.deleteForward() && this.redraw());
      case 'left': return this.move(Math.max(0, b.cursor - 1));
      case 'right': return this.move(Math.min(b.chars.length, b.cursor + 1));
      case 'home': return this.move(0);
      case 'end': return this.move(b.chars.length);
      case 'wordLeft': return this.move(b.wordLeft());
      case 'wordRight': return this.move(b.wordRight());
      case 'killEnd': return this.kill(b.cursor, b.chars.length, false, wasKill);
      case 'killStart': return this.kill(0, b.cursor, true, wasKill);
      case 'killSpaceWord': return this.kill(b.spaceWordLeft(), b.cursor, true, wasKill);
      case 'killWordBack': return this.kill(b.wordLeft(), b.cursor, true, wasKill);
      case 'killWord': return this.kill(b.cursor, b.wordRight(), false, wasKill);
      case 'yank': return this.insert(this.killed);
      case 'up': return this.recall(this.histIndex - 1);
      case 'down': return this.recall(this.histIndex + 1);
      case 'clear':
        this.out(ansi.clearScreen);
        this.view.reset(0);
        return this.redraw();
      case 'interrupt':
        this.view.finish(b.chars, '^C');
        return this.end({ error: new InterruptError() });
      case 'eof': return this.eof();
      case 'tab': return this.tab(wasTab);
    }
  }

  private insert(text: string): void {
    if (!text) return;
    const atEnd = this.buf.cursor === this.buf.chars.length;
    this.buf.insert(text);
    if (atEnd) this.view.append(this.buf.chars, text);
    else this.redraw();
  }

  private move(to: number): void {
    if (to === this.buf.cursor) return;
    this.buf.cursor = to;
    this.view.place(this.buf.chars, to);
  }

  // Consecutive kills make one kill-ring entry, as in readline (Ctrl-W Ctrl-W, then Ctrl-Y).
  private kill(from: number, to: number, backward: boolean, append: boolean): void {
    if (from >= to) return;
    const text = this.buf.cut(from, to);
    this.killed = !append ? text : backward ? text + this.killed : this.killed + text;
    this.redraw();
  }

  private recall(index: number): void {
    if (index < 0 || index > this.history.length || index === this.histIndex) return;
    this.edits.set(this.histIndex, this.buf.text);
    this.histIndex = index;
    this.buf.set(this.edits.get(index) ?? (index < this.history.length ? this.history[index] : ''));
    this.redraw();
  }

  private enter(): void {
    const text = [...this.done, this.buf.text].join('\n');
    this.view.finish(this.buf.chars);
    if (this.opts.needsMore?.(text)) {
      this.done.push(this.buf.text);
      this.buf.set('');
      this.view.begin(CONTINUATION_PROMPT, 0);
      return this.redraw();
    }
    this.accept(text);
  }

  private accept(text: string): void {
    const h = this.opts.history;
    if (h && text.trim() !== '' && h[h.length - 1] !== text) h.push(text);
    this.end({ line: text });
  }

  private eof(): void {
    if (this.buf.chars.length) return void (this.buf.deleteForward() && this.redraw());
    if (this.done.length) {
      // EOF inside a continuation: hand back what there is; the shell reports the open quote
      // or delimits the here-document at end of file, as bash does.
      this.view.finish(this.buf.chars);
      return this.accept(this.done.join('\n'));
    }
    this.end({ line: null });
  }

  private tab(second: boolean): void {
    const complete = this.opts.complete;
    if (!complete) return;
    const text = this.buf.text;
    const cursor = this.buf.textCursor;
    const { start, candidates, addSpace } = complete(text, cursor);
    const cands = [...new Set(candidates)];
    const word = text.slice(start, cursor);
    if (cands.length === 1) return this.replace(start, cursor, cands[0] + (addSpace === false ? '' : ' '));
    const prefix = cands.length ? commonPrefix(cands) : '';
    if (prefix.length > word.length) return this.replace(start, cursor, prefix);
    // Listing takes a second Tab in a row, counted only when the first changed nothing.
    this.lastWasTab = true;
    if (!second || cands.length === 0) return;
    // Like readline's filename completion, list only what follows the typed directory part.
    const dir = word.slice(0, word.lastIndexOf('/') + 1);
    const shown = cands.map((c) => (dir && c.startsWith(dir) && c !== dir ? c.slice(dir.length) : c));
    if (shown.length > QUERY_ITEMS) {
      this.view.finish(this.buf.chars);
      this.out(`Display all ${shown.length} possibilities? (y or n)`);
      this.query = shown;
      return;
    }
    this.view.finish(this.buf.chars);
    this.list(shown);
  }

  private answerQuery(key: string): void {
    const items = this.query!;
    if (key === 'y' || key === 'Y' || key === ' ') {
      this.query = null;
      this.out('\r\n');
      this.list(items);
    } else if (key === 'n' || key === 'N' || key === '\x7f') {
      this.query = null;
      this.out('\r\n');
      this.view.reset(0);
      this.redraw();
    }
  }

  private list(items: string[]): void {
    for (const row of completionList(items, this.view.cols)) this.out(row + '\r\n');
    this.view.reset(0);
    this.redraw();
  }

  private replace(from: number, to: number, s: string): void {
    const text = this.buf.text;
    this.buf.set(text.slice(0, from) + s + text.slice(to), from + s.length);
    this.redraw();
  }
}

function commonPrefix(words: string[]): string {
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  // Never split a surrogate pair.
  return /[\ud800-\udbff]$/.test(p) ? p.slice(0, -1) : p;
}
