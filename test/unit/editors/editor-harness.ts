import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CowFs } from '../../../src/engine/fs/cow-fs';
import type { Program, Terminal } from '../../../src/shell/process';
import { Screen } from '../terminal/screen';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A screen recorded from the real program in tmux (80x24), rows right-trimmed, trailing blank rows dropped. */
export function recorded(name: string): string {
  const rows = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').split('\n').slice(0, 24).map((r) => r.trimEnd());
  while (rows.length && rows[rows.length - 1] === '') rows.pop();
  return rows.join('\n');
}

/**
 * Runs an editor program on an 80x24 interactive terminal whose output is drawn on a model
 * screen; `type` hands it keys and waits until it has asked for the next one.
 */
export class EditorRun {
  readonly fs = new CowFs();
  readonly screen = new Screen(80, 24);
  readonly output: string[] = [];
  status: Promise<number> | undefined;
  private waiting: ((k: string | null) => void) | null = null;
  private asked!: Promise<void>;
  private signalAsked!: () => void;
  exited = false;

  constructor(interactive = true) {
    this.fs.mkdir('/work', { recursive: true });
    const tty: Terminal = {
      columns: 80,
      rows: 24,
      interactive,
      write: (s) => { this.output.push(s); this.screen.write(s.replace(/\r?\n/g, '\r\n')); },
      readLine: async () => null,
      readSecret: async () => null,
      readKey: () => new Promise((resolve) => { this.waiting = resolve; this.signalAsked(); }),
    };
    this.tty = tty;
    this.reset();
  }

  readonly tty: Terminal;

  private reset(): void {
    this.asked = new Promise((r) => (this.signalAsked = r));
  }

  async start(program: Program, argv: string[]): Promise<void> {
    const err = { write: (s: string) => this.output.push(s) };
    this.status = program({ argv, env: new Map([['PATH', '/usr/bin:/bin']]), cwd: '/work', fs: this.fs, stdin: { read: async () => null }, stdout: err, stderr: err, tty: this.tty, signal: new AbortController().signal });
    void this.status.then(() => { this.exited = true; this.signalAsked(); });
    await this.asked;
  }

  /** Each string is one key (or a pasted run of text). */
  async type(...keys: string[]): Promise<void> {
    for (const k of keys) {
      if (this.exited) throw new Error(`the editor exited before key ${JSON.stringify(k)}`);
      const w = this.waiting!;
      this.waiting = null;
      this.reset();
      w(k);
      await this.asked;
    }
  }

  text(): string {
    return this.screen.lines().join('\n');
  }

  file(path: string): string {
    return new TextDecoder().decode(this.fs.readFile(path));
  }
}
