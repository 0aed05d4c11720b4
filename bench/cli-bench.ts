import { performance } from 'node:perf_hooks';
import { MemoryStore } from '../src/storage/memory-store';
import { Sandbox } from '../src/sandbox/sandbox';
import { steppingClock } from '../src/engine/clock';
import { seededRandom } from '../src/engine/random';
import type { Entry } from '../src/engine/layer/entry';
import type { ImageConfig } from '../src/engine/image/image-config';
import { ubuntuLikeBase } from './fixtures';
import { catalogFromDisk } from './catalog-from-disk';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 100) / 100;

interface Counter {
  chars: number;
  lines: number;
  write(s: string): void;
  writeBytes(b: Uint8Array): void;
}
const counter = (): Counter => ({ chars: 0, lines: 0, write(s) { this.chars += s.length; this.lines += s.split('\n').length - 1; }, writeBytes(b) { this.chars += b.length; } });

/** Times `line` through sandbox.exec (parse, the docker program, the engine, output), 5 warm-ups dropped. */
async function timeLine(sb: Sandbox, line: string, runs: number, check: (out: Counter) => void): Promise<number> {
  const ms: number[] = [];
  for (let r = 0; r < runs + 5; r++) {
    const out = counter();
    const err = counter();
    const t = performance.now();
    const status = await sb.exec(line, out, err);
    ms.push(performance.now() - t);
    if (status !== 0 || err.chars !== 0) throw new Error(`${line}: status ${status}, ${err.chars} chars on stderr`);
    check(out);
  }
  return median(ms.slice(5));
}

const config = (createdBy: string): ImageConfig => ({
  architecture: 'amd64', os: 'linux', config: { Cmd: ['/bin/sh'] },
  history: [{ created: '2026-11-24T06:00:00Z', created_by: createdBy }], rootfs: { type: 'layers', diff_ids: [] },
});

/**
 * Issue 4, through the shell (sandbox.exec, so the figure includes parsing, the docker CLI, the
 * engine and formatting, plus saving the host after the line as the page does):
 * `docker images` with 100 images, `docker ps -a` with 200 containers, `docker run --rm busybox
 * true`, and `docker save -o` of a 100 MB image.
 */
export async function cliBench(root: string): Promise<Record<string, number>> {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(4), catalog: catalogFromDisk(root), transfers: { instant: true } });
  const sink = counter();
  if ((await sb.exec('docker pull -q busybox', sink)) !== 0) throw new Error('pull busybox failed');
  // 99 small images besides busybox, each its own one-layer image with a tag.
  for (let i = 0; i < 99; i++) {
    const layer: Entry[] = [{ type: 'file', path: `/app${i}.txt`, mode: 0o644, uid: 0, gid: 0, mtime: 1_700_000_000, content: { kind: 'bytes', bytes: new TextEncoder().encode(`app ${i}\n`) } }];
    await sb.engine.imageImport([layer], { config: config(`app ${i}`), tags: [`bench/app${i}:1.${i}`] });
  }
  const images = await timeLine(sb, 'docker images', 25, (o) => {
    if (o.lines !== 101) throw new Error(`docker images printed ${o.lines} lines`);
  });

  // 200 containers: half exited (run through the engine's executor), half only created.
  for (let i = 0; i < 100; i++) if ((await sb.exec(`docker run --name ran${i} busybox true`, sink)) !== 0) throw new Error('docker run failed');
  for (let i = 0; i < 100; i++) await sb.engine.containerCreate({ image: 'busybox', name: `made${i}`, cmd: ['sleep', '3600'] });
  const ps = await timeLine(sb, 'docker ps -a', 25, (o) => {
    if (o.lines !== 201) throw new Error(`docker ps -a printed ${o.lines} lines`);
  });
  const run = await timeLine(sb, 'docker run --rm busybox true', 25, (o) => {
    if (o.chars !== 0) throw new Error('docker run --rm busybox true printed something');
  });
  const left = sb.engine.containerList({ all: true }).length;
  if (left !== 200) throw new Error(`--rm left containers behind: ${left}`);

  // A 100 MB image: a 3,000-file base of synthetic binaries plus one small layer.
  await sb.engine.imageImport([ubuntuLikeBase(3000, 100_000_000), [{ type: 'file', path: '/etc/motd', mode: 0o644, uid: 0, gid: 0, mtime: 1_700_000_000, content: { kind: 'bytes', bytes: new TextEncoder().encode('hi\n') } }]], {
    config: { ...config('base'), history: [{ created_by: 'base' }, { created_by: 'motd' }] }, tags: ['big:1'],
  });
  const saveRuns: number[] = [];
  let tarBytes = 0;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    if ((await sb.exec('docker save -o /tmp/big.tar big:1', sink)) !== 0) throw new Error('docker save failed');
    saveRuns.push(performance.now() - t);
    tarBytes = sb.hostFs.readFile('/tmp/big.tar').length;
    await sb.exec('rm /tmp/big.tar', sink);
  }
  const save = median(saveRuns);
  return {
    docker_images_100_ms: round(images),
    docker_ps_a_200_ms: round(ps),
    docker_run_rm_busybox_true_ms: round(run),
    docker_save_100mb_ms: round(save),
    docker_save_mb: round(tarBytes / 1e6),
    docker_save_mb_per_s: round(tarBytes / 1e6 / (save / 1000)),
  };
}
