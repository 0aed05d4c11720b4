import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { Engine } from '../../../src/engine/engine';
import { LayerStore } from '../../../src/engine/stores/layer-store';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { executableContent } from '../../../src/engine/layer/executable';
import type { Entry } from '../../../src/engine/layer/entry';

/** The recordings' working directory (its path shows in one error). */
export const WORK = '/tmp/layerlab-build-transcripts';

/** A busybox-like base: the shell and the applets these builds use, as busybox's symlinks. */
export async function sandboxWithBusybox(): Promise<Sandbox> {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(3) });
  const m = { mode: 0o755, uid: 0, gid: 0, mtime: 1700000000 };
  const cs: Entry[] = [
    { ...m, path: '/bin', type: 'dir' },
    { ...m, path: '/bin/busybox', type: 'file', content: executableContent('busybox', 1979648) },
    ...['sh', 'cat', 'echo', 'ls'].map((n): Entry => ({ ...m, path: `/bin/${n}`, type: 'symlink', target: '/bin/busybox' })),
    // `USER nobody` in the recordings: the runtime resolves it in the image's passwd file, as runc
    // does. Only that entry, so owners elsewhere still print as numbers.
    { ...m, path: '/etc', type: 'dir' },
    { ...m, mode: 0o644, path: '/etc/passwd', type: 'file', content: { kind: 'bytes', bytes: new TextEncoder().encode('nobody:x:65534:65534:nobody:/home:/bin/false\n') } },
  ];
  const layer = await LayerStore.prepare(cs);
  const base = { architecture: 'amd64', os: 'linux', config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'] }, history: [], rootfs: { type: 'layers' as const, diff_ids: [] } };
  const cfg = Engine.stack(base, [{ diffId: layer.record.diffId, createdBy: '', created: '2026-11-24T05:00:00Z', comment: 'Imported from -' }]);
  await sb.engine.imageStore(cfg, [layer], ['busybox:latest']);
  // The recordings ran in this empty working directory (its path shows in one error).
  await sb.exec(`mkdir -p ${WORK} && cd ${WORK}`, { write() {} });
  return sb;
}

