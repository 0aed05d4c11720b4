import { describe, expect, it } from 'vitest';
import { openSandbox, runPiped } from '../hub/hub-harness';
import { registryServer } from '../../../src/engine/registry/registry-server';
import { registryLookup } from '../../../src/lessons/registry-lookup';
import { evaluateCheck, type CheckContext } from '../../../src/lessons/evaluate-check';
import type { Check } from '../../../src/lessons/lesson-schema';
import type { Sandbox } from '../../../src/sandbox/sandbox';

const check = (c: Omit<Extract<Check, { check: 'registry' }>, 'id' | 'check'>): Check => ({ id: 'r', check: 'registry', ...c });
const ctx = (sb: Sandbox): CheckContext => ({ engine: sb.engine, hostFs: sb.hostFs, registry: registryLookup(sb) });

describe('the registry check over the sandbox hub', () => {
  it('finds the image ID the hub holds under a reference: official, pushed, private, missing', async () => {
    const sb = await openSandbox();
    const look = registryLookup(sb);
    await runPiped('docker pull -q busybox > /dev/null\ndocker tag busybox learner/mybox:1.0', sb);
    const busybox = sb.engine.imageGet('busybox').id;
    expect(busybox).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The official image on the hub is the one that was pulled from it.
    expect(await look('hub', 'busybox')).toBe(busybox);
    expect(await look('hub', 'learner/mybox:1.0')).toBeUndefined();
    expect(await evaluateCheck(check({ ref: 'learner/mybox:1.0', sameAs: 'busybox' }), ctx(sb))).toEqual({
      ok: false,
      why: { en: 'tagged, but not pushed to hub yet', 'zh-CN': '已打标签, 但还没有推送到 hub' },
    });

    await runPiped('docker login -u learner -p secret > /dev/null 2>&1\ndocker push learner/mybox:1.0 > /dev/null', sb);
    expect(await look('hub', 'learner/mybox:1.0')).toBe(busybox);
    expect(await look('docker.io', 'docker.io/learner/mybox:1.0')).toBe(busybox);
    // A tag the repository does not have, and a hub reference asked of another registry.
    expect(await look('hub', 'learner/mybox:2.0')).toBeUndefined();
    expect(await look('localhost:5000', 'learner/mybox:1.0')).toBeUndefined();
    expect(await evaluateCheck(check({ ref: 'learner/mybox:1.0', sameAs: 'busybox' }), ctx(sb))).toEqual({ ok: true });

    // Another image under the same tag: the hub's copy is no longer the local one.
    await runPiped('docker run --name box busybox touch /x\ndocker commit box learner/mybox:1.0 > /dev/null\ndocker tag busybox other', sb);
    expect(await evaluateCheck(check({ ref: 'learner/mybox:1.0', sameAs: 'learner/mybox:1.0' }), ctx(sb))).toEqual({
      ok: false,
      why: { en: 'hub has a different image under learner/mybox:1.0 than learner/mybox:1.0', 'zh-CN': 'hub 上的 learner/mybox:1.0 与 learner/mybox:1.0 不是同一个镜像' },
    });
    expect(await evaluateCheck(check({ ref: 'learner/mybox:1.0', sameAs: 'other' }), ctx(sb))).toEqual({ ok: true });

    // Made private, the repository still holds the image (the check is not a passer-by).
    await runPiped('docker logout > /dev/null', sb);
    const hub = await sb.hub!();
    await hub.setPrivate({ username: 'learner', password: 'secret' }, 'learner/mybox', true);
    expect(await look('hub', 'learner/mybox:1.0')).toBe(busybox);
    expect(await look('hub', 'not a reference')).toBeUndefined();
  });

  it('reads a registry container on the sandbox network (localhost:5000), and nothing once it stops', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox > /dev/null\ndocker run -d -p 5000:5000 --name registry busybox sleep 100000 > /dev/null', sb);
    const c = sb.engine.containerGet('registry');
    let n = 0;
    // The registry:2 program's server, put on the container's port as the program will.
    sb.engine.network.listen(c.id, 5000, registryServer(await sb.engine.containerFs('registry'), () => `u${++n}`));
    const look = registryLookup(sb);
    expect(await look('localhost:5000', 'localhost:5000/busybox:latest')).toBeUndefined();
    await runPiped('docker tag busybox localhost:5000/busybox\ndocker push localhost:5000/busybox > /dev/null', sb);
    const id = sb.engine.imageGet('busybox').id;
    expect(await look('localhost:5000', 'localhost:5000/busybox:latest')).toBe(id);
    expect(await look('localhost:5000', 'localhost:5000/busybox:nope')).toBeUndefined();
    expect(await look('hub', 'localhost:5000/busybox:latest')).toBeUndefined();
    expect(await evaluateCheck(check({ registry: 'localhost:5000', ref: 'localhost:5000/busybox', sameAs: 'busybox' }), ctx(sb))).toEqual({ ok: true });
    await runPiped('docker stop registry > /dev/null', sb);
    expect(await look('localhost:5000', 'localhost:5000/busybox:latest')).toBeUndefined();
  });
});
