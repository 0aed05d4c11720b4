import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSandbox, runPiped } from '../hub/hub-harness';
import type { OciEvent } from '../../../src/engine/registry/oci-events';

/**
 * Pushes to a registry:2 container inside the sandbox announce each layer's outcome on
 * sb.registryEvents exactly as the CLI prints it. The words and the stream's shape are the real
 * daemon's, recorded in real-push-outcomes.txt (see its first line for how).
 */
const recorded = readFileSync(join(import.meta.dirname, 'real-push-outcomes.txt'), 'utf8');
/** The stdout of the recorded command line `cmd`. */
function recordedOut(cmd: string): string[] {
  const block = recorded.split('\n$ ').find((b) => b.split('\n')[0] === cmd)!;
  return block.split('\n').filter((l) => l.startsWith('| ')).map((l) => l.slice(2));
}

/** Per layer, the last status the events carried for the push to `repository`. */
function outcomes(events: OciEvent[], repository: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of events) if (e.type === 'pushProgress' && e.repository === repository) m.set(e.id, e.status);
  return m;
}
/** Per layer, the last status the CLI printed. */
function printed(out: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of out.split('\n')) {
    const x = /^([0-9a-f]{12}): (.*)$/.exec(l);
    if (x) m.set(x[1], x[2]);
  }
  return m;
}

describe('registry events of a push to a sandbox registry', { timeout: 60_000 }, () => {
  it('carry Pushed, Mounted from and Layer already exists per layer, as the CLI prints them', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox >/dev/null\ndocker pull -q registry:2 >/dev/null\ndocker run -d -p 5000:5000 --name registry registry:2 >/dev/null', sb);
    const events: OciEvent[] = [];
    sb.registryEvents.on((e) => events.push(e));

    const first = await runPiped('docker tag busybox localhost:5000/base\ndocker push localhost:5000/base', sb);
    const [base] = sb.engine.imageGet('busybox').config.rootfs.diff_ids.map((d) => d.slice(7, 19));
    const d1 = /latest: digest: (sha256:[0-9a-f]{64})/.exec(first)![1];
    // The upload's byte counts travel too (the lane moves with them), ending at the layer's size.
    const pushing = events.filter((e) => e.type === 'pushProgress' && e.status === 'Pushing') as Array<OciEvent & { current: number; total: number }>;
    expect(pushing.length).toBeGreaterThan(1);
    expect(pushing.every((e, i) => e.current <= e.total && (i === 0 || e.current >= pushing[i - 1].current))).toBe(true);
    expect(pushing.at(-1)!.current).toBe(pushing.at(-1)!.total);
    expect(events.filter((e) => !pushing.includes(e as never))).toEqual([
      { type: 'pushStarted', registry: 'localhost:5000', repository: 'base', tag: 'latest', source: 'localhost:5000/base:latest' },
      { type: 'pushProgress', registry: 'localhost:5000', repository: 'base', id: base, status: 'Preparing', current: 0, total: 0 },
      { type: 'pushProgress', registry: 'localhost:5000', repository: 'base', id: base, status: 'Pushed', current: 0, total: 0 },
      { type: 'pushed', registry: 'localhost:5000', repository: 'base', tag: 'latest', digest: d1 },
    ]);
    expect(outcomes(events, 'base')).toEqual(printed(first));

    // A new layer on the base: the base is mounted from the repository it was pushed to.
    events.length = 0;
    const second = await runPiped('docker run --name box busybox touch /greeting\ndocker commit box localhost:5000/app:1.0 >/dev/null\ndocker push localhost:5000/app:1.0', sb);
    const top = sb.engine.imageGet('localhost:5000/app:1.0').config.rootfs.diff_ids[1].slice(7, 19);
    expect(outcomes(events, 'app')).toEqual(new Map([[top, 'Pushed'], [base, 'Mounted from base']]));
    expect(outcomes(events, 'app')).toEqual(printed(second));
    expect(events.at(-1)).toEqual({ type: 'pushed', registry: 'localhost:5000', repository: 'app', tag: '1.0', digest: /1\.0: digest: (sha256:[0-9a-f]{64})/.exec(second)![1] });
    // The real daemon's stream for the same push, its IDs, repository and digest line swapped for
    // ours; its two uploads run concurrently, so the order of their last lines is free.
    const [realBase, realTop] = ['c47614f5b224', '890bd0247c39'];
    const swap = (l: string) => l.replaceAll(realBase, base).replaceAll(realTop, top).replaceAll('evt13783/', '').replace(/^1\.0: digest: .*/, second.trim().split('\n').at(-1)!);
    const real = recordedOut('docker rm -f box >/dev/null 2>&1; docker run --name box busybox touch /greeting && docker commit box localhost:5000/evt13783/app:1.0 >/dev/null && docker push localhost:5000/evt13783/app:1.0').map(swap);
    const ours = second.trim().split('\n');
    expect(ours.slice(0, 3)).toEqual(real.slice(0, 3));
    expect(ours.slice(3, 5).sort()).toEqual(real.slice(3, 5).sort());
    expect(ours.slice(5)).toEqual(real.slice(5));

    events.length = 0;
    const third = await runPiped('docker push localhost:5000/app:1.0', sb);
    expect(third.trim().split('\n')).toEqual(recordedOut('docker push localhost:5000/evt13783/app:1.0').map(swap));
    expect(outcomes(events, 'app')).toEqual(new Map([[top, 'Layer already exists'], [base, 'Layer already exists']]));
    expect(outcomes(events, 'app')).toEqual(printed(third));
  });

  it('announce a refused push and a failed pull with the message the CLI prints', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox >/dev/null\ndocker pull -q registry:2 >/dev/null\ndocker run -d -p 5000:5000 --name registry registry:2 >/dev/null', sb);
    const events: OciEvent[] = [];
    sb.registryEvents.on((e) => events.push(e));
    const out = await runPiped('docker pull localhost:5000/nope; docker tag busybox localhost:5000/bb; docker push localhost:5000/bb >/dev/null; docker rmi -f localhost:5000/bb >/dev/null; docker pull -q localhost:5000/bb', sb);
    const real = readFileSync(join(import.meta.dirname, 'real-docker.txt'), 'utf8');
    expect(real).toContain('! Error response from daemon: manifest for localhost:5000/nope:latest not found: manifest unknown: manifest unknown');
    expect(out).toBe('Using default tag: latest\nError response from daemon: manifest for localhost:5000/nope:latest not found: manifest unknown: manifest unknown\nlocalhost:5000/bb:latest\n');
    expect(events.filter((e) => e.type === 'pullFailed' || e.type === 'pulled')).toEqual([
      { type: 'pullFailed', registry: 'localhost:5000', repository: 'nope', tag: 'latest', message: 'manifest for localhost:5000/nope:latest not found: manifest unknown: manifest unknown' },
      { type: 'pulled', registry: 'localhost:5000', repository: 'bb', tag: 'latest' },
    ]);
  });
});
