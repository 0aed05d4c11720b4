import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setCoreutilsHooks } from '../../../src/shell/coreutils/lib/hooks';
import { coreutils } from '../../../src/shell/coreutils';
import { CASES } from './cases';
import { buildFs, dumpTree, run } from './harness';
import type { Recorded } from './record';

const recorded: Recorded = JSON.parse(readFileSync(join(import.meta.dirname, 'recorded.json'), 'utf8'));
const key = (c: (typeof CASES)[number]) => JSON.stringify([c.cmd, c.stdin ?? null, c.columns ?? null]);

beforeAll(() => {
  setCoreutilsHooks({
    now: () => recorded.now * 1000,
    // xargs and find -exec run registry programs; echo stands in for /usr/bin/echo.
    exec: async (ctx, argv) => {
      if (argv[0] === 'echo') {
        ctx.stdout.write(argv.slice(1).join(' ') + '\n');
        return 0;
      }
      const p = coreutils[argv[0]];
      return p ? p({ ...ctx, argv }) : 127;
    },
  });
});

describe('coreutils match GNU coreutils 9.1 recordings', () => {
  for (const c of CASES) {
    it(`${c.columns ? `[tty ${c.columns}] ` : ''}${c.cmd.join(' ')}${c.stdin !== undefined ? ' <<< ' + JSON.stringify(c.stdin) : ''}`, async () => {
      const want = recorded.results[key(c)];
      expect(want, 'recorded; rerun record.ts').toBeDefined();
      const fs = buildFs(recorded);
      const got = await run(fs, c.cmd, { stdin: c.stdin, columns: c.columns });
      const mask = (s: string) => (c.norm === 'stat' ? s.replace(/Inode: \d+ */g, 'Inode: N ').replace(/(Change|Birth): .*/g, '$1: T') : s);
      const lines = (s: string) => mask(c.unordered ? s.split('\n').sort().join('\n') : s);
      const state = want.state !== undefined ? { state: dumpTree(fs) } : {};
      expect({ ...got, ...state, stdout: lines(got.stdout) }).toEqual({ ...want, stdout: lines(want.stdout) });
    });
  }
});
