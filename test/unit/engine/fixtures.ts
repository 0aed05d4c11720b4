import type { Changeset, Entry } from '../../../src/engine/layer/entry';
import { Engine } from '../../../src/engine/engine';
import { MemoryStore } from '../../../src/storage/memory-store';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { EMPTY_IMAGE } from '../../../src/engine/image/mutate';
import { DEFAULT_PATH } from '../../../src/engine/image/image-config';
import type { Executor } from '../../../src/engine/executor';
import type { Store } from '../../../src/storage/store';

const enc = new TextEncoder();
export const T0 = 1_700_000_000;

export const dir = (path: string, mode = 0o755): Entry => ({ type: 'dir', path, mode, uid: 0, gid: 0, mtime: T0 });
export const file = (path: string, text: string, mode = 0o644): Entry => ({
  type: 'file', path, mode, uid: 0, gid: 0, mtime: T0, content: { kind: 'bytes', bytes: enc.encode(text) },
});

/** A tiny two-layer base image, as a pulled one would be (no local parent). */
export const BASE_LAYERS: Changeset[] = [
  [dir('/bin'), file('/bin/sh', '#!fake shell\n', 0o755), dir('/etc'), file('/etc/os-release', 'ID=tiny\n'), dir('/tmp', 0o1777)],
  [dir('/etc'), file('/etc/motd', 'welcome\n')],
];

export async function openEngine(o: { store?: Store; executor?: Executor } = {}): Promise<Engine> {
  return Engine.open({
    store: o.store ?? new MemoryStore(),
    clock: steppingClock('2026-11-24T06:00:00Z', 1000),
    random: seededRandom(42),
    executor: o.executor,
  });
}

export async function importBase(engine: Engine, tags = ['tiny:latest']): Promise<string> {
  const config = {
    ...EMPTY_IMAGE,
    created: '2026-01-01T00:00:00Z',
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/sh'] },
    history: [
      { created: '2026-01-01T00:00:00Z', created_by: '/bin/sh -c #(nop) ADD file:0123456789abcdef in / ' },
      { created: '2026-01-01T00:00:00Z', created_by: '/bin/sh -c echo welcome > /etc/motd' },
      { created: '2026-01-01T00:00:00Z', created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', empty_layer: true },
    ],
  };
  // imageImport appends history per layer itself only through Engine.stack; here the history is given whole.
  const { LayerStore } = await import('../../../src/engine/stores/layer-store');
  const prepared = await Promise.all(BASE_LAYERS.map((l) => LayerStore.prepare(l)));
  return engine.imageStore({ ...config, rootfs: { type: 'layers', diff_ids: prepared.map((p) => p.record.diffId) } }, prepared, tags);
}
