import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { launchBrowser, typeLine, waitForScreen } from './browser';
import { LayerStore } from '../../src/engine/stores/layer-store';
import { executableContent } from '../../src/engine/layer/executable';
import type { Changeset, Entry } from '../../src/engine/layer/entry';

const baseURL = inject('baseURL');
const PROMPT = 'learner@layerlab:~$';
const SHOTS = process.env.PICTURE_SHOTS ?? '/tmp/layerlab-picture-shots';
const T0 = 1_700_000_000;

/** Layers as plain data for page.evaluate: text files as strings, turned into bytes in the page. */
type Plain = Array<Record<string, unknown>>;
const d = (path: string, mode = 0o755) => ({ type: 'dir', path, mode, uid: 0, gid: 0, mtime: T0 });
const f = (path: string, text: string) => ({ type: 'file', path, mode: 0o644, uid: 0, gid: 0, mtime: T0, text });
const x = (path: string, program: string, size: number) => ({ type: 'file', path, mode: 0o755, uid: 0, gid: 0, mtime: T0, content: executableContent(program, size) });
const LAYERS: Plain[] = [
  [d('/bin'), x('/bin/sh', 'ash', 120_000), d('/etc'), f('/etc/os-release', 'ID=tiny\n'), d('/tmp', 0o1777)],
  [d('/etc'), f('/etc/motd', 'welcome\n')],
];
const toChangeset = (l: Plain): Changeset =>
  l.map(({ text, ...e }) => (typeof text === 'string' ? { ...e, content: { kind: 'bytes', bytes: new TextEncoder().encode(text) } } : e) as unknown as Entry);

