import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenText, typeLine, waitForScreen } from './browser';

const baseURL = inject('baseURL');
const PROMPT = 'learner@layerlab:~$';
const SHOT = process.env.LAYERLAB_VI_SCREENSHOT;

/** The row the cursor is on, as the learner sees it (the current prompt line). */
async function lastLine(page: Page): Promise<string> {
  const text = await screenText(page);
  return text.split('\n').pop() ?? '';
}

describe('the shell in the page', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(baseURL);
    await waitForScreen(page, (t) => t.includes(PROMPT));
    await page.locator('.xterm-helper-textarea').focus();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes a here-doc Dockerfile line by line with "> " continuation prompts', async () => {
    await typeLine(page, 'cat > Dockerfile <<EOF');
    await typeLine(page, 'FROM ubuntu:22.04');
    await typeLine(page, 'CMD ["bash"]');
    await typeLine(page, 'EOF');
    await typeLine(page, 'cat Dockerfile');
    await waitForScreen(page, (t) =>
      t.endsWith(`${PROMPT} cat > Dockerfile <<EOF\n> FROM ubuntu:22.04\n> CMD ["bash"]\n> EOF\n${PROMPT} cat Dockerfile\nFROM ubuntu:22.04\nCMD ["bash"]\n${PROMPT}`),
    );
  });

  it('recalls the previous command with Up and completes a path and a docker subcommand with Tab', async () => {
    await page.keyboard.press('ArrowUp');
    await waitForScreen(page, (t) => t.endsWith(`${PROMPT} cat Dockerfile`));
    await page.keyboard.press('Control+U');
    await page.keyboard.type('wc -l Dock');
    await page.keyboard.press('Tab');
    await waitForScreen(page, (t) => t.endsWith(`${PROMPT} wc -l Dockerfile`));
    await page.keyboard.press('Enter');
    await waitForScreen(page, (t) => t.endsWith(`2 Dockerfile\n${PROMPT}`));
    await page.keyboard.type('docker hist');
    await page.keyboard.press('Tab');
    await waitForScreen(page, (t) => t.endsWith(`${PROMPT} docker history`));
    await page.keyboard.type('--help');
    await page.keyboard.press('Enter');
    await waitForScreen(page, (t) => t.includes('Usage:  docker history [OPTIONS] IMAGE') && t.endsWith(PROMPT));
  });

  it('edits a file in vi: insert, Esc, :wq, and the shell screen comes back', async () => {
    await typeLine(page, 'clear');
    await waitForScreen(page, (t) => t === PROMPT);
    await typeLine(page, 'vi notes.txt');
    const blank = await waitForScreen(page, (t) => t.includes('"notes.txt" [New]'));
    const rows = blank.split('\n');
    expect(rows.length).toBeGreaterThan(10);
    // the alternate screen: text area with "~" rows, vim's last line with the ruler
    expect(rows.slice(1, -1).every((r) => r === '~')).toBe(true);
    expect(rows.at(-1)).toMatch(/^"notes\.txt" \[New\] +0,0-1 +All$/);
    await page.keyboard.press('i');
    await waitForScreen(page, (t) => /-- INSERT -- +0,1 +All$/.test(t));
    await page.keyboard.type('hello from vi');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Escape');
    const edited = await waitForScreen(page, (t) => /\n +2,11 +All$/.test(t));
    expect(edited.split('\n').slice(0, 3)).toEqual(['hello from vi', 'second line', '~']);
    if (SHOT) await page.screenshot({ path: SHOT });
    await page.keyboard.type(':wq');
    await page.keyboard.press('Enter');
    await waitForScreen(page, (t) => t === `${PROMPT} vi notes.txt\n${PROMPT}`);
    await typeLine(page, 'cat notes.txt');
    await waitForScreen(page, (t) => t.endsWith(`${PROMPT} cat notes.txt\nhello from vi\nsecond line\n${PROMPT}`));
  });

  it('interrupts a running sleep with Ctrl-C', async () => {
    await typeLine(page, 'sleep 100');
    await page.waitForTimeout(300);
    expect(await lastLine(page)).toBe(`${PROMPT} sleep 100`);
    await page.keyboard.press('Control+C');
    // "^C" shows where the cursor was, and the new prompt follows on a line of its own, as in bash.
    await waitForScreen(page, (t) => /sleep 100\n\^C\nlearner@layerlab:~\$$/.test(t), 3000);
    await typeLine(page, 'echo $?');
    await waitForScreen(page, (t) => t.endsWith(`echo $?\n130\n${PROMPT}`));
    expect(errors).toEqual([]);
  });

  it('draws underscores (container names like intelligent_ellis must not read as two words)', async () => {
    await typeLine(page, 'echo ________________');
    await waitForScreen(page, (t) => t.endsWith(`\n________________\n${PROMPT}`));
    // The output row, photographed and decoded by the page's own <img>: lit pixels mean ink.
    const row = page.locator('.xterm-rows > div', { hasText: /^_+$/ }).last();
    const box = (await row.boundingBox())!;
    const png = (await page.screenshot({ clip: { x: box.x, y: box.y, width: 100, height: box.height } })).toString('base64');
    const lit = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] > 300) n++;
      return n;
    }, png);
    expect(lit).toBeGreaterThan(50);
  });
});
