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
import { FIXTURE, ROOT, fixtureSeconds, fixtureText } from './fixture';

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

function build(): void {
  fs.rmSync(ROOT, { recursive: true, force: true });
  for (const n of FIXTURE) {
    const p = path.join(ROOT, n.path);
    if (n.type === 'dir') fs.mkdirSync(p, { recursive: true, mode: 0o755 });
    else if (n.type === 'file') fs.writeFileSync(p, fixtureText(n));
    else fs.symlinkSync(n.target!, p);
    if (n.type !== 'symlink') fs.chmodSync(p, n.mode ?? (n.type === 'dir' ? 0o755 : 0o644));
    fs.lchownSync(p, n.uid ?? 0, n.gid ?? 0);
  }
  // Children change their directory's mtime: set times deepest first.
  for (const n of [...FIXTURE].reverse()) {
    const t = fixtureSeconds(n.mtime);
    fs.lutimesSync(path.join(ROOT, n.path), t, t);
  }
}

/** One line per node under ROOT: type, mode, owner, path and size+content or link target. */
function dump(): string {
  const lines: string[] = [];
  const walk = (rel: string) => {
    const p = path.join(ROOT, rel);
    const st = fs.lstatSync(p);
    const mode = (st.mode & 0o7777).toString(8);
    if (st.isSymbolicLink()) lines.push(`l ${mode} ${st.uid}:${st.gid} ${rel} -> ${fs.readlinkSync(p)}`);
    else if (st.isDirectory()) {
      lines.push(`d ${mode} ${st.uid}:${st.gid} ${rel}/`);
      for (const c of fs.readdirSync(p).sort()) walk(rel ? `${rel}/${c}` : c);
    } else lines.push(`f ${mode} ${st.uid}:${st.gid} ${rel} ${st.size} ${JSON.stringify(fs.readFileSync(p, 'latin1').slice(0, 200))}`);
  };
  walk('');
  return lines.join('\n');
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
