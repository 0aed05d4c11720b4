import { performance } from 'node:perf_hooks';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MemoryStore } from '../src/storage/memory-store';
import { Sandbox } from '../src/sandbox/sandbox';
import { steppingClock } from '../src/engine/clock';
import { seededRandom } from '../src/engine/random';
import { PackageSource } from '../src/shell/packages/package-source';
import { catalogFromDisk } from './catalog-from-disk';
import { execInPage, labPage } from './lab-page';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 100) / 100;

/** A fresh ubuntu container installs vim (the lists are empty in the image, so update first), then is committed. */
const lines = (i: number) => [
  `docker run --name vim${i} ubuntu sh -c 'apt-get update && apt-get install -y vim'`,
  `docker commit vim${i} me/vim:${i}`,
];

function check(res: Array<{ line: string; status: number; output: string }>): void {
  for (const r of res) if (r.status !== 0) throw new Error(`${r.line}: status ${r.status}\n${r.output}`);
  if (!/Setting up vim /.test(res[0].output)) throw new Error(`vim was not installed:\n${res[0].output}`);
}

/**
 * Issue 6: `apt-get install -y vim` in a fresh ubuntu container, then `docker commit`, ubuntu
 * already pulled. The first run of a page also fetches the package database and loads the
 * package-manager chunk (reported apart); the others are warm, each in a new container.
 * Node: a MemoryStore and public/packages read from disk. Chromium: the built page, ?instant.
 */
export async function packagesBench(root: string): Promise<Record<string, number>> {
  PackageSource.setFetch(async (p) => JSON.parse(await readFile(join(root, 'public/packages', p), 'utf8')));
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(6), catalog: catalogFromDisk(root), transfers: { instant: true } });
  if ((await sb.exec('docker pull -q ubuntu', { write: () => undefined })) !== 0) throw new Error('pull ubuntu failed');
  const node: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res: Array<{ line: string; status: number; output: string }> = [];
    const t = performance.now();
    for (const line of lines(i)) {
      let output = '';
      const status = await sb.exec(line, { write: (s) => void (output += s) });
      res.push({ line, status, output });
    }
    node.push(performance.now() - t);
    check(res);
  }
  const lab = await labPage(root);
  const page: number[] = [];
  let first = 0;
  try {
    const p = await lab.open();
    check((await execInPage(p, ['docker pull -q ubuntu'])).map((r) => ({ ...r, output: 'Setting up vim ' })));
    for (let i = 0; i < 6; i++) {
      const res = await execInPage(p, lines(i));
      check(res);
      const ms = res.reduce((n, r) => n + r.ms, 0);
      if (i === 0) first = ms;
      else page.push(ms);
    }
  } finally {
    await lab.close();
  }
  return {
    apt_install_vim_commit_node_ms: round(median(node.slice(1))),
    apt_install_vim_commit_chromium_ms: round(median(page)),
    apt_install_vim_commit_chromium_first_ms: round(first),
  };
}
