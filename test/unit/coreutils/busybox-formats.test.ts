import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setCoreutilsHooks } from '../../../src/shell/coreutils/lib/hooks';
import { BUSYBOX_CASES } from './busybox-format-cases';
import { runApplet } from './busybox-harness';
import { buildFs } from './harness';

// Recorded by record-busybox-formats.ts from Debian 12's busybox 1.35.0 over the FIXTURE tree.
const recorded = JSON.parse(readFileSync(join(import.meta.dirname, 'recorded-busybox-formats.json'), 'utf8')) as {
  now: number;
  passwd: string;
  group: string;
  results: Record<string, { stdout: string; stderr: string; status: number }>;
};
const key = (c: (typeof BUSYBOX_CASES)[number]) => JSON.stringify([c.cmd, c.stdin ?? null, c.columns ?? null]);

beforeAll(() => setCoreutilsHooks({ now: () => recorded.now * 1000 }));

describe('coreutils as busybox applets print busybox 1.35 layouts (fixture tree)', () => {
  for (const c of BUSYBOX_CASES) {
    it(`${c.columns ? `[tty ${c.columns}] ` : ''}${c.cmd.join(' ')}${c.stdin !== undefined ? ' <<< ' + JSON.stringify(c.stdin) : ''}`, async () => {
      const want = recorded.results[key(c)];
      expect(want, 'recorded; rerun record-busybox-formats.ts').toBeDefined();
      const fs = buildFs({ passwd: recorded.passwd, group: recorded.group, hostname: 'llfix\n' });
      const got = await runApplet(fs, c.cmd, { stdin: c.stdin, columns: c.columns });
      const lines = (s: string) => (c.unordered ? s.split('\n').sort().join('\n') : s);
      expect({ ...got, stdout: lines(got.stdout) }).toEqual({ ...want, stdout: lines(want.stdout) });
    });
  }
});
