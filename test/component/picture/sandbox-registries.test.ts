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

// The page's own path: images come from the committed catalog by docker pull.
async function sandboxWith(...images: string[]): Promise<Sandbox> {
  const sb = await openSandbox();
  await runPiped(images.map((i) => `docker pull -q ${i} > /dev/null`).join('\n'), sb);
  return sb;
}
const piped = (sb: Sandbox, script: string) => runPiped(script, sb);

function mountArea(sb: Sandbox) {
  const r = mountRegistryArea(sb, true, false);
  cleanup = r.destroy;
  return r;
}

const registries = (target: HTMLElement) =>
  [...target.querySelectorAll('[data-sandbox-registry]')].map((r) => [r.getAttribute('data-sandbox-registry'), ...[...r.querySelectorAll('[data-local-repo]')].map((li) => `${text(li.querySelector('.name'))}: ${[...li.querySelectorAll('.tag')].map(text).join(' ')}`)]);

describe('sandbox registries in the registries area', { timeout: 60_000 }, () => {
  it('lists a running registry:2 as localhost:<port> with the repositories and tags pushed to it, and drops it once stopped', async () => {
    const sb = await sandboxWith('registry:2', 'busybox');
    const { target, model } = mountArea(sb);
    expect(model.active).toBe(false);

    await piped(sb, 'docker run -d -p 5000:5000 --name registry registry:2 > /dev/null');
    await tick();
    // distribution creates its repositories directory at the first push, not at start.
    expect(registries(target)).toEqual([]);

    await piped(sb, ['docker tag busybox localhost:5000/bb', 'docker tag busybox localhost:5000/team/tools:1.0', 'docker push localhost:5000/bb > /dev/null', 'docker push localhost:5000/team/tools:1.0 > /dev/null', 'docker tag busybox localhost:5000/bb:v2', 'docker push localhost:5000/bb:v2 > /dev/null'].join('\n'));
    await tick();
    expect(registries(target)).toEqual([['localhost:5000', 'bb: latest v2', 'team/tools: 1.0']]);
    expect(text(target.querySelector('[data-sandbox-registry] h4'))).toBe('localhost:5000 container registry');
    expect(model.active).toBe(true);
    expect([...target.querySelectorAll('[data-local-repo]')].map((r) => r.getAttribute('data-local-repo'))).toEqual(['bb', 'team/tools']);
    // The sandbox registry agrees with what the Distribution API serves.
    expect(await piped(sb, 'curl -s localhost:5000/v2/_catalog')).toBe('{"repositories":["bb","team/tools"]}\n');

    await piped(sb, 'docker stop registry > /dev/null');
    await tick();
    expect(registries(target)).toEqual([]);
    expect(model.active).toBe(false);
  });

  it('ignores running containers that publish a port but keep no registry storage', async () => {
    const sb = await sandboxWith('registry:2', 'busybox');
    const { target } = mountArea(sb);
    await piped(sb, 'docker run -d -p 8080:80 --name web busybox sleep 1000 > /dev/null\ndocker run -d --name quiet registry:2 > /dev/null');
    await tick();
    expect(registries(target)).toEqual([]);
  });
});
