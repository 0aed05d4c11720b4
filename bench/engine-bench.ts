import { performance } from 'node:perf_hooks';
import { Engine } from '../src/engine/engine';
import { MemoryStore } from '../src/storage/memory-store';
import { steppingClock } from '../src/engine/clock';
import { seededRandom } from '../src/engine/random';
import { UnionView } from '../src/engine/fs/union-view';
import { layerTarBytes } from '../src/engine/layer/layer-tar';
import { sha256Hex } from '../src/engine/digest';
import { entrySize } from '../src/storage/estimate-size';
import { TABLES } from '../src/storage/store';
import type { Changeset, Entry } from '../src/engine/layer/entry';
import { ubuntuLikeBase } from './fixtures';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function openEngine(store = new MemoryStore()) {
  return Engine.open({ store, clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(1) });
}

/** Lookup cost must not grow with the number of layers (one merged index per stack). */
export function unionLookup(): Record<string, number> {
  const total = 12_800;
  const build = (layers: number): Changeset[] => {
    const out: Entry[][] = Array.from({ length: layers }, () => []);
    for (let i = 0; i < total; i++) {
      const l = out[i % layers];
      const dir = `/d${i % 50}`;
      if (!l.some((e) => e.path === dir)) l.push({ type: 'dir', path: dir, mode: 0o755, uid: 0, gid: 0, mtime: 0 });
      l.push({ type: 'file', path: `${dir}/f${i}`, mode: 0o644, uid: 0, gid: 0, mtime: 0, content: { kind: 'synthetic', size: 10, seed: `${i}` } });
    }
    return out.map((l) => l.sort((a, b) => (a.path < b.path ? -1 : 1)));
  };
  const paths = Array.from({ length: 200_000 }, (_, i) => { const n = (i * 7919) % total; return `/d${n % 50}/f${n}`; });
  const time = (view: UnionView) => {
    const runs: number[] = [];
    for (let r = 0; r < 7; r++) {
      const t = performance.now();
      let hit = 0;
      for (const p of paths) if (view.get(p)) hit++;
      runs.push(((performance.now() - t) * 1e6) / paths.length);
      if (hit !== paths.length) throw new Error('lookup missed');
    }
    return median(runs);
  };
  const one = time(new UnionView(build(1)));
  const many = time(new UnionView(build(128)));
  return { union_lookup_ns_1_layer: round(one), union_lookup_ns_128_layers: round(many), union_lookup_ratio_128_vs_1: round(many / one, 2) };
}

/** docker commit of a container with 5,000 changed files / 20 MB, next to raw sha256 of the same tar. */
export async function commitBench(): Promise<Record<string, number>> {
  const runs: number[] = [];
  let rawRuns: number[] = [];
  let mb = 0;
  for (let r = 0; r < 5; r++) {
    const engine = await openEngine();
    await engine.imageImport([ubuntuLikeBase(300, 5_000_000)], { config: { architecture: 'amd64', os: 'linux', config: { Cmd: ['/bin/sh'] }, history: [{ created_by: 'base' }], rootfs: { type: 'layers', diff_ids: [] } }, tags: ['base'] });
    const c = await engine.containerCreate({ image: 'base', name: 'box' });
    const fs = await engine.containerFs(c.id);
    fs.mkdir('/work');
    for (let i = 0; i < 5000; i++) {
      if (i % 100 === 0) fs.mkdir(`/work/d${i / 100}`);
      fs.writeFile(`/work/d${Math.floor(i / 100)}/f${i}`, { kind: 'synthetic', size: 4000, seed: `w${i}` });
    }
    const t = performance.now();
    await engine.containerCommit(c.id, { reference: 'big' });
    runs.push(performance.now() - t);
    const tar = layerTarBytes(fs.upper());
    mb = tar.length / 1e6;
    const t2 = performance.now();
    await sha256Hex(tar);
    rawRuns.push(performance.now() - t2);
  }
  const ms = median(runs);
  const rawMs = median(rawRuns);
  rawRuns = [];
  return {
    commit_5000_files_20mb_ms: round(ms),
    commit_mb_per_s: round(mb / (ms / 1000)),
    raw_sha256_mb_per_s: round(mb / (rawMs / 1000)),
    commit_vs_raw_sha256: round(mb / (ms / 1000) / (mb / (rawMs / 1000)), 2),
  };
}

/** Stored bytes for 20 images sharing one base: layers are stored once, never copied. */
export async function sharedBaseBytes(): Promise<Record<string, number>> {
  const store = new MemoryStore();
  const engine = await openEngine(store);
  await engine.imageImport([ubuntuLikeBase()], { config: { architecture: 'amd64', os: 'linux', config: { Cmd: ['/bin/bash'] }, history: [{ created_by: 'base' }], rootfs: { type: 'layers', diff_ids: [] } }, tags: ['base'] });
  const baseBytes = await storedBytes(store);
  let deltas = 0;
  for (let i = 0; i < 20; i++) {
    const c = await engine.containerCreate({ image: 'base' });
    const fs = await engine.containerFs(c.id);
    fs.writeFile(`/app-${i}.txt`, new TextEncoder().encode(`image ${i}\n`.repeat(100)));
    const before = await storedBytes(store);
    await engine.containerCommit(c.id, { reference: `app${i}` });
    await engine.containerRemove(c.id);
    deltas += (await storedBytes(store)) - before;
  }
  const total = await storedBytes(store);
  return { idb_bytes_base: baseBytes, idb_bytes_20_images: total, idb_bytes_ratio_vs_base_plus_deltas: round(total / (baseBytes + deltas), 3) };
}

async function storedBytes(store: MemoryStore): Promise<number> {
  let n = 0;
  for (const t of TABLES) for (const [k, v] of await store.getAll(t)) n += entrySize(k, v);
  return n;
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
