import { InterruptError, type Completion } from '../../../src/shell/process';
import { LineEditor } from '../../../src/terminal/line-editor';
import { Screen } from './screen';

/** The files of the directory the bash transcripts were recorded in (test/unit/terminal/data). */
export const FILES = ['alpha.txt', 'alpine/', 'beta', 'delta-long-name.tar.gz', 'docs/', 'gamma', 'readme', 'zeta.md', '日本語.txt'];

/** Filename completion of the word before the cursor, as bash does it for `ls`/`cat` arguments. */
export function completeFiles(line: string, cursor: number): Completion {
  const start = line.lastIndexOf(' ', cursor - 1) + 1;
  const word = line.slice(start, cursor);
  const candidates = FILES.filter((f) => f.startsWith(word));
  return { start, candidates, addSpace: !(candidates.length === 1 && candidates[0].endsWith('/')) };
}

/** Open single quote, or a here-document whose delimiter line has not come yet. */
export function needsMore(text: string): boolean {
  if ((text.match(/'/g) ?? []).length % 2 === 1) return true;
  const hd = /<<-?\s*(\w+)/.exec(text);
  return !!hd && !text.split('\n').slice(1).includes(hd[1]);
}

export const tick = () => new Promise<void>((r) => setImmediate(r));

/**
 * A stand-in shell on a LineEditor: reads lines, "runs" `echo` by printing its words, shows a
 * new prompt after Ctrl-C. Returns the editor, everything it wrote, and the lines it read.
 */
export function shell(cols: number, rows: number, ps1 = '$ ', history: string[] = []) {
  const bytes: string[] = [];
  const lines: (string | null)[] = [];
  const ed = new LineEditor((s) => bytes.push(s), cols, rows);
  void (async () => {
    for (;;) {
      try {
        const line = await ed.readLine(ps1, { history, complete: completeFiles, needsMore });
        lines.push(line);
        if (line === null) return;
        const echo = /^echo (.*)$/.exec(line);
        if (echo) ed.write(echo[1] + '\n');
      } catch (e) {
        if (!(e instanceof InterruptError)) throw e;
        lines.push('<interrupted>');
      }
    }
  })();
  return {
    ed,
    lines,
    history,
    output: () => bytes.join(''),
    screen: () => new Screen(cols, rows).write(bytes.join('')),
    async type(...keys: string[]) {
      for (const k of keys) {
        ed.feed(k);
        await tick();
      }
    },
  };
}

/** An editor drawing on a screen model. */
export function editor(cols = 40, rows = 10) {
  const screen = new Screen(cols, rows);
  const ed = new LineEditor((s) => screen.write(s), cols, rows);
  return { ed, screen };
}
