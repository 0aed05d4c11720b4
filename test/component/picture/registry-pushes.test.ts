import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { openSandbox, runPiped } from '../../unit/hub/hub-harness';
import { freePort, startRegistry, type LocalRegistry } from '../../unit/oci-registry/local-registry';
import RemoteRegistryBlock from '../../../src/ui/picture/RemoteRegistryBlock.svelte';
import type { Sandbox } from '../../../src/sandbox/sandbox';
import { mountRegistryArea } from './mount-registry-area';

/**
 * Pushes and pulls on registries other than the hub, as the registries area draws them: a
 * registry:2 container in the sandbox, the real CNCF registry on this machine reached through
 * fetch (a class registry), and a registry nothing answers. The per-layer words come from the
 * CLI's own output in the same run, so the area and the terminal must agree.
 */
let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});
let real: LocalRegistry;
beforeAll(async () => {
  real = await startRegistry();
});
afterAll(async () => {
  await real?.stop();
});

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) {
    await new Promise((r) => setTimeout(r, 20));
    flushSync();
  }
  flushSync();
};

function mountArea(sb: Sandbox, reduced = true) {
  const r = mountRegistryArea(sb, reduced);
  cleanup = r.destroy;
  return r;
}

/** Each lane as "<id> <status>", top first, as drawn. */
const lanes = (t: HTMLElement) => [...t.querySelectorAll('[data-push-layer]')].map((l) => `${l.getAttribute('data-push-layer')} ${text(l.querySelector('.status'))}`);
/** The per-layer outcomes the CLI printed (Preparing lines dropped), sorted: the CLI prints them as they finish, the lanes stand in stack order. */
const printed = (out: string) => out.split('\n').filter((l) => /^[0-9a-f]{12}: /.test(l) && !l.endsWith(': Preparing')).map((l) => l.replace(': ', ' ')).sort();
const drawn = (t: HTMLElement) => lanes(t).sort();
const remote = (t: HTMLElement, host: string) => t.querySelector(`[data-remote-registry="${host}"]`);
const repos = (el: Element | null) => [...(el?.querySelectorAll('[data-remote-repo]') ?? [])].map(text);

