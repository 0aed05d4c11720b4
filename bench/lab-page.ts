import { build, preview } from 'vite';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/browser';

let built: Promise<unknown> | undefined;

export interface LabPage {
  /** A fresh browser context (empty IndexedDB) on the page in instant mode, at its first prompt, network idle. */
  open(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The built page (one Vite build per bench run) under `vite preview`, in Debian's Chromium,
 * opened with `?instant` so pulls skip the simulated network's pace. With LAYERLAB_CATALOG set,
 * the page's catalog/ requests are answered from that directory instead of dist/.
 */
export async function labPage(root: string): Promise<LabPage> {
  built ??= build({ root, logLevel: 'silent' });
  await built;
  const server = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  const addr = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/?instant`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (e) {
    await new Promise<void>((r) => server.httpServer.close(() => r()));
    throw e;
  }
  const b = browser;
  const catalogDir = process.env.LAYERLAB_CATALOG;
  return {
    async open() {
      const context = await b.newContext({ viewport: { width: 1280, height: 720 } });
      if (catalogDir) {
        await context.route(/\/catalog\/.+\.json$/, async (route) => {
          const path = new URL(route.request().url()).pathname.replace(/^.*?\/catalog\//, '');
          await route.fulfill({ contentType: 'application/json', body: await readFile(join(catalogDir, path)) });
        });
      }
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('layerlab:prompt').length > 0);
      // The lesson list and the CLI chunk load after the prompt: a learner types later than that.
      await page.waitForLoadState('networkidle');
      return page;
    },
    async close() {
      await b.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
    },
  };
}

/**
 * Runs command lines in the page through window.layerlab.exec, timing each inside the page.
 * A string, not a function: tsx's esbuild would wrap named functions in a helper the page lacks.
 */
export async function execInPage(page: Page, lines: string[]): Promise<Array<{ line: string; status: number; ms: number; output: string }>> {
  return page.evaluate(`(async () => {
    const lab = window.layerlab;
    const results = [];
    for (const line of ${JSON.stringify(lines)}) {
      let output = '';
      const out = { write: (s) => { output += s; } };
      const t = performance.now();
      const status = await lab.exec(line, out, out);
      results.push({ line, status, ms: performance.now() - t, output });
    }
    return results;
  })()`);
}
