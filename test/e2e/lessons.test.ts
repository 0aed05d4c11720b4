import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, screenText, typeLine, waitForScreen } from './browser';

const baseURL = inject('baseURL');
const PROMPT = 'learner@layerlab:~$';
const SHOTS = process.env.LAYERLAB_LESSON_SCREENSHOTS;

const checks = (page: Page) =>
  page.locator('[data-check]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-check')}:${e.classList.contains('ok') ? 'ok' : 'no'}`).join(' '));

/** Each shown hint's text as read, without the copy buttons beside its commands. */
const hints = (page: Page) =>
  page.locator('.hints li').evaluateAll((els) =>
    els.map((e) => {
      const c = e.cloneNode(true) as HTMLElement;
      c.querySelectorAll('button').forEach((b) => b.remove());
      return (c.textContent ?? '').trim();
    }),
  );

async function waitForStep(page: Page, id: string): Promise<void> {
  await page.locator(`[data-step="${id}"]`).waitFor({ timeout: 20_000 });
  await waitForScreen(page, (t) => t.endsWith(PROMPT), 20_000);
}

describe('a lesson in the page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(baseURL);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the curriculum in order with progress, and starts "tags" from its setup state', async () => {
    await page.locator('[data-lesson]').first().waitFor();
    const ids = await page.locator('[data-lesson]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lesson')));
    expect(ids).toEqual(['first-image', 'layers', 'containers', 'commit', 'tags', 'dockerfile-scratch', 'dockerfile-run', 'cmd-entrypoint', 'hub', 'private-registry', 'save-load', 'cleanup', 'prune']);
    await page.locator('[data-lesson="tags"]').click();
    await waitForStep(page, 'tag');
    expect(await page.locator('.lessons h2').first().textContent()).toBe('Tags and latest');
    expect(await checks(page)).toBe('v1:no latest:no');
    await typeLine(page, 'docker images --format "{{.Repository}}:{{.Tag}}"');
    await waitForScreen(page, (t) => t.endsWith(`busybox:latest\n${PROMPT}`));
  });

  it('gives hints one at a time and turns each check green as the state changes', async () => {
    await page.getByRole('button', { name: 'Hint' }).click();
    await expect.poll(() => hints(page)).toEqual(['docker tag SOURCE TARGET, once per new name.']);
    await typeLine(page, 'docker tag busybox mybox:1.0');
    await expect.poll(() => checks(page)).toBe('v1:ok latest:no');
    expect(await page.locator('[data-check="latest"] .why').textContent()).toBe('no image mybox yet');
    await typeLine(page, 'docker tag busybox mybox');
    await waitForStep(page, 'untag');
    expect(await checks(page)).toBe('gone:no still-there:ok');
  });

  it('resumes at the same step after a reload, with the sandbox state kept', async () => {
    await page.reload();
    await waitForStep(page, 'untag');
    expect(await page.locator('.count').textContent()).toBe('Step 2 of 3');
    await page.getByRole('button', { name: '← Previous' }).click();
    expect(await page.locator('[data-step]').getAttribute('data-step')).toBe('tag');
    expect(await hints(page)).toEqual(['docker tag SOURCE TARGET, once per new name.']);
    await page.getByRole('button', { name: /Back to the current step/ }).click();
    await typeLine(page, 'docker rmi mybox:1.0');
    await waitForScreen(page, (t) => t.endsWith(`Untagged: mybox:1.0\n${PROMPT}`));
    await page.locator('[data-step="delete"]').waitFor();
  });

  it('types the solution into the terminal after asking, and shows the finish page', async () => {
    await page.getByRole('button', { name: 'Show solution' }).click();
    await page.getByRole('button', { name: 'Yes, type it' }).click();
    await page.locator('#finish-title').waitFor();
    const screen = await screenText(page);
    expect(screen).toContain(`${PROMPT} docker rmi busybox mybox\nUntagged: busybox:latest\nUntagged: mybox:latest\nDeleted: sha256:`);
    expect(await page.locator('.finish .summary li').allTextContents()).toEqual(['✓ Two names for busybox · Hint × 1', '✓ Remove a name', '✓ Delete the image · Show solution']);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'lesson-finish-1280x720.png') });
  });

  it('downloads a completion record that the checker verifies by replay', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download record' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'layerlab-record-')), 'tags-record.json');
    await download.saveAs(file);
    const record = JSON.parse(readFileSync(file, 'utf8'));
    expect(record.commands.map((c: { line: string }) => c.line)).toEqual([
      'docker images --format "{{.Repository}}:{{.Tag}}"',
      'docker tag busybox mybox:1.0',
      'docker tag busybox mybox',
      'docker rmi mybox:1.0',
      'docker rmi busybox mybox',
    ]);
    const out = execFileSync('npx', ['tsx', 'scripts/lessons-check.ts', '--record', file], { encoding: 'utf8' });
    expect(out.split('\n').slice(1, 3)).toEqual(['steps passed by replay: tag, untag, delete of 3', 'help used: tag: 1 hints; delete: 0 hints, solution shown']);
  });

  it('opens a lesson from its share link in a sandbox of its own', async () => {
    await page.getByRole('button', { name: 'Share' }).click();
    const url = await page.locator('.share input').inputValue();
    expect(url).toMatch(new RegExp(`^${baseURL.replace(/[.]/g, '\\.')}#lesson=[A-Za-z0-9_-]+$`));
    const other = await context.newPage();
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(url);
    await waitForStep(other, 'tag');
    expect(await other.locator('.external').textContent()).toBe('A lesson from outside the curriculum, in a sandbox of its own. Back to Layerlab');
    await typeLine(other, 'docker images --format "{{.Repository}}:{{.Tag}}"');
    await waitForScreen(other, (t) => t.endsWith(`busybox:latest\n${PROMPT}`));
    await typeLine(other, 'docker tag busybox mybox:1.0');
    await expect.poll(() => checks(other)).toBe('v1:ok latest:no');
    if (SHOTS) {
      await other.setViewportSize({ width: 390, height: 844 });
      await other.screenshot({ path: join(SHOTS, 'lesson-phone-390x844.png') });
    }
    await other.close();
    // The learner's own sandbox was not touched: the tags lesson there ended with no images.
    await typeLine(page, 'docker images -q | wc -l');
    await waitForScreen(page, (t) => t.endsWith(`0\n${PROMPT}`));
    expect(errors).toEqual([]);
  });
});
