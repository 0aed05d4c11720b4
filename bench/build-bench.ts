import { performance } from 'node:perf_hooks';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MemoryStore } from '../src/storage/memory-store';
import { PackageSource } from '../src/shell/packages/package-source';
import { Sandbox } from '../src/sandbox/sandbox';
import { steppingClock } from '../src/engine/clock';
import { seededRandom } from '../src/engine/random';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 100) / 100;
const sink = { write: () => undefined };

/**
 * docker build through the shell (BuildKit output, not a terminal, instant transfers): a
 * 10-instruction Dockerfile rebuilt with every step cached, and a cold FROM ubuntu + apt-get
 * install vim (the pull of ubuntu included).
 */
export async function buildBench(root: string): Promise<Record<string, number>> {
  const catalog = async (p: string) => JSON.parse(await readFile(join(root, 'public/catalog', p), 'utf8'));
  // Node has no page to fetch the package database from: read it from public/packages.
  PackageSource.setFetch(async (p) => JSON.parse(await readFile(join(root, 'public/packages', p), 'utf8')));
  const open = () => Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(3), catalog, transfers: { instant: true } });
  const sb = await open();
  await sb.exec('mkdir -p /tmp/b && cd /tmp/b && echo hi > a.txt', sink);
  const df = ['FROM busybox', 'WORKDIR /app', 'COPY a.txt .', 'RUN echo one > /one', 'ENV A=1', 'LABEL v=1', 'RUN echo two > /two', 'EXPOSE 80', 'USER nobody', 'CMD ["cat", "a.txt"]'];
  await sb.exec(`printf '${df.join('\\n')}\\n' > Dockerfile`, sink);
  await sb.exec('docker build -t ten .', sink, sink);
  const runs: number[] = [];
  for (let r = 0; r < 15; r++) {
    const t0 = performance.now();
    await sb.exec('docker build -t ten .', sink, sink);
    runs.push(performance.now() - t0);
  }
  const cold: number[] = [];
  for (let r = 0; r < 3; r++) {
    const s = await open();
    await s.exec(`mkdir -p /tmp/v && cd /tmp/v && printf 'FROM ubuntu\\nRUN apt-get update && apt-get install -y vim\\n' > Dockerfile`, sink);
    let code = 0;
    const t0 = performance.now();
    code = await s.exec('docker build -t vim .', sink, sink);
    cold.push(performance.now() - t0);
    if (code !== 0) break;
  }
  if (cold.length === 3) return { buildCachedTenStepsMs: round(median(runs)), buildColdUbuntuVimMs: round(median(cold)) };
  // apt-get not usable in the image yet: the same cold build with a RUN that writes files instead.
  const alt: number[] = [];
  for (let r = 0; r < 3; r++) {
    const s = await open();
    await s.exec(`mkdir -p /tmp/v && cd /tmp/v && printf 'FROM ubuntu\\nRUN mkdir -p /opt/x && echo a > /opt/x/a && cp -r /etc /opt/x/etc\\n' > Dockerfile`, sink);
    const t0 = performance.now();
    await s.exec('docker build -t vim .', sink, sink);
    alt.push(performance.now() - t0);
  }
  return { buildCachedTenStepsMs: round(median(runs)), buildColdUbuntuRunWritesMs: round(median(alt)) };
}
