import recorded from './data/bash-readline.json';
import { describe, expect, it } from 'vitest';
import { shell } from './harness';
import { Screen } from './screen';

// Transcripts of bash 5.2 (readline 8.2) in a pty, C.UTF-8, INPUTRC=/dev/null, recorded by
// data/record_cases.py. Each case types the same keys into our editor and into bash; both
// outputs are rendered by the same screen model and must leave the same screen and cursor.
interface Case {
  name: string;
  cols: number;
  rows: number;
  ps1: string;
  keys: string[];
  output: string;
}
const cases: Case[] = recorded;

describe('screen parity with bash readline', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const sh = shell(c.cols, c.rows, c.ps1);
      await sh.type(...c.keys);
      const ours = sh.screen();
      const bash = new Screen(c.cols, c.rows).write(c.output);
      expect({ lines: ours.lines(), scrolled: ours.scrolled, cursor: ours.cursor() }).toEqual({
        lines: bash.lines(),
        scrolled: bash.scrolled,
        cursor: bash.cursor(),
      });
    });
  }
});
