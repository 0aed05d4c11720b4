import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { Catalog } from '../../../src/engine/registry/catalog';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { loadLesson } from '../../../src/lessons/load-lesson';
import { LessonRunner } from '../../../src/lessons/lesson-runner';
import { replayLesson, verifyRecord, type ReplayEnv } from '../../../src/lessons/replay-lesson';

const root = join(import.meta.dirname, '../../..');
const fetchJson = async (p: string) => JSON.parse(await readFile(join(root, 'public/catalog', p), 'utf8'));
const env: ReplayEnv = {
  open: () => Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(3), catalog: fetchJson, transfers: { instant: true } }),
  catalog: new Catalog(fetchJson),
};
const fromDisk = (p: string) => (existsSync(p) ? readFile(p, 'utf8') : Promise.resolve(undefined));
const fromMap = (files: Record<string, string>) => async (p: string) => files[p];

const YAML = `id: demo
level: beginner
minutes: 1
setup:
  images: [busybox]
steps:
  - id: tag
    goal:
      - id: same
        check: same-image
        ref: mine
        as: busybox
    solution: [docker tag busybox mine]
`;
const EN = `---
title: Demo
summary: A demo.
---

## intro
Hi.

## step tag: Tag it
Tag busybox.

### checks
- \`same\`: mine is busybox

### hint
Use docker tag.

## finish
Done.
`;

describe('lesson format errors name the file and line', () => {
  it('a wrong check kind points at its line in lesson.yaml', async () => {
    const bad = YAML.replace('check: same-image', 'check: same-imag');
    await expect(loadLesson('l', fromMap({ 'l/lesson.yaml': bad, 'l/en.md': EN }))).rejects.toThrow(/^l\/lesson\.yaml:10: Invalid type: Expected .* \(at steps\.0\.goal\.0\.check\)$/);
  });
  it('a YAML syntax error gives its line', async () => {
    await expect(loadLesson('l', fromMap({ 'l/lesson.yaml': 'id: [x\nlevel: 2\n', 'l/en.md': EN }))).rejects.toThrow(/^l\/lesson\.yaml:\d+: /);
  });
  it('a check without a label in the prose is named', async () => {
    const prose = EN.replace('- `same`: mine is busybox\n', '');
    await expect(loadLesson('l', fromMap({ 'l/lesson.yaml': YAML, 'l/en.md': prose }))).rejects.toThrow('l/en.md:9: step "tag": check "same" has no label under "### checks"');
  });
  it('an unknown section is refused with its line', async () => {
    await expect(loadLesson('l', fromMap({ 'l/lesson.yaml': YAML, 'l/en.md': EN + '\n## outro\nx\n' }))).rejects.toThrow('l/en.md:21: unknown section "outro"');
  });
});

describe('the runner reads state, not typed text', () => {
  it('passes a step done another way, and refuses nothing it should not', async () => {
    const lesson = await loadLesson('l', fromMap({ 'l/lesson.yaml': YAML, 'l/en.md': EN }));
    const sb = await env.open();
    const r = new LessonRunner({ lesson, sandbox: sb, catalog: env.catalog });
    await r.setup();
    await r.attach();
    expect(r.current).toBe(0);
    expect(r.results).toEqual({ same: { ok: false, why: { en: 'no image mine yet', 'zh-CN': '还没有镜像 mine' } } });
    await sb.exec('docker image tag busybox:latest mine:latest', { write: () => undefined });
    await r.idle();
    expect(r.finished).toBe(true);
    expect(r.record.commands.map((c) => c.line)).toEqual(['docker image tag busybox:latest mine:latest']);
  });
});

describe('shipped lessons', () => {
  it('containers: solutions replay, wrong answers do not pass', async () => {
    const lesson = await loadLesson(join(root, 'lessons/containers'), fromDisk);
    expect(await replayLesson(lesson, env)).toEqual({ lesson: 'containers', pending: [], failures: [] });
  }, 30_000);
  it('a completion record is verified by replay, and a forged one is not', async () => {
    const lesson = await loadLesson(join(root, 'lessons/tags'), fromDisk);
    const at = '2026-11-24T06:00:00.000Z';
    const steps = ['tag', 'untag', 'delete'].map((id) => ({ id, passedAt: at, hints: 0, solution: false }));
    const honest = { v: 1 as const, lesson: 'tags', started: at, steps, commands: ['docker tag busybox mybox:1.0', 'docker tag busybox mybox', 'docker rmi mybox:1.0', 'docker rmi busybox mybox'].map((line) => ({ line, at })) };
    expect(await verifyRecord(lesson, honest, env)).toEqual({ passed: ['tag', 'untag', 'delete'], claimed: ['tag', 'untag', 'delete'], ok: true });
    const forged = { ...honest, commands: honest.commands.slice(0, 2) };
    expect(await verifyRecord(lesson, forged, env)).toEqual({ passed: ['tag'], claimed: ['tag', 'untag', 'delete'], ok: false });
  }, 30_000);
});
