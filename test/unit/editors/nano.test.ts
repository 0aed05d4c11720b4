import { describe, expect, it } from 'vitest';
import { nanoProgram } from '../../../src/shell/editors/nano/nano-program';
import { EditorRun, recorded } from './editor-harness';

// Expected screens were recorded from Debian's GNU nano 7.2 in an 80x24 tmux.
describe('nano, full screen', () => {
  it('types a new file, writes it with ^O, and asks before leaving a modified buffer', async () => {
    const run = new EditorRun();
    await run.start(nanoProgram(), ['nano', 'notes.txt']);
    expect(run.text()).toBe(recorded('nano-new.0'));
    await run.type(...'FROM ubuntu\rCMD ["bash"]');
    expect(run.text()).toBe(recorded('nano-new.1'));
    await run.type('\x0f');
    expect(run.text()).toBe(recorded('nano-new.2'));
    await run.type('\r');
    expect(run.text()).toBe(recorded('nano-new.3'));
    expect(run.file('/work/notes.txt')).toBe('FROM ubuntu\nCMD ["bash"]\n');
    await run.type('x');
    expect(run.text()).toBe(recorded('nano-new.4'));
    await run.type('\x18');
    expect(run.text()).toBe(recorded('nano-new.5'));
    await run.type('n');
    expect(await run.status).toBe(0);
    expect(run.file('/work/notes.txt')).toBe('FROM ubuntu\nCMD ["bash"]\n');
  });

  it('reads an existing file, edits with arrows and Backspace, saves on ^X Y Enter', async () => {
    const run = new EditorRun(false);
    run.fs.writeFile('/work/f', new TextEncoder().encode('x\ny\n'));
    await run.start(nanoProgram(), ['nano', 'f']);
    await run.type('\x1b[B', '\x1b[F', '\x7f', 'z', '\x18', 'y', '\r');
    expect(await run.status).toBe(0);
    expect(run.output.join('')).toBe('[ Read 2 lines ]\n[ Wrote 2 lines ]\n');
    expect(run.file('/work/f')).toBe('x\nz\n');
  });

  it('from a pipe: <C-o> and <C-x> are ^O and ^X', async () => {
    const run = new EditorRun(false);
    await run.start(nanoProgram(), ['nano', 'hello.txt']);
    await run.type(...'hello<C-o>', '\r', ...'<C-x>');
    expect(await run.status).toBe(0);
    expect(run.output.join('')).toBe('[ New File ]\n[ Wrote 1 line ]\n');
    expect(run.file('/work/hello.txt')).toBe('hello\n');
  });
});
