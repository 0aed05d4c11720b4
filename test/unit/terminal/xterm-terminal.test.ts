// @vitest-environment happy-dom
import recorded from './data/bash-readline.json';
import { describe, expect, it } from 'vitest';
import { XtermTerminal } from '../../../src/terminal/xterm-terminal';
import { shell } from './harness';
import { Screen } from './screen';

function rowsOf(t: XtermTerminal): { lines: string[]; scrolled: string[]; cursor: { row: number; col: number } } {
  const buf = t.xterm.buffer.active;
  const text = (i: number) => buf.getLine(i)!.translateToString(true).trimEnd();
  const lines = Array.from({ length: t.rows }, (_, i) => text(buf.baseY + i));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const scrolled = Array.from({ length: buf.baseY }, (_, i) => text(i));
  return { lines, scrolled, cursor: { row: buf.cursorY, col: Math.min(buf.cursorX, t.columns - 1) } };
}

const flush = (t: XtermTerminal) => new Promise<void>((r) => t.xterm.write('', r));

describe('XtermTerminal', () => {
  it('feeds onData to the editor and writes its echo and program output to xterm', async () => {
    const t = new XtermTerminal({ cols: 40, rows: 10 });
    const el = document.createElement('div');
    document.body.appendChild(el);
    t.open(el);
    const line = t.readLine('$ ');
    t.xterm.input('echo 中文\r');
    expect(await line).toBe('echo 中文');
    t.write('done\n');
    await flush(t);
    expect(rowsOf(t)).toEqual({ lines: ['$ echo 中文', 'done'], scrolled: [], cursor: { row: 2, col: 0 } });
    expect(t.interactive).toBe(true);
    t.dispose();
  });

  it('redraws a wrapped line after xterm reflows it on resize', async () => {
    const t = new XtermTerminal({ cols: 20, rows: 6 });
    const line = t.readLine('$ ');
    t.xterm.input('echo 0123456789abcdefghij');
    await flush(t);
    expect(rowsOf(t).lines).toEqual(['$ echo 0123456789abc', 'defghij']);
    t.xterm.resize(12, 6);
    await flush(t);
    expect(rowsOf(t)).toEqual({ lines: ['$ echo 01234', '56789abcdefg', 'hij'], scrolled: [], cursor: { row: 2, col: 3 } });
    t.xterm.input('\x01|\r');
    expect(await line).toBe('|echo 0123456789abcdefghij');
    t.dispose();
  });

  // The unit tests judge screens with test/unit/terminal/screen.ts; here the real xterm core
  // renders the same bytes, so the model cannot drift from what the page shows.
  const cases: { name: string; cols: number; rows: number; ps1: string; keys: string[]; output: string }[] = recorded;
  for (const c of cases) {
    it(`xterm shows the screen model's screen, for our output and bash's: ${c.name}`, async () => {
      const sh = shell(c.cols, c.rows, c.ps1);
      await sh.type(...c.keys);
      const t = new XtermTerminal({ cols: c.cols, rows: c.rows });
      t.xterm.write(sh.output());
      await flush(t);
      const model = sh.screen();
      expect(rowsOf(t)).toEqual({ lines: model.lines(), scrolled: model.scrolled, cursor: model.cursor() });
      t.dispose();
      const b = new XtermTerminal({ cols: c.cols, rows: c.rows });
      b.xterm.write(c.output);
      await flush(b);
      expect(rowsOf(b)).toEqual({ lines: model.lines(), scrolled: model.scrolled, cursor: model.cursor() });
      b.dispose();
    });
  }
});
