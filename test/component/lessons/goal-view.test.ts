import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import GoalView from '../../../src/ui/lessons/GoalView.svelte';
import { uiText } from '../../../src/ui/lessons/ui-text';
import type { Check } from '../../../src/lessons/lesson-schema';
import { MemoryProgress } from '../../../src/ui/lessons/memory-progress';
import { button, click, mountPanel, openSandbox, text, type Harness } from './fixtures';

let h: Harness | undefined;
let off: (() => void) | undefined;
afterEach(() => {
  h?.destroy();
  off?.();
  h = off = undefined;
});

const WAIT = { timeout: 10_000 };
/** The goal view as lines: "area | mark text". */
const goalLines = (root: Element) =>
  [...root.querySelectorAll('.goal [data-area]')].flatMap((a) => [...a.querySelectorAll('li')].map((li) => `${a.getAttribute('data-area')} | ${text(li.querySelector('.mark'))} ${text(li.querySelector('.text'))} (${text(li.querySelector('.sr'))})`));

describe('the goal view', { timeout: 30_000 }, () => {
  it('describes each check as the state it asks for, grouped by area, marked from the results', () => {
    const goal: Check[] = [
      { id: 'a', check: 'image-file', ref: 'me/vim:1', path: '/usr/bin/vim' },
      { id: 'b', check: 'same-image', ref: 'me/vim', as: 'me/vim:1' },
      { id: 'c', check: 'container', name: 'box', image: 'ubuntu', state: 'exited' },
      { id: 'd', check: 'registry', ref: 'learner/vim:1', sameAs: 'me/vim:1' },
      { id: 'e', check: 'image-history', ref: 'me/vim:1', comment: 'add vim' },
      { id: 'f', check: 'host-file', path: '/home/learner/.docker/config.json', contains: 'auths' },
    ];
    for (const [lang, expected] of [
      ['en', [
        'images | ■ image me/vim:1 with /usr/bin/vim in a layer (met)',
        'images | □ me/vim → the same image as me/vim:1 (not yet)',
        'images | □ image me/vim:1: a history entry with comment "add vim" (not yet)',
        'containers | ■ container box of ubuntu, exited (met)',
        'registries | □ hub: learner/vim:1, the same image as me/vim:1 (not yet)',
        'host | □ /home/learner/.docker/config.json containing "auths" (not yet)',
      ]],
      ['zh-CN', [
        'images | ■ 镜像 me/vim:1, 某一层里有 /usr/bin/vim (已达成)',
        'images | □ me/vim → 与 me/vim:1 是同一个镜像 (尚未达成)',
        'images | □ 镜像 me/vim:1: 历史记录里有注释 "add vim" (尚未达成)',
        'containers | ■ 容器 box (来自 ubuntu), exited (已达成)',
        'registries | □ hub: learner/vim:1, 与 me/vim:1 是同一个镜像 (尚未达成)',
        'host | □ /home/learner/.docker/config.json, 包含 "auths" (尚未达成)',
      ]],
    ] as const) {
      const target = document.createElement('div');
      document.body.appendChild(target);
      const app = mount(GoalView, { target, props: { goal, results: { a: { ok: true }, b: { ok: false }, c: { ok: true } }, lang, t: uiText(lang) } });
      flushSync();
      expect(goalLines(target)).toEqual(expected);
      expect([...target.querySelectorAll('[data-area] > .name')].map(text)).toEqual(lang === 'en' ? ['Images', 'Containers', 'Registries', 'Your files'] : ['镜像', '容器', '镜像仓库', '你的文件']);
      unmount(app);
      target.remove();
    }
  });

  it('follows the hub lesson in the panel: goals turn met as commands run, and undo takes the last change back', async () => {
    const sb = await openSandbox();
    const progress = new MemoryProgress();
    h = mountPanel(sb, { progress });
    await vi.waitFor(() => expect(h!.target.querySelector('[data-lesson="hub"]')).not.toBeNull(), WAIT);
    click(h.target.querySelector('[data-lesson="hub"]'));
    await vi.waitFor(() => expect(goalLines(h!.target)).toEqual(['host | □ /home/learner/.docker/config.json containing "auths" (not yet)']), WAIT);
    expect(button(h.target, 'Undo last command')).toBeUndefined();
    await sb.exec('docker login -u learner -p secret', { write: () => undefined });
    await vi.waitFor(() => expect(goalLines(h!.target)).toEqual([
      'images | □ learner/mybox:1.0 → the same image as busybox (not yet)',
      'registries | □ hub: learner/mybox:1.0, the same image as busybox (not yet)',
    ]), WAIT);
    await sb.exec('docker tag busybox learner/mybox:1.0', { write: () => undefined });
    await vi.waitFor(() => expect(goalLines(h!.target)).toEqual([
      'images | ■ learner/mybox:1.0 → the same image as busybox (met)',
      'registries | □ hub: learner/mybox:1.0, the same image as busybox (not yet)',
    ]), WAIT);
    // `docker images` changes nothing, so the tag stays the command an undo takes back.
    await sb.exec('docker images', { write: () => undefined });
    await vi.waitFor(() => expect(button(h!.target, 'Undo last command')?.title).toBe('docker tag busybox learner/mybox:1.0'), WAIT);
    click(button(h.target, 'Undo last command'));
    expect(text(h.target.querySelector('[role="alertdialog"] p'))).toBe('Undo `docker tag busybox learner/mybox:1.0`? The sandbox goes back to how it was before it, and the page reloads.');
    const restarts = h.restarts;
    click(button(h.target, 'Yes, undo it'));
    await vi.waitFor(() => expect(h!.restarts).toBe(restarts + 1), WAIT);
    expect((await progress.record('hub'))!.commands.map((c) => c.line)).toEqual(['docker login -u learner -p secret', 'docker images']);
    // The store holds the state from before the tag (the page would now reload onto it).
    expect(await sb.store.get('refs', 'docker.io/learner/mybox:1.0')).toBeUndefined();
    expect(await sb.store.get('refs', 'docker.io/library/busybox:latest')).toBe(sb.engine.imageGet('busybox').id);
  });
});
