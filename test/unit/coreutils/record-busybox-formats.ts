/**
 * Records BUSYBOX_CASES from the real busybox (Debian 12's /usr/bin/busybox 1.35.0). Run as root:
 *   npx tsx test/unit/coreutils/record-busybox-formats.ts
 * Builds FIXTURE under ROOT afresh for every case (as record.ts does) and runs
 * `env -i TZ=UTC PATH=/usr/bin:/bin busybox <cmd>`; terminal cases run in a pty of the case's
 * width made by script(1) (its CR LF line ends are turned back into LF). Writes
 * recorded-busybox-formats.json: now, this machine's /etc/passwd and /etc/group, and the results.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUSYBOX_CASES, type BusyboxCase } from './busybox-format-cases';
import { ROOT } from './fixture';
import { buildFixture as build } from './fixture-disk';

export const busyboxCaseKey = (c: BusyboxCase) => JSON.stringify([c.cmd, c.stdin ?? null, c.columns ?? null]);


const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function main(): void {
  const out = {
    tool: spawnSync('busybox', [], { encoding: 'utf8' }).stdout.split('\n')[0],
    now: Math.floor(Date.now() / 1000),
    passwd: fs.readFileSync('/etc/passwd', 'utf8'),
    group: fs.readFileSync('/etc/group', 'utf8'),
    results: {} as Record<string, { stdout: string; stderr: string; status: number }>,
  };
  for (const c of BUSYBOX_CASES) {
    build();
    const env = ['env', '-i', 'TZ=UTC', 'PATH=/usr/bin:/bin', 'busybox', ...c.cmd];
    if (c.columns) {
      const cmd = `stty cols ${c.columns} rows 24; cd ${ROOT} && ${env.map(sh).join(' ')}`;
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      out.results[busyboxCaseKey(c)] = { stdout: r.stdout.replace(/\r\n/g, '\n'), stderr: '', status: r.status ?? -1 };
    } else {
      const r = spawnSync(env[0], env.slice(1), { cwd: ROOT, input: c.stdin ?? '', encoding: 'utf8' });
      out.results[busyboxCaseKey(c)] = { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
    }
  }
  fs.rmSync(ROOT, { recursive: true, force: true });
  fs.writeFileSync(path.join(import.meta.dirname, 'recorded-busybox-formats.json'), JSON.stringify(out, null, 1) + '\n');
  console.log(`recorded ${BUSYBOX_CASES.length} cases`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
