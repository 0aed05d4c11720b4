import { describe, expect, it } from 'vitest';
import { viProgram } from '../../../src/shell/editors/vi/vi-program';
import { EditorRun, recorded } from './editor-harness';

// Every expected screen was recorded from Debian's vim 9.0 (defaults.vim) in an 80x24 tmux.
describe('vim, full screen', () => {
  it('creates a new file: insert, Esc, :q refused, :w, :wq', async () => {
    const run = new EditorRun();
    await run.start(viProgram('vim'), ['vim', 'notes.txt']);
    expect(run.output[0]).toContain('\x1b[?1049h');
    expect(run.text()).toBe(recorded('vim-new.0'));
    await run.type('i');
    expect(run.text()).toBe(recorded('vim-new.1'));
    await run.type(...'FROM ubuntu\rRUN apt-get update\rCMD ["bash"]');
    expect(run.text()).toBe(recorded('vim-new.2'));
    expect(run.screen.cursor()).toEqual({ row: 2, col: 12 });
    await run.type('\x1b');
    expect(run.text()).toBe(recorded('vim-new.3'));
    await run.type(':', 'q', '\r');
    expect(run.text()).toBe(recorded('vim-new.4'));
    await run.type(':', 'w', '\r');
    expect(run.text()).toBe(recorded('vim-new.5'));
    await run.type(':', 'w', 'q', '\r');
    expect(await run.status).toBe(0);
    // the shell's screen comes back
    expect(run.output.at(-1)).toContain('\x1b[?1049l');
    expect(run.file('/work/notes.txt')).toBe('FROM ubuntu\nRUN apt-get update\nCMD ["bash"]\n');
  });

  it('edits an existing file: j, dd, p, /search with wrap, x, u, yy P, :q!', async () => {
    const run = new EditorRun();
    run.fs.writeFile('/work/notes.txt', new TextEncoder().encode('FROM ubuntu\nRUN apt-get update\nCMD ["bash"]\n'));
    await run.start(viProgram('vim'), ['vim', 'notes.txt']);
    expect(run.text()).toBe(recorded('vim-edit.0'));
    const steps: string[][] = [['j'], ['d', 'd'], ['p'], ['/', 'C', 'M', 'D', '\r'], ['x'], ['u'], ['y', 'y', 'P']];
    for (const [i, keys] of steps.entries()) {
      await run.type(...keys);
      expect(run.text(), `after ${keys.join('')}`).toBe(recorded(`vim-edit.${i + 1}`));
    }
    await run.type(':', 'q', '!', '\r');
    expect(await run.status).toBe(0);
    expect(run.file('/work/notes.txt')).toBe('FROM ubuntu\nRUN apt-get update\nCMD ["bash"]\n');
  });

  it('shows the intro screen without a file', async () => {
    const run = new EditorRun();
    await run.start(viProgram('vim'), ['vim']);
    expect(run.text()).toBe(recorded('vim-intro.0'));
    await run.type(':', 'w', '\r');
    expect(run.text().split('\n').at(-1)).toBe('E32: No file name' + ' '.repeat(45) + '0,0-1         All');
    await run.type(':', 'q', '\r');
    expect(await run.status).toBe(0);
  });

  it('writes to another name with :w name, and ZZ writes and quits', async () => {
    const run = new EditorRun();
    await run.start(viProgram('vim'), ['vi', 'a.txt']);
    await run.type('o', 'x', 'y', '\x1b', ':', ...'w b.txt', '\r');
    expect(run.text().split('\n').at(-1)).toBe('"b.txt" [New] 2L, 4B written' + ' '.repeat(34) + '2,2           All');
    await run.type('Z', 'Z');
    expect(await run.status).toBe(0);
    expect(run.file('/work/a.txt')).toBe('\nxy\n');
    expect(run.file('/work/b.txt')).toBe('\nxy\n');
  });
});

describe('vi from a pipe (the REPL)', () => {
  it('reads keys from the following lines, <Esc> as Escape, and prints only last-line messages', async () => {
    const run = new EditorRun(false);
    await run.start(viProgram('vim'), ['vi', 'Dockerfile']);
    await run.type(...'iFROM alpine', '\r', ...'RUN echo hi<Esc>', '\r', ...':wq', '\r');
    expect(await run.status).toBe(0);
    expect(run.output.join('')).toBe('"Dockerfile" [New]\n"Dockerfile" [New] 2L, 24B written\n');
    expect(run.file('/work/Dockerfile')).toBe('FROM alpine\nRUN echo hi\n');
  });

  it('busybox vi speaks busybox', async () => {
    const run = new EditorRun(false);
    await run.start(viProgram('busybox'), ['vi', 'f']);
    await run.type('i', 'a', '\x1b', ':', 'q', '\r', ':', 'w', 'q', '\r');
    expect(await run.status).toBe(0);
    expect(run.output.join('')).toBe("'f' [New file]\nNo write since last change (:quit! overrides)\n'f' 1L, 2C\n");
  });
});
