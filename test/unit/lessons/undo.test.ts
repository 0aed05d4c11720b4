import { describe, expect, it } from 'vitest';
import { catalogFetch } from '../hub/hub-harness';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { Catalog } from '../../../src/engine/registry/catalog';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { loadLesson } from '../../../src/lessons/load-lesson';
import { LessonRunner } from '../../../src/lessons/lesson-runner';

const YAML = `id: undo
level: beginner
minutes: 1
setup:
  images: [busybox]
steps:
  - id: tag
    goal:
      - {id: same, check: same-image, ref: mine, as: busybox}
    solution: [docker tag busybox mine]
  - id: run
    goal:
      - {id: ran, check: container, name: box, state: exited}
    solution: [docker run --name box busybox true]
`;
const EN = `---
title: Undo
summary: Undo.
---

## intro
Hi.

## step tag: Tag
Tag it.

### checks
- \`same\`: mine is busybox

### hint
docker tag.

## step run: Run
Run it.

### checks
- \`ran\`: box exited

### hint
docker run.

## finish
Done.
`;

const quiet = { write: () => undefined };
const open = (store: MemoryStore) => Sandbox.open({ store, clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(5), catalog: catalogFetch, transfers: { instant: true } });
/** The state a learner sees, read after the sandbox is loaded again from the store (as the page reloads). */
async function stateOf(store: MemoryStore) {
  const sb = await open(store);
  const ls = (p: string) => sb.hostFs.readdir(p).sort();
  return {
    images: sb.engine.imageList().map((i) => `${i.id.slice(7, 19)} ${i.repoTags.join(',')}`).sort(),
    containers: sb.engine.containerList({ all: true }).map((c) => `${c.name} ${c.state.Status}`).sort(),
    home: ls('/home/learner'),
  };
}

describe('undo of the last state-changing command in a lesson', () => {
  it('puts back images, tags, containers and files; skips commands that changed nothing; un-passes the step', async () => {
    const files: Record<string, string> = { 'l/lesson.yaml': YAML, 'l/en.md': EN };
    const lesson = await loadLesson('l', async (p) => files[p]);
    const store = new MemoryStore();
    const sb = await open(store);
    const runner = new LessonRunner({ lesson, sandbox: sb, catalog: new Catalog(catalogFetch) });
    await runner.setup();
    // Outside a lesson nothing is journaled.
    await sb.exec('touch before-lesson', quiet);
    expect(runner.undoable).toBeUndefined();
    await runner.attach();
    const busybox = sb.engine.imageGet('busybox').id.slice(7, 19);
    const run = async (line: string) => {
      await sb.exec(line, quiet);
      await runner.idle();
    };

    await run('touch notes.txt');
    expect(runner.undoable).toBe('touch notes.txt');
    await run('docker tag busybox mine');
    expect(runner.current).toBe(1);
    // Reading commands change nothing: the tag stays the command to undo.
    await run('docker images');
    await run('ls -l');
    expect(runner.undoable).toBe('docker tag busybox mine');

    expect(await runner.undo()).toBe('docker tag busybox mine');
    expect(runner.undoable).toBeUndefined();
    expect(await runner.undo()).toBeUndefined();
    expect(runner.current).toBe(0);
    expect(runner.record.steps.map((s) => s.passedAt)).toEqual([undefined, undefined]);
    expect(runner.record.commands.map((c) => c.line)).toEqual(['touch notes.txt', 'docker images', 'ls -l']);
    expect(await stateOf(store)).toEqual({ images: [`${busybox} docker.io/library/busybox:latest`], containers: [], home: ['.bashrc', '.profile', 'before-lesson', 'notes.txt'] });

    // A container run and an image removed come back as they were, layers and all.
    await run('docker tag busybox mine');
    await run('docker run --name box busybox true');
    expect(runner.finished).toBe(true);
    expect(await stateOf(store)).toEqual({ images: [`${busybox} docker.io/library/busybox:latest,docker.io/library/mine:latest`], containers: ['box exited'], home: ['.bashrc', '.profile', 'before-lesson', 'notes.txt'] });
    expect(await runner.undo()).toBe('docker run --name box busybox true');
    expect(runner.finished).toBe(false);
    expect(runner.current).toBe(1);
    expect(await stateOf(store)).toEqual({ images: [`${busybox} docker.io/library/busybox:latest,docker.io/library/mine:latest`], containers: [], home: ['.bashrc', '.profile', 'before-lesson', 'notes.txt'] });

    const again = await open(store);
    const r2 = new LessonRunner({ lesson, sandbox: again, catalog: new Catalog(catalogFetch), record: runner.record });
    await r2.attach();
    await again.exec('docker rmi mine busybox', quiet);
    await r2.idle();
    expect(again.engine.imageList()).toEqual([]);
    expect(await r2.undo()).toBe('docker rmi mine busybox');
    const back = await open(store);
    expect(back.engine.imageList().map((i) => i.repoTags.join(','))).toEqual(['docker.io/library/busybox:latest,docker.io/library/mine:latest']);
    // The restored image is whole: a container runs from it.
    let out = '';
    await back.exec('docker run --rm busybox cat /etc/hostname > /dev/null && echo ran', { write: (s) => void (out += s) });
    expect(out).toBe('ran\n');
  });
});
