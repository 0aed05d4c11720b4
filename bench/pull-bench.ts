import { performance } from 'node:perf_hooks';
import { MemoryStore } from '../src/storage/memory-store';
import { Sandbox } from '../src/sandbox/sandbox';
import { steppingClock } from '../src/engine/clock';
import { seededRandom } from '../src/engine/random';
import { catalogFromDisk } from './catalog-from-disk';
import { execInPage, labPage } from './lab-page';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 100) / 100;
const LINE = 'docker pull ubuntu';

function checkPulled(status: number, output: string): void {
  if (status !== 0 || !output.includes('Status: Downloaded newer image for ubuntu:latest')) throw new Error(`${LINE} failed (${status}): ${output}`);
}

/**
 * Issue 5: `docker pull ubuntu` into an empty store, instant transfers. In Chromium: the built
 * page with `?instant`, a fresh browser context (empty IndexedDB) per run, timed inside the page
 * around window.layerlab.exec; the first pull of a page also loads the hub module and fetches
 * the catalog files, as a learner's first pull does. In Node: a fresh MemoryStore per run.
 */
export async function pullBench(root: string): Promise<Record<string, number>> {
  const node: number[] = [];
  for (let r = 0; r < 5; r++) {
    const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(5), catalog: catalogFromDisk(root), transfers: { instant: true } });
    let output = '';
    const t = performance.now();
    const status = await sb.exec(LINE, { write: (s) => void (output += s) });
    node.push(performance.now() - t);
    checkPulled(status, output);
  }
  const lab = await labPage(root);
  const page: number[] = [];
  try {
    for (let r = 0; r < 5; r++) {
      const p = await lab.open();
      const [res] = await execInPage(p, [LINE]);
      checkPulled(res.status, res.output);
      page.push(res.ms);
      await p.context().close();
    }
  } finally {
    await lab.close();
  }
  return { pull_ubuntu_node_ms: round(median(node.slice(1))), pull_ubuntu_chromium_idb_ms: round(median(page)), pull_ubuntu_chromium_idb_ms_max: round(Math.max(...page)) };
}
