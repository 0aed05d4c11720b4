import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, launchPersistent, profileDir, screenText, typeLine, waitForScreen } from './browser';

const baseURL = inject('baseURL');
const PROMPT = 'learner@layerlab:~$';

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(baseURL);
  await waitForScreen(page, (t) => t.includes(PROMPT));
  return page;
}

describe('the page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the host prompt, runs commands, and keeps files and history across a reload', async () => {
    const page = await openPage(browser);
    await typeLine(page, 'mkdir -p work && cd work && echo "hello layers" > notes.txt && cat notes.txt');
    await waitForScreen(page, (t) => t.includes('hello layers\nlearner@layerlab:~/work$'));
    await typeLine(page, 'docker images');
    await waitForScreen(page, (t) => t.includes('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\nlearner@layerlab:~/work$'));
    await page.reload();
    await waitForScreen(page, (t) => t.includes(PROMPT));
    await typeLine(page, 'cat work/notes.txt');
    await waitForScreen(page, (t) => t.includes('hello layers'));
    // history survived: Up twice recalls the command typed before the reload
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await waitForScreen(page, (t) => t.endsWith(`${PROMPT} docker images`));
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('resets the sandbox from the top bar', async () => {
    const page = await openPage(browser);
    await typeLine(page, 'echo keep > kept.txt && ls');
    await waitForScreen(page, (t) => t.includes('kept.txt'));
    await page.getByRole('button', { name: 'Reset sandbox' }).click();
    // Reset reloads the page into the emptied sandbox: wait for that reload and its prompt
    // before typing, or the keys land in the page that is going away.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Yes, reset' }).click()]);
    await waitForScreen(page, (t) => t.trim() === PROMPT);
    await typeLine(page, 'ls kept.txt');
    await waitForScreen(page, (t) => t.includes("ls: cannot access 'kept.txt': No such file or directory"));
    await page.close();
  });

  it('never leaves half an image when the page is reloaded in the middle of a write', async () => {
    const page = await openPage(browser);
    // Start storing a 30 MB image and reload without waiting for it.
    await page.evaluate(() => {
      const lab = (window as unknown as { layerlab: { engine: { imageImport: (l: unknown[], o: unknown) => Promise<string> } } }).layerlab;
      const files = Array.from({ length: 300 }, (_, i) => ({ type: 'file', path: `/data/f${i}`, mode: 0o644, uid: 0, gid: 0, mtime: 0, content: { kind: 'synthetic', size: 100_000, seed: `f${i}` } }));
      void lab.engine.imageImport([[{ type: 'dir', path: '/data', mode: 0o755, uid: 0, gid: 0, mtime: 0 }, ...files]], {
        config: { architecture: 'amd64', os: 'linux', config: {}, history: [{ created_by: 'test' }], rootfs: { type: 'layers', diff_ids: [] } },
        tags: ['half:latest'],
      });
    });
    await page.reload();
    await waitForScreen(page, (t) => t.includes(PROMPT));
    const state = await page.evaluate(async () => {
      const lab = (window as unknown as { layerlab: { engine: { imageList(): Array<{ id: string; repoTags: string[] }>; imageGet(r: string): { config: { rootfs: { diff_ids: string[] } } }; layer(d: string): unknown } } }).layerlab;
      const images = lab.engine.imageList();
      return images.map((i) => ({ tags: i.repoTags, layersPresent: lab.engine.imageGet(i.id).config.rootfs.diff_ids.every((d) => !!lab.engine.layer(d)) }));
    });
    // Either the whole image (tag, config and layer) or nothing at all.
    expect(state.length <= 1).toBe(true);
    for (const s of state) expect(s).toEqual({ tags: ['docker.io/library/half:latest'], layersPresent: true });
    await page.close();
  });

  it('passes the Store contract against real IndexedDB', async () => {
    // The page's CSP forbids inline scripts, rightly; this test injects its suite on purpose.
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(baseURL);
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('../browser/store-contract-entry.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      alias: { vitest: fileURLToPath(new URL('../browser/mini-vitest.ts', import.meta.url)) },
    });
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const results = await page.evaluate(() => (globalThis as unknown as { runContract: () => Promise<Array<{ name: string; error?: string }>> }).runContract());
    expect(results.length).toBeGreaterThan(5);
    expect(results.filter((r) => r.error)).toEqual([]);
    await page.close();
  });
});

describe('a browser restart', () => {
  it('keeps the sandbox (IndexedDB in the profile)', async () => {
    const dir = profileDir();
    try {
      let ctx = await launchPersistent(dir);
      let page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(baseURL);
      await waitForScreen(page, (t) => t.includes(PROMPT));
      await typeLine(page, 'echo survived > restart.txt');
      await typeLine(page, 'true');
      await waitForScreen(page, (t) => t.split(PROMPT).length >= 4);
      await ctx.close();
      ctx = await launchPersistent(dir);
      page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(baseURL);
      await waitForScreen(page, (t) => t.includes(PROMPT));
      await typeLine(page, 'cat restart.txt');
      const text = await waitForScreen(page, (t) => t.includes('survived'));
      expect(text).toContain(`${PROMPT} cat restart.txt\nsurvived`);
      await ctx.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    void screenText;
  });
});
