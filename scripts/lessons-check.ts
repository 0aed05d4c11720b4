// `npm run lessons:check [DIR|lesson.yaml ...]`: validates lessons and replays every solution
// (and its listed wrong answers, which must not pass) in a fresh in-memory sandbox.
// `--record FILE [--lesson DIR]` verifies a student's completion record by replaying its commands.
// Lessons whose needs the sandbox does not simulate yet are reported as pending, never as passing.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryStore } from '../src/storage/memory-store';
import { Sandbox } from '../src/sandbox/sandbox';
import { Catalog } from '../src/engine/registry/catalog';
import { PackageSource } from '../src/shell/packages/package-source';
import { steppingClock } from '../src/engine/clock';
import { seededRandom } from '../src/engine/random';
import { loadLesson } from '../src/lessons/load-lesson';
import { LessonError } from '../src/lessons/lesson-error';
import { replayLesson, verifyRecord, type ReplayEnv } from '../src/lessons/replay-lesson';
import type { CompletionRecord } from '../src/lessons/completion-record';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalogDir = process.env.LAYERLAB_CATALOG ?? join(root, 'public/catalog');
const fetchJson = async (p: string) => JSON.parse(await readFile(join(catalogDir, p), 'utf8'));
// Package managers read their database from public/packages (the page fetches it).
PackageSource.setFetch(async (p) => JSON.parse(await readFile(join(root, 'public/packages', p), 'utf8')));
const env: ReplayEnv = {
  open: () => Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(1), catalog: fetchJson, transfers: { instant: true } }),
  catalog: new Catalog(fetchJson),
};
const read = async (p: string) => (existsSync(p) ? readFile(p, 'utf8') : undefined);

async function lessonDirs(args: string[]): Promise<string[]> {
  if (args.length) return args.map((a) => resolve(a.endsWith('.yaml') || a.endsWith('.md') ? dirname(a) : a));
  const base = join(root, 'lessons');
  const names = (await readdir(base, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return names.map((n) => join(base, n));
}

async function main(argv: string[]): Promise<number> {
  const i = argv.indexOf('--record');
  if (i >= 0) return checkRecord(argv[i + 1], argv.slice(0, i).concat(argv.slice(i + 2)));
  let passed = 0;
  let failed = 0;
  let pending = 0;
  for (const dir of await lessonDirs(argv)) {
    const name = dir.replace(`${root}/`, '');
    try {
      const lesson = await loadLesson(dir, read);
      const r = await replayLesson(lesson, env);
      if (r.failures.length) {
        failed++;
        console.log(`FAIL     ${name}`);
        for (const f of r.failures) console.log(`         ${f}`);
      } else if (r.pending.length) {
        pending++;
        console.log(`pending  ${name}: needs ${r.pending.join(', ')} (not simulated yet)`);
      } else {
        passed++;
        console.log(`ok       ${name} (${lesson.spec.steps.length} steps, ${Object.keys(lesson.prose).join(' + ')})`);
      }
    } catch (e) {
      failed++;
      console.log(`INVALID  ${e instanceof LessonError ? e.message.replace(`${root}/`, '') : `${name}: ${(e as Error).stack ?? e}`}`);
    }
  }
  console.log(`lessons: ${passed} passed, ${failed} failed, ${pending} pending`);
  return failed ? 1 : 0;
}

async function checkRecord(file: string | undefined, rest: string[]): Promise<number> {
  if (!file) {
    console.error('usage: npm run lessons:check -- --record FILE [LESSON_DIR]');
    return 2;
  }
  const record = JSON.parse(await readFile(file, 'utf8')) as CompletionRecord;
  const dir = rest[0] ? resolve(rest[0]) : join(root, 'lessons', record.lesson);
  const lesson = await loadLesson(dir, read);
  const v = await verifyRecord(lesson, record, env);
  console.log(`record ${file}: lesson ${record.lesson}, ${record.commands.length} commands replayed`);
  console.log(`steps passed by replay: ${v.passed.join(', ') || 'none'} of ${lesson.spec.steps.length}`);
  const unproven = v.claimed.filter((s) => !v.passed.includes(s));
  if (unproven.length) console.log(`claimed but not reproduced: ${unproven.join(', ')}`);
  const help = record.steps.filter((s) => s.hints || s.solution).map((s) => `${s.id}: ${s.hints} hints${s.solution ? ', solution shown' : ''}`);
  if (help.length) console.log(`help used: ${help.join('; ')}`);
  console.log(v.ok ? 'verified' : 'NOT verified');
  return v.ok ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e: unknown) => {
  console.error(e);
  process.exit(1);
});
