import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { PipeTerminal } from '../../../src/terminal/pipe-terminal';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import type { Terminal } from '../../../src/shell/process';

/** The committed catalog (public/catalog/), read as the page fetches it. */
export const CATALOG_DIR = process.env.LAYERLAB_CATALOG_DIR ?? join(import.meta.dirname, '../../../public/catalog');
export const catalogFetch = async (path: string): Promise<unknown> => JSON.parse(await readFile(join(CATALOG_DIR, path), 'utf8'));
export const catalogPresent = existsSync(join(CATALOG_DIR, 'index.json'));

export function openSandbox(): Promise<Sandbox> {
  return Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(7), catalog: catalogFetch, transfers: { instant: true } });
}

async function* lines(text: string) {
  for (const l of text.split('\n')) yield l;
}

/** A script through the sandbox as the piped REPL runs it: the non-terminal output form. */
export async function runPiped(script: string, sandbox?: Sandbox): Promise<string> {
  const sb = sandbox ?? (await openSandbox());
  let out = '';
  await sb.runTerminal(new PipeTerminal(lines(script), (s) => (out += s)));
  return out;
}

/** An interactive terminal of `columns` that records the raw byte stream; input lines are fed in order. */
export function recordingTerminal(input: string[], columns = 120): Terminal & { raw: string } {
  const queue = [...input];
  const t = {
    raw: '',
    columns,
    rows: 40,
    interactive: true,
    write(s: string) { t.raw += s; },
    async readLine(prompt: string) { t.raw += prompt; const l = queue.shift(); if (l !== undefined) t.raw += l + '\n'; return l ?? null; },
    async readKey() { return null; },
    async readSecret(prompt: string) { t.raw += prompt + '\n'; return queue.shift() ?? null; },
  };
  return t;
}
