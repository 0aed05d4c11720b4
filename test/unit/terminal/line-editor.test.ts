import { describe, expect, it } from 'vitest';
import { InterruptError } from '../../../src/shell/process';
import { editor, shell } from './harness';

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';

// Typing "|" at the end of a key sequence marks where the cursor was in the accepted line.
describe('LineEditor editing', () => {
  it('inserts in the middle of the line and redraws the rest', async () => {
    const { ed, screen } = editor();
    const line = ed.readLine('$ ');
    ed.feed('echo helo');
    ed.feed(LEFT);
    expect(screen.cursor()).toEqual({ row: 0, col: 10 });
    ed.feed('l');
    expect(screen.lines()).toEqual(['$ echo hello']);
    expect(screen.cursor()).toEqual({ row: 0, col: 11 });
    ed.feed('|\r');
    expect(await line).toBe('echo hell|o');
    expect(screen.lines()).toEqual(['$ echo hell|o']);
    expect(screen.cursor()).toEqual({ row: 1, col: 0 });
  });

  it('Ctrl-A, Ctrl-E, Ctrl-K, Ctrl-U, Ctrl-W and Ctrl-Y', async () => {
    const { ed, screen } = editor();
    const line = ed.readLine('$ ');
    ed.feed('docker run --rm alpine');
    ed.feed('\x17'); // Ctrl-W: "alpine"
    expect(screen.lines()).toEqual(['$ docker run --rm']);
    ed.feed('\x01'); // Ctrl-A
    expect(screen.cursor()).toEqual({ row: 0, col: 2 });
    ed.feed('\x1b[1;5C\x0b'); // Ctrl-Right then Ctrl-K: " run --rm "
    expect(screen.lines()).toEqual(['$ docker']);
    ed.feed('\x19'); // Ctrl-Y
    expect(screen.lines()).toEqual(['$ docker run --rm']);
    ed.feed('\x05 ubuntu\x1bb\x15'); // Ctrl-E, text, Alt-B, Ctrl-U
    expect(screen.lines()).toEqual(['$ ubuntu']);
    expect(screen.cursor()).toEqual({ row: 0, col: 2 });
    ed.feed('\x05|\r');
    expect(await line).toBe('ubuntu|');
  });

  it('word jumps stop at letters and digits (Alt-B/F, Ctrl-Left/Right)', async () => {
    const { ed, screen } = editor();
    const line = ed.readLine('$ ');
    ed.feed('cp a-b/c.txt dir2/');
    ed.feed('\x1b[1;5D');
    expect(screen.cursor()).toEqual({ row: 0, col: 15 }); // start of "dir2"
    ed.feed('\x1bb\x1bb');
    expect(screen.cursor()).toEqual({ row: 0, col: 9 }); // start of "c"
    ed.feed('\x1bf');
    expect(screen.cursor()).toEqual({ row: 0, col: 10 }); // end of "c"
    ed.feed('|\r');
    expect(await line).toBe('cp a-b/c|.txt dir2/');
  });

  it('Backspace and Delete across the wrap boundary', async () => {
    const { ed, screen } = editor(10, 5);
    const line = ed.readLine('$ ');
    ed.feed('abcdefgh'); // fills row 0 exactly
    expect(screen.lines()).toEqual(['$ abcdefgh']);
    expect(screen.cursor()).toEqual({ row: 1, col: 0 });
    ed.feed('ij');
    expect(screen.lines()).toEqual(['$ abcdefgh', 'ij']);
    ed.feed(LEFT + LEFT + '\x7f'); // deletes "h", the last cell of row 0
    expect(screen.lines()).toEqual(['$ abcdefgi', 'j']);
    expect(screen.cursor()).toEqual({ row: 0, col: 9 });
    ed.feed('\x1b[3~\x1b[3~');
    expect(screen.lines()).toEqual(['$ abcdefg']);
    expect(screen.cursor()).toEqual({ row: 0, col: 9 });
    ed.feed('|\r');
    expect(await line).toBe('abcdefg|');
    expect(screen.lines()).toEqual(['$ abcdefg|']);
    expect(screen.cursor()).toEqual({ row: 1, col: 0 });
  });

  it('a CJK prompt and CJK text over three rows: wide characters wrap whole', async () => {
    const { ed, screen } = editor(12, 6);
    const line = ed.readLine('コンテナ$ ');
    ed.feed('echo 日本語のテキスト');
    // The prompt takes 10 cells; "e" "c" fit, "日" needs two cells where one is left.
    expect(screen.lines()).toEqual(['コンテナ$ ec', 'ho 日本語の', 'テキスト']);
    expect(screen.cursor()).toEqual({ row: 2, col: 8 });
    ed.feed('\x01');
    expect(screen.cursor()).toEqual({ row: 0, col: 10 });
    for (let i = 0; i < 6; i++) ed.feed(RIGHT);
    expect(screen.cursor()).toEqual({ row: 1, col: 5 }); // on 本
    ed.feed('中');
    expect(screen.lines()).toEqual(['コンテナ$ ec', 'ho 日中本語', 'のテキスト']);
    ed.feed('\x7f\x7f');
    expect(screen.lines()).toEqual(['コンテナ$ ec', 'ho 本語のテ', 'キスト']);
    expect(screen.cursor()).toEqual({ row: 1, col: 3 });
    ed.feed('|\r');
    expect(await line).toBe('echo |本語のテキスト');
    expect(screen.lines()).toEqual(['コンテナ$ ec', 'ho |本語のテ', 'キスト']);
    expect(screen.cursor()).toEqual({ row: 3, col: 0 });
  });
});

