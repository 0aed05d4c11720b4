import { build, preview } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/browser';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Initial download: the entry script, its static imports and the CSS that index.html names. */
export async function bundleSize(root: string): Promise<Record<string, number>> {
  await build({ root, logLevel: 'silent' });
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let js = 0;
  let css = 0;
  for (const f of initial) {
    const gz = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
    if (f.endsWith('.css')) css += gz;
    else js += gz;
  }
  const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
  return { initial_js_gzip_kb: Math.round(js / 102.4) / 10, initial_css_gzip_kb: Math.round(css / 102.4) / 10, initial_js_css_gzip_kb: Math.round((js + css) / 102.4) / 10, lazy_chunks: lazy.length };
}

/** Reload-to-prompt with 50 images stored: navigation start to the first prompt (a performance mark). */
export async function reloadToPrompt(root: string): Promise<Record<string, number>> {
  const server = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  const addr = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('layerlab:prompt').length > 0);
    // A string, not a function: tsx's esbuild would wrap named functions in a helper the page lacks.
    await page.evaluate(`(async () => {
      const lab = window.layerlab;
      const file = (path, size, seed) => ({ type: 'file', path, mode: 0o644, uid: 0, gid: 0, mtime: 0, content: { kind: 'synthetic', size, seed } });
      const base = [{ type: 'dir', path: '/usr', mode: 0o755, uid: 0, gid: 0, mtime: 0 }, ...Array.from({ length: 3000 }, (_, i) => file('/usr/f' + String(i).padStart(5, '0'), 26000, 'b' + i))];
      for (let i = 0; i < 50; i++) {
        await lab.engine.imageImport([base, [file('/app' + i, 1000, 'a' + i)]], {
          config: { architecture: 'amd64', os: 'linux', config: {}, history: [{ created_by: 'base' }, { created_by: 'app ' + i }], rootfs: { type: 'layers', diff_ids: [] } },
          tags: ['app' + i + ':latest'],
        });
      }
    })()`);
    const runs: number[] = [];
    for (let r = 0; r < 7; r++) {
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('layerlab:prompt').length > 0);
      runs.push(await page.evaluate(() => performance.getEntriesByName('layerlab:prompt')[0].startTime));
    }
    const images = await page.evaluate(() => (window as unknown as { layerlab: { engine: { imageList(): unknown[] } } }).layerlab.engine.imageList().length);
    if (images !== 50) throw new Error(`expected 50 images, found ${images}`);
    return { reload_to_prompt_ms_50_images: Math.round(median(runs)) };
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
