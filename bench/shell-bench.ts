import { performance } from 'node:perf_hooks';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/e2e/browser';
import { MemoryStore } from '../src/storage/memory-store';
import { Sandbox } from '../src/sandbox/sandbox';
import { Shell } from '../src/shell/shell';
import { steppingClock } from '../src/engine/clock';
import { seededRandom } from '../src/engine/random';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 100) / 100;

/**
 * `ls -l` of a 2,000-entry directory through the host shell (parse, PATH lookup, the ls
 * program, its formatting), output discarded. Saving the host after the command is not timed.
 */
export async function lsLong(): Promise<Record<string, number>> {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(3) });
  const fs = sb.hostFs;
  fs.mkdir('/home/learner/big');
  const bytes = new TextEncoder().encode('x\n');
  for (let i = 0; i < 2000; i++) fs.writeFile(`/home/learner/big/file-${String(i).padStart(4, '0')}.txt`, bytes);
  const shell = new Shell({ fs, programs: sb.programs, env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/home/learner' }, cwd: '/home/learner', name: 'bash' });
  let bytesOut = 0;
  const out = { write: (s: string) => void (bytesOut += s.length) };
  const runs: number[] = [];
  for (let r = 0; r < 25; r++) {
    bytesOut = 0;
    const t0 = performance.now();
    const st = await shell.run('ls -l big', { stdout: out, stderr: out });
    runs.push(performance.now() - t0);
    if (st !== 0 || bytesOut < 2000 * 40) throw new Error(`ls -l failed: status ${st}, ${bytesOut} chars`);
  }
  return { ls_l_2000_entries_ms: round(median(runs.slice(5))) };
}

/**
 * Keystroke-to-echo in Chromium, for each of 200 typed characters, from the keydown event
 * (caught on window before xterm's handler) to:
 * - the echo parsed into xterm's buffer (keystroke_to_buffer): the line editor, the shell and
 *   xterm's parser; xterm writes user input synchronously, so this is all our code adds;
 * - the character in xterm's DOM rows (keystroke_echo, a MutationObserver on .xterm-rows):
 *   xterm's DOM renderer draws on the next animation frame, so this follows the display's
 *   frame clock, shown beside it as keystroke_next_frame (an empty requestAnimationFrame).
 */
export async function keystrokeEcho(root: string): Promise<Record<string, number>> {
  const server = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  const addr = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('layerlab:prompt').length > 0);
    // A string, not a function: tsx's esbuild would wrap named functions in a helper the page lacks.
    await page.evaluate(`(() => {
      const rows = document.querySelector('.xterm-rows');
      const b = window.__echo = { samples: [], frames: [], parsed: [], pending: null, typed: '' };
      const xterm = window.layerlabXterm;
      const cursorLine = () => { const buf = xterm.buffer.active; return buf.getLine(buf.baseY + buf.cursorY)?.translateToString(true) ?? ''; };
      // The part the shell and line editor own: keydown to the echo parsed into xterm's buffer.
      xterm.onWriteParsed(() => {
        if (b.pending && b.pending.parsed === undefined && cursorLine().includes(b.pending.want)) b.pending.parsed = performance.now() - b.pending.t0;
      });
      const text = () => rows.textContent.replace(/\\u00a0/g, ' ');
      // On window, capturing: before xterm's own handler, which echoes synchronously.
      window.addEventListener('keydown', (e) => {
        if (e.key.length !== 1 || e.ctrlKey) return;
        b.typed += e.key;
        const t0 = performance.now();
        b.pending = { t0, want: '$ ' + b.typed };
        // The floor for any DOM-rendered xterm: it draws on the next animation frame.
        requestAnimationFrame(() => b.frames.push(performance.now() - t0));
      }, true);
      new MutationObserver(() => {
        if (b.pending && text().includes(b.pending.want)) {
          b.samples.push(performance.now() - b.pending.t0);
          b.parsed.push(b.pending.parsed ?? NaN);
          b.pending = null;
        }
      }).observe(rows, { childList: true, subtree: true, characterData: true });
    })()`);
    await page.locator('.xterm-helper-textarea').focus();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < 200; i++) {
      if (i % 40 === 0 && i > 0) {
        await page.keyboard.press('Control+U');
        await page.evaluate(() => void ((window as unknown as { __echo: { typed: string } }).__echo.typed = ''));
      }
      await page.keyboard.press(letters[i % 26]);
      await page.waitForFunction(() => (window as unknown as { __echo: { pending: unknown } }).__echo.pending === null);
    }
    const { samples, frames, parsed } = await page.evaluate(() => (window as unknown as { __echo: { samples: number[]; frames: number[]; parsed: number[] } }).__echo);
    if (samples.length !== 200) throw new Error(`measured ${samples.length} of 200 keystrokes`);
    const sorted = [...samples].sort((a, b) => a - b);
    return { keystroke_echo_ms_median: round(median(samples)), keystroke_echo_ms_p90: round(sorted[Math.floor(sorted.length * 0.9)]), keystroke_next_frame_ms_median: round(median(frames)), keystroke_to_buffer_ms_median: round(median(parsed.filter((x) => x !== null && !Number.isNaN(x)))), keystroke_to_buffer_samples: parsed.filter((x) => x !== null && !Number.isNaN(x)).length };
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