describe('pushes to other registries in the registries area', { timeout: 60_000 }, () => {
  it('draws a push to a sandbox registry with Pushed, Mounted from and Layer already exists, as the CLI printed them', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox >/dev/null\ndocker pull -q registry:2 >/dev/null\ndocker run -d -p 5000:5000 --name registry registry:2 >/dev/null\ndocker run --name box busybox touch /greeting\ndocker commit box localhost:5000/app:1.0 >/dev/null\ndocker tag busybox localhost:5000/base', sb);
    const { target } = mountArea(sb);
    const [base, top] = sb.engine.imageGet('localhost:5000/app:1.0').config.rootfs.diff_ids.map((d) => d.slice(7, 19));

    const first = await runPiped('docker push localhost:5000/base', sb);
    await until(() => target.querySelector('[data-push]')?.getAttribute('data-state') === 'pushed');
    expect(drawn(target)).toEqual(printed(first));
    expect(lanes(target)).toEqual([`${base} Pushed`]);

    const second = await runPiped('docker push localhost:5000/app:1.0', sb);
    await until(() => target.querySelector('[data-push="app"]')?.getAttribute('data-state') === 'pushed');
    expect(drawn(target)).toEqual(printed(second));
    expect(lanes(target)).toEqual([`${top} Pushed`, `${base} Mounted from base`]);
    const push = target.querySelector('[data-push]')!;
    expect(push.getAttribute('data-push-registry')).toBe('localhost:5000');
    expect(text(push.querySelector('.route'))).toBe('local→localhost:5000/app:1.0');
    // No page to go to on a plain registry: the digest is text, not a link.
    const digest = /1\.0: digest: (sha256:[0-9a-f]{64})/.exec(second)![1];
    expect(text(push.querySelector('.done'))).toBe(`1.0: digest: ${digest.slice(0, 19)}…`);
    expect(push.querySelector('.done a')).toBeNull();
    expect([...push.querySelectorAll('.block')].map((b) => b.className.replace(/svelte-\S+/g, '').trim())).toEqual(['block pushed', 'block mounted']);

    const third = await runPiped('docker push localhost:5000/app:1.0', sb);
    await until(() => lanes(target)[0]?.endsWith('Layer already exists'));
    expect(drawn(target)).toEqual(printed(third));
    expect(lanes(target)).toEqual([`${top} Layer already exists`, `${base} Layer already exists`]);
    expect([...push.querySelectorAll('[data-push-layer]')].map((l) => l.getAttribute('aria-label'))).toEqual([`Layer ${top}: Layer already exists`, `Layer ${base}: Layer already exists`]);

    // The registry container is drawn once, as the sandbox's, not again as one outside.
    await until(() => target.querySelectorAll('[data-local-repo]').length === 2);
    expect([...target.querySelectorAll('[data-local-repo]')].map(text)).toEqual(['app 1.0', 'base latest']);
    expect(target.querySelector('[data-remote-registry]')).toBeNull();
  });

  it('draws a pull from a sandbox registry coming down into the local stack, each layer with the last word the CLI printed for it', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox >/dev/null\ndocker pull -q registry:2 >/dev/null\ndocker run -d -p 5000:5000 --name registry registry:2 >/dev/null\ndocker run --name box busybox touch /greeting\ndocker commit box localhost:5000/app:1.0 >/dev/null\ndocker push localhost:5000/app:1.0 >/dev/null\ndocker rmi localhost:5000/app:1.0 >/dev/null', sb);
    const { target } = mountArea(sb);
    const out = await runPiped('docker pull localhost:5000/app:1.0', sb);
    await until(() => target.querySelector('[data-pull="app"]')?.getAttribute('data-state') === 'pulled');
    // The CLI's last line per layer, in the order it first named them (base first).
    const last = new Map<string, string>();
    for (const l of out.split('\n')) {
      const x = /^([0-9a-f]{12}): (.*)$/.exec(l);
      if (x) last.set(x[1], x[2]);
    }
    expect([...last.values()]).toEqual(['Already exists', 'Pull complete']);
    expect(lanes(target)).toEqual([...last].reverse().map(([id, st]) => `${id} ${st}`));
    const pull = target.querySelector('[data-pull="app"]')!;
    expect(text(pull.querySelector('.route'))).toBe('local←localhost:5000/app:1.0');
    expect(pull.getAttribute('aria-label')).toBe('Pull of localhost:5000/app:1.0: pulled');
    expect(text(pull.querySelector('.done'))).toBe('pulled localhost:5000/app:1.0');
    // Both blocks have landed on the local side.
    expect([...pull.querySelectorAll<HTMLElement>('.block')].map((b) => b.style.left)).toEqual(['calc(0 * (100% - 7.5rem))', 'calc(0 * (100% - 7.5rem))']);

    const failed = await runPiped('docker pull localhost:5000/nope', sb);
    await until(() => target.querySelector('[data-pull="nope"]')?.getAttribute('data-state') === 'failed');
    expect(failed).toBe('Using default tag: latest\nError response from daemon: manifest for localhost:5000/nope:latest not found: manifest unknown: manifest unknown\n');
    expect(text(target.querySelector('.failed'))).toBe('pull failed: manifest for localhost:5000/nope:latest not found: manifest unknown: manifest unknown');
  });

  it('draws a real registry outside the sandbox with its catalog and what this session pushed and pulled', async () => {
    // Someone else (the teacher) already pushed class/base there.
    const teacher = await openSandbox();
    await runPiped(`docker pull -q busybox >/dev/null\ndocker tag busybox ${real.host}/class/base:v1\ndocker push ${real.host}/class/base:v1 >/dev/null`, teacher);

    const sb = await openSandbox();
    await runPiped('docker pull -q busybox >/dev/null', sb);
    const { target, model } = mountArea(sb);
    expect(model.active).toBe(false);
    const pull = await runPiped(`docker pull -q ${real.host}/class/base:v1`, sb);
    expect(pull).toBe(`${real.host}/class/base:v1\n`);
    await until(() => remote(target, real.host)?.getAttribute('data-listing') === 'listed');
    const block = remote(target, real.host)!;
    expect(text(block.querySelector('h4'))).toBe(`${real.host} outside the sandbox`);
    expect(text(block.querySelector('.note'))).toBe('catalog: 1 repository');
    expect(repos(block)).toEqual(['class/base v1']);

    const out = await runPiped(`docker tag busybox ${real.host}/me/app\ndocker push ${real.host}/me/app`, sb);
    await until(() => text(remote(target, real.host)?.querySelector('.note') ?? null) === 'catalog: 2 repositories');
    expect(drawn(target)).toEqual(printed(out));
    expect(lanes(target)).toHaveLength(1);
    expect(text(remote(target, real.host)!.querySelector('.note'))).toBe('catalog: 2 repositories');
    expect(repos(remote(target, real.host))).toEqual(['class/base v1', 'me/app latest']);
    expect(remote(target, real.host)!.getAttribute('aria-label')).toBe(`${real.host}, a registry outside the sandbox: catalog: 2 repositories`);
    expect([...remote(target, real.host)!.querySelectorAll('[data-remote-repo]')].map((l) => l.getAttribute('aria-label'))).toEqual(['Repository class/base, tags v1', 'Repository me/app, tags latest']);
  });

  it('says plainly when a registry the learner talked to is not reachable, and marks the failed push', async () => {
    const P = await freePort();
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox >/dev/null', sb);
    const { target } = mountArea(sb);
    const out = await runPiped(`docker tag busybox localhost:${P}/x\ndocker push localhost:${P}/x`, sb);
    // The CLI's own words (recorded in test/unit/oci-registry/real-docker.txt for this case).
    expect(out).toBe(`Using default tag: latest\nThe push refers to repository [localhost:${P}/x]\nGet "http://localhost:${P}/v2/": dial tcp 127.0.0.1:${P}: connect: connection refused\n`);
    await until(() => remote(target, `localhost:${P}`)?.getAttribute('data-listing') === 'unreachable');
    expect(target.querySelector('[data-push]')!.getAttribute('data-state')).toBe('failed');
    expect(text(target.querySelector('.failed'))).toBe(`push failed: Get "http://localhost:${P}/v2/": dial tcp 127.0.0.1:${P}: connect: connection refused`);
    const block = remote(target, `localhost:${P}`)!;
    expect(text(block.querySelector('.note'))).toBe(`not reachable from this page (Get "http://localhost:${P}/v2/_catalog?n=100": dial tcp 127.0.0.1:${P}: connect: connection refused); a real registry must allow this page's origin (CORS)`);
    expect(repos(block)).toEqual([]);
    expect(text(block.querySelector('.empty'))).toBe('no repositories known');

    // A reset sandbox has talked to no registry.
    await sb.reset();
    flushSync();
    expect(target.querySelector('[data-remote-registry]')).toBeNull();
    expect(target.querySelector('[data-push]')).toBeNull();
  });

  it('shows what the session pushed when a registry keeps its catalog closed', () => {
    // A class registry behind auth answers an anonymous catalog request 401 (distribution's
    // errcode UNAUTHORIZED, "authentication required", worded as docker prints it).
    const target = document.createElement('div');
    document.body.appendChild(target);
    const reg = { host: 'registry.example.edu', known: [{ name: 'me/app', tags: ['1.0'] }], listing: { state: 'refused' as const, message: 'unauthorized: authentication required' } };
    const app = mount(RemoteRegistryBlock, { target, props: { reg } });
    flushSync();
    cleanup = () => {
      unmount(app);
      target.remove();
    };
    const block = remote(target, 'registry.example.edu')!;
    expect(block.getAttribute('data-listing')).toBe('refused');
    expect(text(block.querySelector('.note'))).toBe('its catalog is not open to this page (unauthorized: authentication required); shown: what this session pushed and pulled');
    expect(repos(block)).toEqual(['me/app 1.0']);
  });

  it('keeps many registries in one scrolling area, each with a text alternative, and moves layers only without reduced motion', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox >/dev/null', sb);
    const { target, model, motion } = mountArea(sb, false);
    // Thirty class registries on loopback addresses where nothing listens (refused at once).
    const P = await freePort();
    const host = (i: number) => `127.0.0.${i + 2}:${P}`;
    for (let i = 0; i < 30; i++) sb.registryEvents.emit({ type: 'pulled', registry: host(i), repository: `r${i}`, tag: 'latest' });
    await until(() => target.querySelectorAll('[data-remote-registry][data-listing="unreachable"]').length === 30);
    expect(model.outside.map((r) => r.host)).toEqual(Array.from({ length: 30 }, (_, i) => host(i)));
    expect(repos(remote(target, host(29)))).toEqual(['r29 latest']);
    for (const el of target.querySelectorAll('[data-remote-registry], [data-remote-repo]')) expect(el.getAttribute('aria-label')).toBeTruthy();

    const [base] = sb.engine.imageGet('busybox').config.rootfs.diff_ids.map((d) => d.slice(7, 19));
    sb.registryEvents.emit({ type: 'pushStarted', registry: host(0), repository: 'r0', tag: 'latest', source: 'busybox' });
    sb.registryEvents.emit({ type: 'pushProgress', registry: host(0), repository: 'r0', id: base, status: 'Pushing', current: 1, total: 2 });
    flushSync();
    const block = () => target.querySelector<HTMLElement>(`[data-push-layer="${base}"] .block`)!;
    expect(block().style.left).toBe('calc(0.5 * (100% - 7.5rem))');
    expect(block().style.transitionDuration).toBe('250ms');
    // Drawn already arrived (an instant registry), a block still sets out from the local side.
    expect([block().style.animationDuration, block().style.animationDelay]).toEqual(['700ms', '0ms']);
    motion.forceReduced = true;
    flushSync();
    expect(block().style.transitionDuration).toBe('0ms');
    expect(block().style.animationDuration).toBe('0ms');
  });
});
