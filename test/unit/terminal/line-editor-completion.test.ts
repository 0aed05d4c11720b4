import { describe, expect, it } from 'vitest';
import { completeFiles, editor, needsMore, tick } from './harness';

describe('LineEditor completion', () => {
  const opts = { complete: completeFiles };

  it('inserts a unique candidate with a space, a directory without one', async () => {
    const { ed, screen } = editor();
    const line = ed.readLine('$ ', opts);
    ed.feed('cat be\t');
    expect(screen.lines()).toEqual(['$ cat beta']);
    ed.feed('do\t');
    expect(screen.lines()).toEqual(['$ cat beta docs/']);
    ed.feed('\r');
    expect(await line).toBe('cat beta docs/');
  });

  it('inserts the common prefix, then lists on a second Tab that changed nothing', async () => {
    const { ed, screen } = editor(60, 10);
    const line = ed.readLine('$ ', opts);
    ed.feed('ls al\t');
    expect(screen.lines()).toEqual(['$ ls alp']);
    ed.feed('\t');
    expect(screen.lines()).toEqual(['$ ls alp']);
    ed.feed('\t');
    expect(screen.lines()).toEqual(['$ ls alp', 'alpha.txt  alpine/', '$ ls alp']);
    expect(screen.cursor()).toEqual({ row: 2, col: 8 });
    ed.feed('\x15ls d\t\t');
    expect(screen.lines()).toEqual(['$ ls alp', 'alpha.txt  alpine/', '$ ls d', 'delta-long-name.tar.gz  docs/', '$ ls d']);
    ed.feed('\r');
    expect(await line).toBe('ls d');
  });

  it('asks before listing more than 100 candidates', async () => {
    const many = Array.from({ length: 120 }, (_, i) => `file${String(i).padStart(3, '0')}`);
    const { ed, screen } = editor(80, 40);
    const line = ed.readLine('$ ', { complete: (l, c) => ({ start: 3, candidates: many.filter((m) => m.startsWith(l.slice(3, c))) }) });
    ed.feed('ls \t\t');
    expect(screen.lines()).toEqual(['$ ls file']); // the first Tab inserted "file"
    ed.feed('\t');
    expect(screen.lines()).toEqual(['$ ls file', 'Display all 120 possibilities? (y or n)']);
    ed.feed('x'); // neither answer: still asking
    ed.feed('n');
    expect(screen.lines()).toEqual(['$ ls file', 'Display all 120 possibilities? (y or n)', '$ ls file']);
    ed.feed('\r');
    expect(await line).toBe('ls file');
  });
});

describe('LineEditor raw reads', () => {
  it('readKey delivers keys in order, a pasted run one character at a time', async () => {
    const { ed } = editor();
    ed.feed('ab\x1b[A:wq\r');
    const keys: (string | null)[] = [];
    for (let i = 0; i < 7; i++) keys.push(await ed.readKey());
    expect(keys).toEqual(['a', 'b', '\x1b[A', ':', 'w', 'q', '\r']);
    const pending = ed.readKey();
    await tick();
    ed.feed('\x03');
    expect(await pending).toBe('\x03');
  });

  it('readSecret does not echo', async () => {
    const { ed, screen } = editor();
    const secret = ed.readSecret('Password: ');
    ed.feed('hunter22\x7f\r');
    expect(await secret).toBe('hunter2');
    expect(screen.lines()).toEqual(['Password:']);
    expect(screen.cursor()).toEqual({ row: 1, col: 0 });
  });
});

describe('needsMore harness sanity', () => {
  it('agrees with the cases used above', () => {
    expect([needsMore("echo 'a"), needsMore('cat <<EOF\nx'), needsMore('cat <<EOF\nx\nEOF'), needsMore('ls')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
