import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { launchBrowser, typeLine, waitForScreen } from './browser';

const baseURL = inject('baseURL');
const PROMPT = 'learner@layerlab:~$';
const SHOTS = process.env.HUB_SHOTS ?? '/tmp/layerlab-hub-shots';
const lastPrompt = (t: string) => t.trimEnd().endsWith(PROMPT);

/** The screen rectangle of `text` in the terminal's rendered rows (for a mouse click on a link). */
async function textBox(page: Page, text: string): Promise<{ x: number; y: number }> {
  const box = await page.evaluate((text) => {
    for (const row of document.querySelectorAll('.xterm-rows > div')) {
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      let full = '';
      const nodes: Array<{ node: Text; at: number }> = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, at: full.length });
        full += (n as Text).data;
      }
      const i = full.replace(/\u00a0/g, ' ').indexOf(text);
      if (i < 0) continue;
      const at = i + Math.floor(text.length / 2);
      const hit = nodes.filter((x) => x.at <= at).at(-1)!;
      const range = document.createRange();
      range.setStart(hit.node, at - hit.at);
      range.setEnd(hit.node, at - hit.at + 1);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return undefined;
  }, text);
  if (!box) throw new Error(`${text} is not on the terminal screen`);
  return box;
}

describe('the hub page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('seed 000 publish: login, tag, push; the hub page shows the repository and the digest the terminal printed', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(baseURL);
    await waitForScreen(page, (t) => t.includes(PROMPT));

    await typeLine(page, 'docker pull busybox');
    await waitForScreen(page, (t) => t.includes('docker.io/library/busybox:latest') && lastPrompt(t), 30_000);
    await typeLine(page, 'docker run --name box busybox touch /greeting');
    await typeLine(page, 'docker commit box myimage');
    await waitForScreen(page, (t) => /sha256:[0-9a-f]{64}\n/.test(t) && lastPrompt(t));
    await typeLine(page, 'clear');
    await typeLine(page, 'docker login -u learner');
    await waitForScreen(page, (t) => t.includes('Password:'));
    await page.keyboard.type('s3cret-pw');
    await page.keyboard.press('Enter');
    await waitForScreen(page, (t) => t.includes('Login Succeeded') && lastPrompt(t));
    await typeLine(page, 'docker tag myimage learner/myimage:1.0');
    await typeLine(page, 'docker push learner/myimage:1.0');
    // The registries area draws the layers travelling while the push runs.
    await page.locator('[data-push="learner/myimage"]').waitFor({ timeout: 10_000 });
    // The terminal wraps the long digest line: read the screen with wrapped rows joined.
    const DIGEST_LINE = /1\.0: digest: (sha256:[0-9a-f\n]{64,66}) size: \d+/;
    const screen = await waitForScreen(page, (t) => DIGEST_LINE.test(t) && lastPrompt(t), 30_000);
    const digest = DIGEST_LINE.exec(screen)![1].replace(/\n/g, '');
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(screen).toContain('The push refers to repository [docker.io/learner/myimage]');
    await page.locator('[data-push="learner/myimage"][data-state="pushed"]').waitFor();
    const statuses = await page.locator('[data-push-layer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toEqual(['Pushed', 'Mounted from library/busybox']);
    await page.locator('[data-registry-repo="learner/myimage"]').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/1-pushed.png` });

    // The top bar's Hub entry opens the page.
    await page.getByRole('link', { name: 'Hub', exact: true }).click();
    const repo = page.locator('[data-hub-page] [data-repo="learner/myimage"]');
    await repo.waitFor();
    expect(await page.locator('[data-hub-user]').textContent()).toBe('Signed in as learner');
    expect(await repo.locator('[data-tag="1.0"] .digest').textContent()).toBe(digest);
    await repo.locator('[data-tag="1.0"] summary').click();
    await page.screenshot({ path: `${SHOTS}/2-hub.png` });
    await page.getByRole('button', { name: /back to the terminal/ }).click();
    await page.locator('[data-hub-page]').waitFor({ state: 'detached' });

    // The repository name on the terminal is a link to its page; so is the pushed digest.
    const at = await textBox(page, 'docker.io/learner/myimage');
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => location.hash === '#/hub/r/learner/myimage');
    await page.locator('[data-hub-page] [data-repo="learner/myimage"] [data-tag="1.0"][open]').waitFor();
    expect(await page.locator('[data-hub-page] [data-repo]').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/3-repo-from-link.png` });
    await page.keyboard.press('Escape');
    await page.locator('[data-hub-page]').waitFor({ state: 'detached' });
    const d = await textBox(page, digest.slice(0, 30));
    await page.mouse.move(d.x, d.y);
    await page.mouse.click(d.x, d.y);
    await page.waitForFunction(() => location.hash === '#/hub/r/learner/myimage');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
