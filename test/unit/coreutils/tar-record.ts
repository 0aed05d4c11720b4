/**
 * Records TAR_CASES from the real GNU tar 1.34, gzip 1.12 and busybox 1.35 tar (Debian 12).
 * Run as root: npx tsx test/unit/coreutils/tar-record.ts
 * Builds FIXTURE afresh per case (as record.ts does), runs each step in ROOT under
 * `env -i LC_ALL=C TZ=UTC PATH=/usr/bin:/bin`, and writes tar-recorded.json: per step stdout,
 * stderr, status; per case the tree afterwards (dumpTree format) when `state` is set.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TAR_CASES } from './tar-cases';
import { ROOT } from './fixture';
import { buildFixture as build, dumpTree as dump } from './fixture-disk';


const results: Record<string, { steps: Array<{ stdout: string; stderr: string; status: number }>; state?: string }> = {};
for (const c of TAR_CASES) {
  build();
  const steps = c.steps.map((s) => {
    const argv = s.busybox ? ['/usr/bin/busybox', ...s.cmd] : s.cmd;
    const r = spawnSync(argv[0], argv.slice(1), {
      cwd: ROOT,
      env: { LC_ALL: 'C', TZ: 'UTC', PATH: '/usr/bin:/bin' },
      input: s.stdinFile ? fs.readFileSync(path.join(ROOT, s.stdinFile)) : '',
    });
    if (s.stdoutFile) fs.writeFileSync(path.join(ROOT, s.stdoutFile), r.stdout);
    return { stdout: s.stdoutFile ? '' : r.stdout.toString('latin1'), stderr: r.stderr.toString('latin1'), status: r.status ?? -1 };
  });
  results[c.name] = { steps, ...(c.state ? { state: dump() } : {}) };
}
const passwd = fs.readFileSync('/etc/passwd', 'utf8');
const group = fs.readFileSync('/etc/group', 'utf8');
fs.writeFileSync(path.join(import.meta.dirname, 'tar-recorded.json'), JSON.stringify({ passwd, group, hostname: 'rec', results }, null, 1) + '\n');
fs.rmSync(ROOT, { recursive: true, force: true });
