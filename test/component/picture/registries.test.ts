import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { openSandbox, runPiped } from '../../unit/hub/hub-harness';
import type { Sandbox } from '../../../src/sandbox/sandbox';
import { mountRegistryArea } from './mount-registry-area';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tick = async () => {
  await new Promise((r) => setTimeout(r, 30));
  flushSync();
};

function mountArea(sb: Sandbox) {
  const r = mountRegistryArea(sb, true, false);
  cleanup = r.destroy;
  return r;
}

const lanes = (target: HTMLElement) => [...target.querySelectorAll('[data-push-layer]')].map((l) => `${l.getAttribute('data-push-layer')} ${text(l)}`);

describe('the registries area of the picture', { timeout: 60_000 }, () => {
  it('draws each layer of a push with the daemon status, then the repository and its tag on the hub', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox\ndocker run --name box busybox touch /greeting\ndocker commit box learner/app >/dev/null\necho pw | docker login -u learner --password-stdin >/dev/null 2>&1', sb);
    const [base, top] = sb.engine.imageGet('learner/app').config.rootfs.diff_ids.map((d) => d.slice(7, 19));
    const { target } = mountArea(sb);
    const out = await runPiped('docker push learner/app', sb);
    const digest = /latest: digest: (sha256:[0-9a-f]{64})/.exec(out)![1];
    await tick();
    expect(target.querySelector('[data-push]')!.getAttribute('data-state')).toBe('pushed');
    // Top first, as the terminal lists them; the base was mounted from the official image.
    expect(lanes(target)).toEqual([`${top} ${top} Pushed`, `${base} ${base} Mounted from library/busybox`]);
    expect(text(target.querySelector('.done'))).toBe(`latest: digest: ${digest.slice(0, 19)}…`);
    expect([...target.querySelectorAll('[data-registry-repo]')].map(text)).toEqual(['learner/app latest']);

    // Pushing the same tag again: both layers already exist.
    await runPiped('docker push learner/app', sb);
    await tick();
    expect(lanes(target)).toEqual([`${top} ${top} Layer already exists`, `${base} ${base} Layer already exists`]);
  });

  it('moves a layer across while it is pushing, and marks a refused push as failed', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox\ndocker tag busybox learner/app', sb);
    const [base] = sb.engine.imageGet('learner/app').config.rootfs.diff_ids.map((d) => d.slice(7, 19));
    const { target } = mountArea(sb);
    sb.hubEvents.emit({ type: 'pushStarted', repository: 'learner/app', tag: 'latest', source: 'docker.io/learner/app:latest' });
    sb.hubEvents.emit({ type: 'pushProgress', repository: 'learner/app', id: base, status: 'Preparing', current: 0, total: 0 });
    flushSync();
    const block = () => target.querySelector<HTMLElement>(`[data-push-layer="${base}"] .block`)!;
    expect(block().style.left).toBe('calc(0 * (100% - 7.5rem))');
    sb.hubEvents.emit({ type: 'pushProgress', repository: 'learner/app', id: base, status: 'Pushing', current: 1_000_000, total: 2_000_000 });
    flushSync();
    expect(lanes(target)).toEqual([`${base} ${base} Pushing 1MB/2MB`]);
    expect(block().style.left).toBe('calc(0.5 * (100% - 7.5rem))');

    // Not logged in: the real push is denied after Preparing.
    await runPiped('docker push learner/app', sb);
    await tick();
    expect(target.querySelector('[data-push]')!.getAttribute('data-state')).toBe('failed');
    expect(lanes(target)).toEqual([`${base} ${base} Preparing`]);
    expect(text(target.querySelector('.failed'))).toBe('push failed');
  });
});
