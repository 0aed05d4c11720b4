import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { session } from './session';

interface Recording { args: string[]; stdout: string; stderr: string; exit: number }
const recorded = JSON.parse(readFileSync(new URL('../cli-framework/fixtures/run-flags-recordings.json', import.meta.url), 'utf8')) as { cases: Recording[] };
const quote = (a: string) => `'${a}'`;

describe('docker run/create declare every docker 28.2.2 flag', () => {
  // Help, flag errors and --pull's check, as the real client printed them (fixtures/record-run-flags.mjs).
  for (const r of recorded.cases) {
    it(`docker ${r.args.join(' ')}`, async () => {
      const { run } = await session();
      const got = await run(`docker ${r.args.map(quote).join(' ')}`);
      expect({ stdout: got.out, stderr: got.err, exit: got.code }).toEqual({ stdout: r.stdout, stderr: r.stderr, exit: r.exit });
    });
  }
});
