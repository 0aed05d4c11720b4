/**
 * Records the expected outputs of CASES from the real GNU tools (coreutils 9.1, grep, sed,
 * findutils, tree 2.1, file 5.44 on Debian 12). Run as root:
 *   npx tsx test/unit/coreutils/record.ts
 * It builds FIXTURE under ROOT afresh for every case, runs the tool under
 * `env -i LC_ALL=C TZ=UTC COLUMNS=<n> PATH=/usr/bin:/bin`, and writes recorded.json: stdout,
 * stderr, exit status and, for mutating cases, the tree afterwards (dumpTree format).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CASES, type Case } from './cases';
import { ROOT } from './fixture';
import { buildFixture as build, dumpTree as dump } from './fixture-disk';

export interface Recorded {
  now: number;
  passwd: string;
  group: string;
  hostname: string;
  results: Record<string, { stdout: string; stderr: string; status: number; state?: string }>;
}

export function caseKey(c: Case): string {
  return JSON.stringify([c.cmd, c.stdin ?? null, c.columns ?? null]);
}


function main(): void {
  const out: Recorded = {
    now: Math.floor(Date.now() / 1000),
    passwd: fs.readFileSync('/etc/passwd', 'utf8'),
    group: fs.readFileSync('/etc/group', 'utf8'),
    hostname: fs.readFileSync('/etc/hostname', 'utf8'),
    results: {},
  };
  for (const c of CASES) {
    build();
    const argv = c.real ?? c.cmd;
    const r = spawnSync('env', ['-i', 'LC_ALL=C', 'TZ=UTC', `COLUMNS=${c.columns ?? 80}`, 'PATH=/usr/bin:/bin', ...argv], {
      cwd: ROOT,
      input: c.stdin ?? '',
      encoding: 'utf8',
    });
    out.results[caseKey(c)] = {
      stdout: r.stdout,
      stderr: r.stderr,
      status: r.status ?? -1,
      ...(c.state ? { state: dump() } : {}),
    };
  }
  fs.rmSync(ROOT, { recursive: true, force: true });
  fs.writeFileSync(path.join(import.meta.dirname, 'recorded.json'), JSON.stringify(out, null, 1) + '\n');
  console.log(`recorded ${CASES.length} cases`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
