import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runDashC, runInteractive, WORK } from './harness';

interface Recorded { script: string; stdout: string; stderr: string; status: number }
const fixture = JSON.parse(readFileSync(new URL('./fixtures/bash-interactive.json', import.meta.url), 'utf8')) as { cases: Recorded[] };
const norm = (s: string) => s.split('$TMP').join(WORK);

describe('shell vs real bash (interactive wording), recorded by record.ts', () => {
  for (const c of fixture.cases) {
    it(JSON.stringify(c.script), async () => {
      const got = await runInteractive(c.script);
      expect(got).toEqual({ stdout: norm(c.stdout), stderr: norm(c.stderr), status: c.status });
    });
  }
});

const dashC = JSON.parse(readFileSync(new URL('./fixtures/bash-c.json', import.meta.url), 'utf8')) as { cases: Recorded[] };

describe('shell vs real `bash -c` (non-interactive wording, line numbers)', () => {
  for (const c of dashC.cases) {
    it(JSON.stringify(c.script), async () => {
      const got = await runDashC(c.script);
      expect(got).toEqual({ stdout: norm(c.stdout), stderr: norm(c.stderr), status: c.status });
    });
  }
});
