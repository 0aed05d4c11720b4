import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from '../src/storage/memory-store';
import { Sandbox } from '../src/sandbox/sandbox';
import { steppingClock } from '../src/engine/clock';
import { seededRandom } from '../src/engine/random';
import { startRegistry } from '../test/unit/oci-registry/local-registry';

const round = (x: number) => Math.round(x * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sink = { write: () => undefined };

/**
 * Push of a 2-layer image (busybox + one committed layer) from the sandbox to the real CNCF
 * registry on loopback, next to `skopeo copy` of the same image (our docker save) into the same
 * registry. Each run goes to a fresh repository so every blob is uploaded (registry HEADs are
 * per repository). Skipped, with a reason, when docker-registry or skopeo is missing.
 */
export async function registryPushBench(root: string): Promise<Record<string, number | string>> {
  try {
    execFileSync('sh', ['-c', 'command -v docker-registry && command -v skopeo'], { stdio: 'ignore' });
  } catch {
    return { registryPush: 'skipped: docker-registry or skopeo not installed' };
  }
  const catalog = async (p: string) => JSON.parse(await readFile(join(root, 'public/catalog', p), 'utf8'));
  const reg = await startRegistry();
  const dir = mkdtempSync(join(tmpdir(), 'layerlab-bench-'));
  try {
    const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(3), catalog, transfers: { instant: true } });
    await sb.exec('docker pull -q busybox', sink, sink);
    await sb.exec("docker run --name box busybox sh -c 'seq 1 20000 > /numbers'", sink, sink);
    await sb.exec(`docker commit box ${reg.host}/bench/two:1`, sink, sink);
    await sb.exec(`docker save -o /tmp/two.tar ${reg.host}/bench/two:1`, sink, sink);
    writeFileSync(join(dir, 'two.tar'), sb.hostFs.readFile('/tmp/two.tar'));
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let r = 0; r < 5; r++) {
      await sb.exec(`docker tag ${reg.host}/bench/two:1 ${reg.host}/ours${r}/two:1`, sink, sink);
      let t = performance.now();
      const status = await sb.exec(`docker push -q ${reg.host}/ours${r}/two:1`, sink, sink);
      if (status !== 0) throw new Error(`sandbox push failed (${status})`);
      ours.push(performance.now() - t);
      t = performance.now();
      execFileSync('skopeo', ['copy', '-q', '--dest-tls-verify=false', `docker-archive:${join(dir, 'two.tar')}`, `docker://${reg.host}/skopeo${r}/two:1`], { stdio: 'ignore' });
      theirs.push(performance.now() - t);
    }
    const a = median(ours);
    const b = median(theirs);
    return { registryPushSandboxMs: round(a), registryPushSkopeoMs: round(b), registryPushRatio: round(a / b) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await reg.stop();
  }
}
