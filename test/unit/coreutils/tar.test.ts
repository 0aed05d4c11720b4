import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcessContext } from '../../../src/shell/process';
import { coreutils } from '../../../src/shell/coreutils';
import { TAR_CASES, type TarStep } from './tar-cases';
import { buildFs, dumpTree } from './harness';
import { ROOT } from './fixture';
import type { Vfs } from '../../../src/engine/fs/vfs';

const recorded: { passwd: string; group: string; hostname: string; results: Record<string, { steps: unknown[]; state?: string }> } = JSON.parse(
  readFileSync(join(import.meta.dirname, 'tar-recorded.json'), 'utf8'),
);
const latin1 = new TextDecoder('latin1');

/** One step through our program, with byte stdio standing in for the shell's pipe and redirect. */
async function step(fs: Vfs, s: TarStep) {
  let stdout = '';
  let stderr = '';
  const parts: Uint8Array[] = [];
  const stdinBytes = s.stdinFile ? fs.readFile(`${ROOT}/${s.stdinFile}`) : new Uint8Array(0);
  const ctx: ProcessContext = {
    argv: s.cmd,
    env: new Map([['LC_ALL', 'C'], ['TZ', 'UTC'], ['PATH', '/usr/bin:/bin']]),
    cwd: ROOT,
    fs,
    stdin: Object.assign({ read: async () => null }, { readAllBytes: async () => stdinBytes }),
    stdout: Object.assign({ write: (t: string) => void (stdout += t) }, { writeBytes: (b: Uint8Array) => void (s.stdoutFile ? parts.push(b.slice()) : (stdout += latin1.decode(b))) }),
    stderr: { write: (t: string) => void (stderr += t) },
    signal: new AbortController().signal,
    ...(s.busybox ? { impl: 'busybox' as const } : {}),
  };
  const status = await coreutils[s.cmd[0]](ctx);
  if (s.stdoutFile) fs.writeFile(`${ROOT}/${s.stdoutFile}`, new Uint8Array(parts.flatMap((p) => [...p])));
  return { stdout, stderr, status };
}

describe('tar and gzip match GNU tar 1.34, gzip 1.12 and busybox tar recordings', () => {
  for (const c of TAR_CASES) {
    it(c.name, async () => {
      const want = recorded.results[c.name];
      expect(want, 'recorded; rerun tar-record.ts').toBeDefined();
      const fs = buildFs(recorded);
      const steps = [];
      for (const s of c.steps) steps.push(await step(fs, s));
      expect({ steps, ...(want.state !== undefined ? { state: dumpTree(fs) } : {}) }).toEqual(want);
    });
  }
});