describe('the picture in the page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the commit walkthrough: a writable layer, then a new layer on the shared base', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(baseURL);
    await waitForScreen(page, (t) => t.includes(PROMPT));
    // Until `docker pull` exists, the base comes in through the engine, as a pull would store it.
    const diffIds = (await Promise.all(LAYERS.map((l) => LayerStore.prepare(toChangeset(l))))).map((p) => p.record.diffId);
    const short = (id: string) => id.slice(7, 19);
    await page.evaluate(
      async ({ layers, diffIds }) => {
        const lab = (window as unknown as { layerlab: { engine: { imageImport(l: unknown[], o: unknown): Promise<string> } } }).layerlab;
        const cs = layers.map((l) => l.map(({ text, ...e }) => (typeof text === 'string' ? { ...e, content: { kind: 'bytes', bytes: new TextEncoder().encode(text) } } : e)));
        const created = '2026-01-01T00:00:00Z';
        await lab.engine.imageImport(cs, {
          config: {
            architecture: 'amd64', os: 'linux', created, config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
            history: [{ created, created_by: '/bin/sh -c #(nop) ADD file:0123456789abcdef in / ' }, { created, created_by: '/bin/sh -c echo welcome > /etc/motd' }],
            rootfs: { type: 'layers', diff_ids: diffIds },
          },
          tags: ['tiny:latest'],
        });
      },
      { layers: LAYERS as Array<Array<Record<string, unknown> & { text?: string }>>, diffIds },
    );
    const [l1, l2] = diffIds.map(short);
    await page.locator(`[data-layer="${l2}"]`).waitFor();
    await page.screenshot({ path: `${SHOTS}/1-base.png` });

    await typeLine(page, "docker run --name box tiny sh -c 'echo hi > /hi.txt'");
    await page.locator('[data-container="box"]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-container="box"]')?.textContent?.includes('1 changed'));
    expect((await page.locator('[data-container="box"]').textContent())!.replace(/\s+/g, ' ').trim()).toBe('box exited 1 changed');
    await page.screenshot({ path: `${SHOTS}/2-run.png` });

    await typeLine(page, 'docker commit box me/app');
    await waitForScreen(page, (t) => /sha256:[0-9a-f]{64}\nlearner@layerlab:~\$ *$/.test(t));
    const top = await page.evaluate(() => {
      const lab = (window as unknown as { layerlab: { engine: { imageGet(r: string): { config: { rootfs: { diff_ids: string[] } } } } } }).layerlab;
      return lab.engine.imageGet('me/app').config.rootfs.diff_ids[2];
    });
    const l3 = short(top);
    await page.locator(`[data-layer="${l3}"]`).waitFor();
    await page.waitForTimeout(400); // let the commit animation finish before the screenshot
    await page.screenshot({ path: `${SHOTS}/3-commit.png` });

    // One base block under both stacks; the new layer on it; both tags as labels.
    expect(await page.locator(`[data-layer="${l1}"]`).count()).toBe(1);
    expect(await page.locator(`[data-layer="${l2}"]`).count()).toBe(1);
    expect(await page.locator(`[data-layer="${l2}"]`).getAttribute('class')).toContain('shared');
    expect(await page.locator(`[data-layer="${l3}"]`).getAttribute('aria-label')).toBe(`Layer 3 ${l3}, 3B, made by sh -c echo hi > /hi.txt. Explore its files.`);
    expect(await page.locator('.tag').allTextContents()).toEqual(['tiny:latest', 'me/app:latest']);
    // The new stack stands on the shared block: the new layer's node is inside the base's.
    expect(await page.locator(`.node:has(> [data-layer="${l2}"]) .node > [data-layer="${l3}"]`).count()).toBe(1);

    await page.locator(`[data-layer="${l3}"]`).click();
    await page.getByRole('button', { name: '/hi.txt, file, added' }).waitFor();
    await page.getByRole('button', { name: '/hi.txt, file, added' }).click();
    expect((await page.locator('.file pre').textContent())!.trim()).toBe('hi');
    await page.screenshot({ path: `${SHOTS}/4-explorer.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the layers of a push to a sandbox registry (localhost:5000) arriving with the words the terminal printed', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${baseURL}?instant`);
    await waitForScreen(page, (t) => t.includes(PROMPT));
    const lastPrompt = (t: string) => t.trimEnd().endsWith(PROMPT);
    await typeLine(page, 'docker pull -q registry:2 && docker pull -q busybox && docker run -d -p 5000:5000 --name registry registry:2 && clear');
    await waitForScreen(page, (t) => !t.includes('docker pull') && lastPrompt(t), 60_000);
    await typeLine(page, 'docker run --name box busybox touch /greeting && docker commit box localhost:5000/app:1.0 >/dev/null && docker tag busybox localhost:5000/base && docker push -q localhost:5000/base && clear');
    await waitForScreen(page, (t) => !t.includes('docker run') && lastPrompt(t), 30_000);
    await page.getByLabel('Animation').selectOption('slow');
    await typeLine(page, 'docker push localhost:5000/app:1.0');
    const push = page.locator('[data-push="app"][data-push-registry="localhost:5000"][data-state="pushed"]');
    await push.waitFor();
    // The sandbox registry answers at once, yet each layer is seen setting out from the local
    // side: top block still on its way (it leaves after the base), then both at the registry.
    const inFlight = await page.locator('[data-push-layer] .block').evaluateAll((els) => els.map((b) => b.getAnimations().map((a) => `${(a as CSSAnimation).animationName.replace(/^svelte-\w+-/, '')} ${a.playState}`).join()));
    expect(inFlight).toEqual(['set-out-local running', 'set-out-local running']);
    await page.locator('section.registries').screenshot({ path: `${SHOTS}/5-registry-push-travelling.png` });
    const screen = await waitForScreen(page, (t) => /1\.0: digest: sha256:/.test(t) && lastPrompt(t), 30_000);
    // Each lane says what the terminal printed for that layer.
    const lanes = await page.locator('[data-push-layer]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-push-layer')}: ${e.getAttribute('data-status')}`));
    expect(lanes).toHaveLength(2);
    for (const l of lanes) expect(screen).toContain(l);
    expect(lanes.map((l) => l.replace(/^\w+: /, ''))).toEqual(['Pushed', 'Mounted from base']);
    await page.waitForTimeout(2000); // the blocks' trip at slow speed (1.4 s, the top one 0.3 s later) ends
    // Arrived: each block stands at the registry's end of its lane.
    const ends = await page.locator('[data-push-layer]').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right - e.querySelector('.block')!.getBoundingClientRect().right)));
    expect(ends).toEqual([0, 0]);
    await page.locator('[data-sandbox-registry="localhost:5000"] [data-local-repo="app"]').waitFor();
    await page.locator('section.registries').screenshot({ path: `${SHOTS}/5-registry-push.png` });
    await page.screenshot({ path: `${SHOTS}/5-registry-push-page.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

