/**
 * `npm run repl`: the same sandbox in a terminal, in Node, in memory. With stdin piped, each
 * line runs as if typed into the page's terminal and only what programs print is shown (no
 * prompt, no echo, no colour); interactive programs read the following lines. On a TTY, the
 * page's line editor runs on the raw terminal.
 */
import { createInterface } from 'node:readline';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MemoryStore } from '../storage/memory-store';
import { Sandbox } from '../sandbox/sandbox';
import { PipeTerminal } from '../terminal/pipe-terminal';
import { LineEditor } from '../terminal/line-editor';
import { PackageSource } from '../shell/packages/package-source';

async function main(): Promise<void> {
  const catalogDir = fileURLToPath(new URL('../../public/catalog/', import.meta.url));
  const catalog = async (path: string): Promise<unknown> => JSON.parse(await readFile(catalogDir + path, 'utf8'));
  const packagesDir = fileURLToPath(new URL('../../public/packages/', import.meta.url));
  PackageSource.setFetch(async (path) => JSON.parse(await readFile(packagesDir + path, 'utf8')));
  const sandbox = await Sandbox.open({ store: new MemoryStore(), catalog });
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    const term = new PipeTerminal(lines, (s) => process.stdout.write(s));
    const status = await sandbox.runTerminal(term);
    process.exitCode = status;
    return;
  }
  const out = (s: string) => process.stdout.write(s);
  const editor = new LineEditor(out, process.stdout.columns ?? 80, process.stdout.rows ?? 24);
  let current = new AbortController();
  editor.onInterrupt(() => current.abort());
  process.stdin.setRawMode(true);
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d: string) => editor.feed(d));
  process.stdout.on('resize', () => editor.resize(process.stdout.columns, process.stdout.rows));
  const status = await sandbox.runTerminal(editor, () => (current = new AbortController()).signal);
  process.stdin.setRawMode(false);
  process.exit(status);
}

main().catch((e: unknown) => {
  process.stderr.write(`layerlab repl: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
