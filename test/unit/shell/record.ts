/**
 * Records what real bash prints for every case in cases.ts: run with
 *   npx tsx test/unit/shell/record.ts
 * Each case runs in a fresh temp directory (the files of `setupFiles`, HOME there too) in an
 * interactive bash (`bash --norc --noediting -i`, input on stdin), so errors have the
 * interactive wording our terminal shell must print. The temp path becomes $TMP in the fixture.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases, cCases, setupFiles } from './cases';

interface Recorded { script: string; stdout: string; stderr: string; status: number }

const version = spawnSync('bash', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
function record(list: string[], interactive: boolean): Recorded[] {
const out: Recorded[] = [];
for (const script of list) {
  const dir = join(mkdtempSync(join(tmpdir(), 'shrec-')), 'work');
  mkdirSync(dir);
  for (const f of setupFiles) {
    const p = join(dir, f.path);
    if (f.dir) mkdirSync(p);
    else { writeFileSync(p, f.content ?? ''); chmodSync(p, f.mode ?? 0o644); }
  }
  const r = spawnSync('bash', interactive ? ['--norc', '--noprofile', '--noediting', '-i'] : ['-c', script], {
    cwd: dir,
    input: interactive ? 'set +H\n' + script + '\n' : '',
    encoding: 'utf8',
    env: { HOME: dir, PATH: '/usr/bin:/bin', LC_ALL: 'C', TERM: 'dumb', PS1: '', PS2: '' },
  });
  const norm = (s: string) => s.split(dir).join('$TMP');
  // Drop bash's two job-control warnings (no tty here). The final "exit" (end of input or the
  // exit builtin) stays: the harness prints it too, as our REPL does.
  const stderr = norm(r.stderr).split('\n').filter((l) => !/cannot set terminal process group|no job control in this shell|tcsetattr: Inappropriate ioctl/.test(l)).join('\n');
  out.push({ script, stdout: norm(r.stdout), stderr, status: r.status ?? -1 });
  rmSync(dirname(dir), { recursive: true, force: true });
}
return out;
}
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const interactive = record(cases, true);
writeFileSync(join(fixtures, 'bash-interactive.json'), JSON.stringify({ recordedWith: version, cases: interactive }, null, 1) + '\n');
const dashC = record(cCases, false);
writeFileSync(join(fixtures, 'bash-c.json'), JSON.stringify({ recordedWith: version, cases: dashC }, null, 1) + '\n');
console.log(`recorded ${interactive.length} + ${dashC.length} cases with ${version}`);