describe('LineEditor lines', () => {
  it('history Up/Down keeps the unfinished line and edits to recalled lines', async () => {
    const history = ['echo one', 'echo two'];
    const { ed, screen } = editor();
    const line = ed.readLine('$ ', { history });
    ed.feed('draft');
    ed.feed(UP);
    expect(screen.lines()).toEqual(['$ echo two']);
    ed.feed(UP + 'X');
    expect(screen.lines()).toEqual(['$ echo oneX']);
    ed.feed(UP); // no older entry: nothing changes
    expect(screen.lines()).toEqual(['$ echo oneX']);
    ed.feed(DOWN + DOWN);
    expect(screen.lines()).toEqual(['$ draft']);
    ed.feed(UP + UP);
    expect(screen.lines()).toEqual(['$ echo oneX']);
    ed.feed('\r');
    expect(await line).toBe('echo oneX');
    expect(history).toEqual(['echo one', 'echo two', 'echo oneX']);
  });

  it('Ctrl-C shows ^C at the cursor, moves to a new line and throws InterruptError', async () => {
    const { ed, screen } = editor(10, 5);
    const line = ed.readLine('$ ');
    ed.feed('echo hello world');
    ed.feed('\x01\x03');
    await expect(line).rejects.toBeInstanceOf(InterruptError);
    expect(screen.lines()).toEqual(['$ ^Cho hel', 'lo world']);
    expect(screen.cursor()).toEqual({ row: 2, col: 0 });
  });

  it('Ctrl-D ends input on an empty line and deletes the character under the cursor otherwise', async () => {
    const { ed, screen } = editor();
    const first = ed.readLine('$ ');
    ed.feed('ab' + LEFT + LEFT + '\x04\r');
    expect(await first).toBe('b');
    const second = ed.readLine('$ ');
    ed.feed('\x04');
    expect(await second).toBeNull();
    expect(screen.lines()).toEqual(['$ b', '$']);
    expect(screen.cursor()).toEqual({ row: 1, col: 2 });
  });

  it('continuation prompts for an open quote and a here-document', async () => {
    const sh = shell(40, 10);
    await sh.type("echo 'a", '\r', "b'", '\r', 'cat <<EOF', '\r', 'x', '\r', 'EOF', '\r');
    expect(sh.lines).toEqual(["echo 'a\nb'", 'cat <<EOF\nx\nEOF']);
    expect(sh.screen().lines()).toEqual(["$ echo 'a", "> b'", '$ cat <<EOF', '> x', '> EOF', '$']);
  });

  it('a three-line paste runs as three commands, each shown as typed', async () => {
    const sh = shell(40, 10);
    await sh.type('echo one\recho two\recho three\r');
    expect(sh.lines).toEqual(['echo one', 'echo two', 'echo three']);
    expect(sh.screen().lines()).toEqual(['$ echo one', 'one', '$ echo two', 'two', '$ echo three', 'three', '$']);
  });

  it('keys typed while a command runs wait for the next prompt', async () => {
    const { ed, screen } = editor();
    const first = ed.readLine('$ ');
    ed.feed('sleep 1\r');
    expect(await first).toBe('sleep 1');
    ed.feed('ls');
    ed.feed('\r');
    ed.write('done\n');
    expect(await ed.readLine('$ ')).toBe('ls');
    expect(screen.lines()).toEqual(['$ sleep 1', 'done', '$ ls']);
  });

  it('Ctrl-C while a command runs calls the interrupt listeners and drops typeahead', async () => {
    const { ed, screen } = editor();
    let interrupted = 0;
    ed.onInterrupt(() => interrupted++);
    ed.feed('typed ahead\x03');
    expect(interrupted).toBe(1);
    ed.write('\n');
    const line = ed.readLine('$ ');
    ed.feed('ok\r');
    expect(await line).toBe('ok');
    expect(screen.lines()).toEqual(['^C', '$ ok']);
  });

  it('output written while a line is edited appears above the redrawn prompt and line', async () => {
    const { ed, screen } = editor(20, 6);
    const line = ed.readLine('$ ');
    ed.feed('docker ps --all' + LEFT + LEFT);
    ed.write('[1]+  Done  sleep 1\n');
    expect(screen.lines()).toEqual(['[1]+  Done  sleep 1', '$ docker ps --all']);
    expect(screen.cursor()).toEqual({ row: 1, col: 15 });
    ed.feed('|\r');
    expect(await line).toBe('docker ps --a|ll');
  });

  it('Ctrl-L clears the screen and redraws prompt and line at the top', async () => {
    const { ed, screen } = editor(20, 5);
    ed.write('old output\nmore\n');
    const line = ed.readLine('$ ');
    ed.feed('echo hi' + LEFT + '\x0c');
    expect(screen.lines()).toEqual(['$ echo hi']);
    expect(screen.cursor()).toEqual({ row: 0, col: 8 });
    ed.feed('|\r');
    expect(await line).toBe('echo h|i');
  });

  it('a prompt starts where program output left the cursor', async () => {
    const { ed, screen } = editor(20, 5);
    ed.write('no newline');
    const line = ed.readLine('$ ');
    ed.feed('abcdefghij');
    expect(screen.lines()).toEqual(['no newline$ abcdefgh', 'ij']);
    ed.feed('\x01|\r');
    expect(await line).toBe('|abcdefghij');
    expect(screen.lines()).toEqual(['no newline$ |abcdefg', 'hij']);
  });
});
