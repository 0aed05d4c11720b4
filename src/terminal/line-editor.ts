import { DetachError, InterruptError, type ReadLineOptions, type Terminal } from '../shell/process';
import { stripAnsi } from './ansi';
import { LineSession, type SessionEnd } from './line-session';
import { LineView } from './line-view';
import { splitKeys } from './split-keys';
import { codePointWidth } from './wcwidth';

interface Reader {
  handle(key: string): void;
  /** Ends the read with an error (the client detached). */
  cancel(e: Error): void;
}

/**
 * The interactive terminal behind the page, without the page: feed it key data exactly as
 * xterm's onData delivers it and it writes what the screen must show through `out`.
 * Input is one queue: keys typed while a command runs, and the lines of a multi-line paste
 * after the first, wait there for the next readLine/readKey/readSecret instead of being lost.
 */
export class LineEditor implements Terminal {
  readonly interactive = true;
  private readonly queue: string[] = [];
  private reader: Reader | null = null;
  private session: LineSession | null = null;
  private readonly view: LineView;
  private readonly interruptListeners = new Set<() => void>();
  private readonly detachWatchers: Array<{ keys: string; listener: () => void }> = [];
  /** Keys matching the start of the detach sequence, held back until it completes or breaks. */
  private held: string[] = [];
  /** Column the cursor is at after everything written so far; a prompt starts there. */
  private column = 0;

  constructor(
    private readonly out: (s: string) => void,
    public columns = 80,
    public rows = 24,
  ) {
    this.view = new LineView((s) => this.out(s), columns);
  }

  /** Key data from the terminal (xterm's onData). */
  feed(data: string): void {
    for (const key of splitKeys(data)) {
      // Ctrl-C while a command runs interrupts it and, like the tty driver, flushes typeahead.
      if (key === '\x03' && !this.reader && this.interruptListeners.size) {
        this.queue.length = 0;
        this.writeRaw('^C');
        for (const l of this.interruptListeners) l();
        continue;
      }
      const w = this.detachWatchers[this.detachWatchers.length - 1];
      if (w) {
        const typed = this.held.join('') + key;
        if (typed === w.keys) {
          this.held = [];
          w.listener();
          this.reader?.cancel(new DetachError());
          continue;
        }
        // Like docker's escape proxy: a broken prefix is passed on as typed.
        if (w.keys.startsWith(typed)) {
          this.held.push(key);
          continue;
        }
        this.queue.push(...this.held.splice(0));
      }
      this.queue.push(key);
    }
    this.pump();
  }

  onDetachKeys(keys: string, listener: () => void): () => void {
    const w = { keys, listener };
    this.detachWatchers.push(w);
    return () => {
      const i = this.detachWatchers.indexOf(w);
      if (i >= 0) this.detachWatchers.splice(i, 1);
      if (!this.detachWatchers.length) this.queue.push(...this.held.splice(0));
    };
  }

  /** Called on Ctrl-C typed while no read is pending (a command is running). */
  onInterrupt(listener: () => void): () => void {
    this.interruptListeners.add(listener);
    return () => this.interruptListeners.delete(listener);
  }

  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.view.cols = columns;
    if (this.session) {
      // The terminal reflows the wrapped edit area; find its top again from the new layout.
      this.view.resync(this.session.chars, this.session.cursor);
      this.session.redraw();
    }
  }

  write(s: string): void {
    const text = s.replace(/\r?\n/g, '\r\n');
    if (!this.session) return this.writeRaw(text);
    // Output while a line is being edited (a background job, a lesson message): like readline,
    // take the line off the screen, print, and draw prompt and line again below.
    this.view.erase();
    this.writeRaw(text);
    if (this.column >= this.columns) this.writeRaw('\r\n');
    this.view.begin(this.view.prompt, this.column);
    this.session.redraw();
  }

  readLine(prompt: string, opts: ReadLineOptions = {}): Promise<string | null> {
    // Lines of a multi-line prompt before the last are printed once; only the last is edited.
    const nl = prompt.lastIndexOf('\n');
    if (nl >= 0) {
      this.write(prompt.slice(0, nl + 1));
      prompt = prompt.slice(nl + 1);
    }
    if (this.column >= this.columns) this.writeRaw('\r\n');
    return new Promise((resolve, reject) => {
      const session = new LineSession(this.view, prompt, opts, (s) => this.out(s), (result: SessionEnd) => {
        this.reader = null;
        this.session = null;
        // Ctrl-D leaves the cursor after the prompt (bash then prints "exit" there).
        this.column = 'line' in result && result.line === null ? this.view.endCol(session.chars) : 0;
        if ('error' in result) reject(result.error);
        else resolve(result.line);
      });
      this.session = session;
      this.reader = {
        handle: (key) => session.handle(key),
        cancel: (e) => {
          this.view.finish(session.chars);
          this.reader = null;
          this.session = null;
          this.column = 0;
          reject(e);
        },
      };
      session.start(this.column);
      this.pump();
    });
  }

  readKey(): Promise<string | null> {
    return new Promise((resolve, reject) => {
      this.reader = {
        cancel: (e) => {
          this.reader = null;
          reject(e);
        },
        handle: (key) => {
          this.reader = null;
          // A pasted run of text is delivered one character per key.
          const first = String.fromCodePoint(key.codePointAt(0)!);
          if (first.length < key.length && key[0] !== '\x1b') this.queue.unshift(key.slice(first.length));
          resolve(first.length < key.length && key[0] !== '\x1b' ? first : key);
        },
      };
      this.pump();
    });
  }

  readSecret(prompt: string): Promise<string | null> {
    this.write(prompt);
    let secret = '';
    return new Promise((resolve, reject) => {
      const finish = (line: string | null) => {
        this.reader = null;
        this.writeRaw('\r\n');
        resolve(line);
      };
      this.reader = {
        cancel: (e) => {
          this.reader = null;
          this.writeRaw('\r\n');
          reject(e);
        },
        handle: (key) => {
          if (key === '\r' || key === '\n') finish(secret);
          else if (key === '\x7f' || key === '\b') secret = [...secret].slice(0, -1).join('');
          else if (key === '\x15') secret = '';
          else if (key === '\x04' && secret === '') finish(null);
          else if (key === '\x03') {
            this.reader = null;
            this.writeRaw('\r\n');
            reject(new InterruptError());
          } else if (key.charCodeAt(0) >= 0x20 && key !== '\x7f') secret += key;
        },
      };
      this.pump();
    });
  }

  private pump(): void {
    while (this.reader && this.queue.length) this.reader.handle(this.queue.shift()!);
  }

  private writeRaw(s: string): void {
    this.out(s);
    let col = this.column;
    for (const ch of stripAnsi(s)) {
      if (ch === '\r' || ch === '\n') col = 0;
      else if (ch === '\b') col = Math.max(0, Math.min(col, this.columns - 1) - 1);
      else if (ch === '\t') col = Math.min(this.columns - 1, (col + 8) & ~7);
      else {
        const w = codePointWidth(ch.codePointAt(0)!);
        col = col + w > this.columns ? w : col + w;
      }
    }
    this.column = col;
  }
}
