import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryProgress } from '../../../src/ui/lessons/memory-progress';
import { decodeShare, encodeShare } from '../../../src/ui/lessons/share-link';
import { button, checks, click, HOME, mountPanel, openSandbox, text, type Harness } from './fixtures';

let h: Harness | undefined;
afterEach(() => {
  h?.destroy();
  h = undefined;
});

const stepId = (root: Element) => root.querySelector('[data-step]')?.getAttribute('data-step') ?? text(root);
const WAIT = { timeout: 10_000 };

describe('the lesson panel', { timeout: 30_000 }, () => {
  it('lists the curriculum with progress, starts a lesson from its setup and turns checks green with why', async () => {
    const sb = await openSandbox();
    const progress = new MemoryProgress();
    h = mountPanel(sb, { progress });
    await vi.waitFor(() => expect(h!.target.querySelectorAll('[data-lesson]').length).toBe(13), WAIT);
    const tags = h.target.querySelector('[data-lesson="tags"]')!;
    expect(text(tags)).toBe('Tags and latest Give one image several names, learn what latest means, and see the difference between untagging and deleting. beginner · 8 min · 0 of 3 steps');
    click(tags);
    await vi.waitFor(() => expect(stepId(h!.target)).toBe('tag'), WAIT);
    expect(h.restarts).toBe(1);
    expect(await progress.prefs()).toEqual({ lang: undefined, current: 'tags' });
    expect(text(h.target.querySelector('.count'))).toBe('Step 1 of 3');
    expect(checks(h.target)).toBe('v1:no latest:no');
    expect([...h.target.querySelectorAll('.why')].map(text)).toEqual(['no image mybox:1.0 yet', 'no image mybox yet']);
    await sb.exec('docker tag busybox mybox:1.0', { write: () => undefined });
    await vi.waitFor(() => expect(checks(h!.target)).toBe('v1:ok latest:no'), WAIT);
    expect([...h.target.querySelectorAll('.why')].map(text)).toEqual(['no image mybox yet']);
    expect((await progress.record('tags'))!.commands.map((c) => c.line)).toEqual(['docker tag busybox mybox:1.0']);
  });

  it('shows hints one at a time, types the solution only after asking, and resumes from saved progress', async () => {
    const sb = await openSandbox();
    const progress = new MemoryProgress();
    h = mountPanel(sb, { progress });
    await vi.waitFor(() => expect(h!.target.querySelector('[data-lesson="tags"]')).not.toBeNull(), WAIT);
    click(h.target.querySelector('[data-lesson="tags"]'));
    await vi.waitFor(() => expect(stepId(h!.target)).toBe('tag'), WAIT);
    click(button(h.target, 'Hint'));
    await vi.waitFor(() => expect([...h!.target.querySelectorAll('.hints li p')].map(text)).toEqual(['docker tag SOURCE TARGETCopy, once per new name.']));
    click(button(h.target, 'Another hint'));
    expect(h.target.querySelectorAll('.hints li').length).toBe(2);
    expect(button(h.target, 'No more hints')!.disabled).toBe(true);

    click(button(h.target, 'Show solution'));
    expect(text(h.target.querySelector('[role="alertdialog"] p'))).toBe('Type the solution into the terminal? This step will count as solved with help.');
    expect(h.typed).toEqual([]);
    click(button(h.target, 'Yes, type it'));
    expect(h.typed).toEqual(['docker tag busybox mybox:1.0', 'docker tag busybox mybox']);
    await vi.waitFor(() => expect(stepId(h!.target)).toBe('untag'), WAIT);
    expect((await progress.record('tags'))!.steps[0]).toMatchObject({ id: 'tag', hints: 2, solution: true });

    // A reload: a new panel over the same sandbox and progress resumes without a new setup.
    h.destroy();
    h = mountPanel(sb, { progress });
    await vi.waitFor(() => expect(stepId(h!.target)).toBe('untag'), WAIT);
    expect(h.restarts).toBe(0);
    expect(checks(h.target)).toBe('gone:no still-there:ok');
    click(button(h.target, '← Previous'));
    expect(stepId(h.target)).toBe('tag');
    expect(checks(h.target)).toBe('v1:ok latest:ok');
    expect(h.target.querySelectorAll('.hints li').length).toBe(2);
    click(button(h.target, 'Back to the current step →'));
    expect(stepId(h.target)).toBe('untag');
  });

  it('follows the browser language, switches language, and resets the lesson to its setup state', async () => {
    const sb = await openSandbox();
    h = mountPanel(sb, { languages: ['zh-CN', 'en'] });
    await vi.waitFor(() => expect(h!.target.querySelector('[data-lesson="tags"]')).not.toBeNull(), WAIT);
    expect(text(h.target.querySelector('[data-lesson="tags"] .title'))).toBe('标签与 latest');
    click(h.target.querySelector('[data-lesson="tags"]'));
    await vi.waitFor(() => expect(stepId(h!.target)).toBe('tag'), WAIT);
    expect(text(h.target.querySelector('.count'))).toBe('第 1 步, 共 3 步');
    expect(text(h.target.querySelector('#step-title'))).toBe('给 busybox 起两个名字');
    expect([...h.target.querySelectorAll('.why')].map(text)).toEqual(['还没有镜像 mybox:1.0', '还没有镜像 mybox']);
    const select = h.target.querySelector('select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(text(h!.target.querySelector('#step-title'))).toBe('Two names for busybox'));
    await sb.exec('docker tag busybox mybox:1.0', { write: () => undefined });
    await vi.waitFor(() => expect(checks(h!.target)).toBe('v1:ok latest:no'), WAIT);
    click(button(h.target, 'Reset lesson'));
    click(button(h.target, 'Yes, start over'));
    await vi.waitFor(() => expect(checks(h!.target)).toBe('v1:no latest:no'), WAIT);
    expect(h.restarts).toBe(2);
    expect(sb.engine.imageList().map((i) => i.repoTags)).toEqual([['docker.io/library/busybox:latest']]);
  });

  it('opens a shared lesson in its own sandbox, rendered with no raw HTML and with copy buttons', async () => {
    const yaml = 'id: shared\nlevel: beginner\nminutes: 1\nsteps:\n  - id: one\n    goal:\n      - {id: none, check: image-count, count: 0}\n    solution: [docker images]\n';
    const en = '---\ntitle: Shared\nsummary: A lesson from a link.\n---\n\n## intro\nHello.\n\n## step one: Nothing\nHello <script>alert(1)</script> <img src=x onerror="alert(2)">\n\nRun:\n\n```\ndocker images\n```\n\n[x](javascript:alert(3))\n\n### checks\n- `none`: no images\n\n### hint\nJust look.\n\n## finish\nDone.\n';
    const payload = encodeShare({ yaml, prose: { en } });
    expect(decodeShare(payload)).toEqual({ yaml, prose: { en } });
    const sb = await openSandbox();
    h = mountPanel(sb, { href: `${HOME}#lesson=${payload}` });
    expect(h.deps.location.sandboxDb).toMatch(/^layerlab-ext-[0-9a-f]{8}$/);
    await vi.waitFor(() => expect(h!.target.querySelector('.finish')).not.toBeNull(), WAIT);
    expect(text(h.target.querySelector('#finish-title'))).toBe('✓ Lesson complete');
    click(button(h.target, '← Previous'));
    await vi.waitFor(() => expect(h!.target.querySelectorAll('pre .copy').length).toBe(1));
    expect(text(h.target.querySelector('.external'))).toBe('A lesson from outside the curriculum, in a sandbox of its own. Back to Layerlab');
    expect(button(h.target, 'All lessons')).toBeUndefined();
    const md = h.target.querySelectorAll('.md');
    expect(h.target.querySelector('.md script, .md img')).toBeNull();
    expect(text(md[0])).toBe('Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> Run: docker images Copy x');
    expect(h.target.querySelector('.md a')!.getAttribute('href')).toBe('');
    expect([...h.target.querySelectorAll('pre .copy')].map((b) => b.getAttribute('aria-label'))).toEqual(['Copy: docker images']);
  });

  it('turns dropped lesson files into a share link of the same texts', async () => {
    const sb = await openSandbox();
    h = mountPanel(sb);
    await vi.waitFor(() => expect(h!.target.querySelector('[data-lesson="tags"]')).not.toBeNull(), WAIT);
    const { readFileSync } = await import('node:fs');
    const files = ['lesson.yaml', 'en.md', 'zh-CN.md'].map((name) => ({ name, text: async () => readFileSync(`lessons/tags/${name}`, 'utf8') }));
    const input = h.target.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: files });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(h!.navigated.length).toBe(1), WAIT);
    const [, payload] = /^http:\/\/layerlab\.test\/#lesson=(.+)$/.exec(h.navigated[0])!;
    expect(decodeShare(payload)).toEqual({ yaml: readFileSync('lessons/tags/lesson.yaml', 'utf8'), prose: { en: readFileSync('lessons/tags/en.md', 'utf8'), 'zh-CN': readFileSync('lessons/tags/zh-CN.md', 'utf8') } });
  });
});
