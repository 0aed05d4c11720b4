/**
 * A learner's walk-through in Chromium, for looking at the page as users do (not a test):
 *   npx vite build && npx tsx scripts/learner-walk.mts '["docker pull ubuntu","docker images","@shot"]' name
 * types each line into the terminal and waits for the next prompt; "@shot" saves a screenshot,
 * "@wait MS" pauses, "@keys A B" presses keys. Writes /tmp/walk/<name>-<n>.png, <name>-final.png
 * and <name>.txt (the whole scrollback). WALK_ROOT serves another build; WALK_W/WALK_H size it.
 */
import { preview } from 'vite';
import { launchBrowser, typeLine } from '../test/e2e/browser';
import { mkdirSync, writeFileSync } from 'node:fs';
const script = JSON.parse(process.argv[2]) as string[];
const tag = process.argv[3] ?? 'walk';
mkdirSync('/tmp/walk', { recursive: true });
const server = await preview({ root: process.env.WALK_ROOT ?? process.cwd(), preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const addr = server.httpServer.address() as { port: number };
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(process.env.WALK_W ?? 1440), height: Number(process.env.WALK_H ?? 900) } });
await page.goto(`http://127.0.0.1:${addr.port}/`);
await page.waitForFunction(() => performance.getEntriesByName('layerlab:prompt').length > 0);
const dump = () => page.evaluate(`(() => { const b = window.layerlabXterm.buffer.active; const out = []; for (let i = 0; i < b.length; i++) out.push(b.getLine(i).translateToString(true)); return out.join('\\n').replace(/\\n+$/, ''); })()`) as Promise<string>;
let i = 0;
for (const line of script) {
  if (line.startsWith('@keys ')) { for (const k of line.slice(6).split(' ')) await page.keyboard.press(k); await page.waitForTimeout(300); continue; }
  if (line.startsWith('@wait ')) { await page.waitForTimeout(Number(line.slice(6))); continue; }
  if (line.startsWith('@shot')) { await page.screenshot({ path: `/tmp/walk/${tag}-${i++}.png` }); continue; }
  await typeLine(page, line);
  const end = Date.now() + 20000;
  // Until the last line is a prompt again ($ or #), a continuation, or a question (20 s at most).
  for (;;) {
    await page.waitForTimeout(150);
    const last = (await dump()).split('\n').pop() ?? '';
    if (/[$#]$/.test(last) || /^>$/.test(last) || /\[Y\/n\]$/.test(last) || /(Password|Username):$/.test(last)) break;
    if (Date.now() > end) break;
  }
}
await page.screenshot({ path: `/tmp/walk/${tag}-final.png` });
writeFileSync(`/tmp/walk/${tag}.txt`, await dump());
await browser.close(); server.httpServer.close();
