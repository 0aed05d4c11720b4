import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Chromium with the flags this network needs (STACK.md). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A browser profile on disk, so IndexedDB survives closing and reopening the browser. */
export function profileDir(): string {
  return mkdtempSync(join(tmpdir(), 'layerlab-profile-'));
}

export function launchPersistent(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { executablePath, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 720 } });
}

/** The terminal's visible rows as text (xterm's DOM renderer). */
export async function screenText(page: Page): Promise<string> {
  const rows = await page.locator('.xterm-rows > div').allTextContents();
  return rows.map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).join('\n').trimEnd();
}

export async function typeLine(page: Page, line: string): Promise<void> {
  await page.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Waits until the screen's text satisfies `pred` (polls; the terminal renders asynchronously). */
export async function waitForScreen(page: Page, pred: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < end) {
    text = await screenText(page);
    if (pred(text)) return text;
    await page.waitForTimeout(50);
  }
  throw new Error(`screen did not match in ${timeoutMs} ms; it shows:\n${text}`);
}
