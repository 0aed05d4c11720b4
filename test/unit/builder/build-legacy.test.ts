import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { Engine } from '../../../src/engine/engine';
import { LayerStore } from '../../../src/engine/stores/layer-store';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { executableContent } from '../../../src/engine/layer/executable';
import type { Entry } from '../../../src/engine/layer/entry';
import { parseTranscript } from '../../transcripts/parse-transcript';
import { createNormalizeContext, normalizeOutput } from '../../transcripts/normalize';

/** A busybox-like base: the shell and the applets these builds use, as busybox's symlinks. */
async function sandboxWithBusybox(): Promise<Sandbox> {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(3) });
  const m = { mode: 0o755, uid: 0, gid: 0, mtime: 1700000000 };
  const cs: Entry[] = [
    { ...m, path: '/bin', type: 'dir' },
    { ...m, path: '/bin/busybox', type: 'file', content: executableContent('busybox', 1979648) },
    ...['sh', 'cat', 'echo', 'ls'].map((n): Entry => ({ ...m, path: `/bin/${n}`, type: 'symlink', target: '/bin/busybox' })),
  ];
  const layer = await LayerStore.prepare(cs);
  const base = { architecture: 'amd64', os: 'linux', config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'] }, history: [], rootfs: { type: 'layers' as const, diff_ids: [] } };
  const cfg = Engine.stack(base, [{ diffId: layer.record.diffId, createdBy: '', created: '2026-11-24T05:00:00Z', comment: 'Imported from -' }]);
  await sb.engine.imageStore(cfg, [layer], ['busybox:latest']);
  // The recordings ran in an empty working directory.
  await sb.exec('mkdir -p /tmp/work && cd /tmp/work', { write() {} });
  return sb;
}

// The 20.10 daemon's wording where v28 differs (reference §8), and its host's network warning.
const toV28 = (s: string) => s
  .split('\n').filter((l) => !l.includes('IPv4 forwarding is disabled')).join('\n')
  .replace(/^Removing intermediate container (\w+)$/gm, ' ---> Removed intermediate container $1');

async function replay(file: string, steps: number[]) {
  const t = parseTranscript(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'));
  const sb = await sandboxWithBusybox();
  const ctxR = createNormalizeContext();
  const ctxO = createNormalizeContext();
  for (const [i, step] of t.steps.entries()) {
    let out = '';
    let err = '';
    const exit = await sb.exec(step.cmd, { write: (s) => (out += s) }, { write: (s) => (err += s) });
    if (!steps.includes(i)) continue;
    expect({ i, out: normalizeOutput(out, ctxO), err: normalizeOutput(err, ctxO), exit })
      .toEqual({ i, out: normalizeOutput(toV28(step.stdout), ctxR), err: normalizeOutput(toV28(step.stderr), ctxR), exit: step.exit });
  }
}

describe('docker build with DOCKER_BUILDKIT=0 (replayed from the real engine)', () => {
  it('builds, rebuilds from cache, prints -q', async () => {
    await replay('build-legacy-basic.txt', [1, 2, 5, 6]);
  });
  it('seed 003: CMD ["-l"] then ENTRYPOINT ["ls"], untagged', async () => {
    const t = parseTranscript(readFileSync(new URL('./fixtures/build-legacy-seeds.txt', import.meta.url), 'utf8'));
    expect(t.steps[4].cmd).toContain('docker build .');
    await replay('build-legacy-seeds.txt', [1, 4]);
  });
});
