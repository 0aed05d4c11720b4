import { describe, expect, it } from 'vitest';
import { catalogFetch, openSandbox } from '../hub/hub-harness';
import { Catalog } from '../../../src/engine/registry/catalog';
import { loadLesson } from '../../../src/lessons/load-lesson';
import { LessonRunner } from '../../../src/lessons/lesson-runner';
import type { Terminal } from '../../../src/shell/process';

const YAML = `id: inside
level: beginner
minutes: 1
setup:
  images: [busybox]
steps:
  - id: touch
    goal:
      - {id: added, check: container-diff, name: box, path: /hello, kind: A}
    solution: [docker run --name box busybox touch /hello]
  - id: more
    goal:
      - {id: second, check: container-diff, name: box, path: /second, kind: A}
    solution: [docker start box]
`;
const EN = `---
title: Inside
summary: Inside a container.
---

## intro
Hi.

## step touch: Touch
Touch a file.

### checks
- \`added\`: /hello is added

### hint
Use touch.

## step more: More
Another.

### checks
- \`second\`: /second is added

### hint
Touch again.

## finish
Done.
`;

describe('a step completes inside an interactive container shell', () => {
  it('after each line typed in `docker run -it ... sh`, before exit', async () => {
    const files: Record<string, string> = { 'l/lesson.yaml': YAML, 'l/en.md': EN };
    const lesson = await loadLesson('l', async (p) => files[p]);
    const sb = await openSandbox();
    const runner = new LessonRunner({ lesson, sandbox: sb, catalog: new Catalog(catalogFetch) });
    await runner.setup();
    await runner.attach();
    const seen: Array<{ line: string; ids: string[]; step: number }> = [];
    sb.onContainerCommand((c) => seen.push({ line: c.line, ids: [c.containerId], step: -1 }));
    // What the runner had decided each time the container's shell asked for its next line.
    const steps: number[] = [];
    const input = ['docker run -it --name box busybox sh', 'touch /hello', 'echo nothing changes', 'touch /second', 'exit'];
    const inContainer = new Set(input.slice(1));
    const queue = [...input];
    const t: Terminal = {
      columns: 80,
      rows: 24,
      interactive: true,
      write: () => undefined,
      async readLine(_p, opts) {
        const next = queue[0];
        if (opts?.history && next !== undefined && (inContainer.has(next) || next === 'exit')) {
          // Give the hook's evaluation its turn, as the page's event loop would while the learner types.
          await new Promise((r) => setTimeout(r, 0));
          await runner.idle();
          steps.push(runner.current);
        }
        return queue.shift() ?? null;
      },
      readKey: async () => null,
      readSecret: async () => null,
    };
    await sb.runTerminal(t);
    const id = sb.engine.containerGet('box').id;
    // Before `touch /hello` (step 0), after it (1), after the echo (1), after `touch /second`: done (2).
    expect(steps).toEqual([0, 1, 1, 2]);
    expect(seen.map((s) => [s.line, s.ids[0]])).toEqual([
      ['touch /hello', id],
      ['echo nothing changes', id],
      ['touch /second', id],
    ]);
    expect(runner.finished).toBe(true);
    // The host's record holds the host's lines only (a record is replayed on the host).
    expect(runner.record.commands.map((c) => c.line)).toEqual(['docker run -it --name box busybox sh']);
  });
});
