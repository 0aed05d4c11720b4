import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, typeLine, waitForScreen } from './browser';

const baseURL = inject('baseURL');
const PROMPT = 'learner@layerlab:~$';
const lastPrompt = (t: string) => t.trimEnd().endsWith(PROMPT);

describe('files between the sandbox and the computer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('docker save -o offers a download; the downloaded tar uploaded back loads with docker load -i', async () => {
    const page = await browser.newPage({ viewport: { width: 1500, height: 860 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseURL);
    await waitForScreen(page, (t) => t.includes(PROMPT));

    await typeLine(page, 'docker pull hello-world');
    await waitForScreen(page, (t) => t.includes('docker.io/library/hello-world:latest') && lastPrompt(t), 30_000);
    await typeLine(page, 'docker save -o hello.tar hello-world');
    const toast = page.getByRole('status').filter({ hasText: '~/hello.tar written' });
    await toast.waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), toast.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('hello.tar');
    const file = join(mkdtempSync(join(tmpdir(), 'layerlab-dl-')), 'hello.tar');
    await download.saveAs(file);
    // A tar as docker save writes it: manifest.json and the OCI layout's index.json are in it.
    const text = readFileSync(file).toString('latin1');
    expect(text).toContain('manifest.json');
    expect(text).toContain('index.json');

    await typeLine(page, 'clear; rm hello.tar; docker rmi hello-world > /dev/null; docker images -q | wc -l');
    await waitForScreen(page, (t) => /^0\n/m.test(t) && lastPrompt(t));
    await page.getByTestId('upload-input').setInputFiles(file);
    await page.getByRole('status').filter({ hasText: 'Uploaded to ~/hello.tar' }).waitFor();
    await typeLine(page, 'docker load -i hello.tar');
    await waitForScreen(page, (t) => t.includes('Loaded image: hello-world:latest') && lastPrompt(t));

    // A tar in the format other tools write (skopeo's docker-archive: Docker's pre-v25 layout,
    // no OCI index) uploads and loads the same way.
    const other = join(mkdtempSync(join(tmpdir(), 'layerlab-ul-')), 'other.tar');
    execFileSync('skopeo', ['copy', '-q', `docker-archive:${file}`, `docker-archive:${other}:myhello:real`], { timeout: 60_000 });
    await page.getByTestId('upload-input').setInputFiles(other);
    await page.getByRole('status').filter({ hasText: 'Uploaded to ~/other.tar' }).waitFor();
    await typeLine(page, 'docker load -i other.tar');
    await waitForScreen(page, (t) => t.includes('Loaded image: myhello:real') && lastPrompt(t));
    expect(errors).toEqual([]);
    await page.close();
  });
});
