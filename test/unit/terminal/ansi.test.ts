import { describe, expect, it } from 'vitest';
import { ansi, stripAnsi } from '../../../src/terminal/ansi';

describe('ansi', () => {
  it('wraps text in SGR colours and builds relative cursor moves', () => {
    expect(ansi.red('x')).toBe('\x1b[31mx\x1b[39m');
    expect(ansi.bold(ansi.cyan('y'))).toBe('\x1b[1m\x1b[36my\x1b[39m\x1b[22m');
    expect([ansi.up(2), ansi.down(1), ansi.right(3), ansi.left(4), ansi.up(0), ansi.to(0, 0)]).toEqual([
      '\x1b[2A', '\x1b[1B', '\x1b[3C', '\x1b[4D', '', '\x1b[1;1H',
    ]);
  });

  it('stripAnsi removes CSI, OSC and readline prompt markers', () => {
    const prompt = '\x01\x1b[1;32m\x02root@box\x01\x1b[0m\x02:\x1b]0;title\x07~# \x1b[?2004h';
    expect(stripAnsi(prompt)).toBe('root@box:~# ');
    expect(stripAnsi(ansi.green('日本') + ansi.reset)).toBe('日本');
  });
});
