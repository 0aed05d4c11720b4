import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { openSandbox, runPiped, catalogFetch } from '../../unit/hub/hub-harness';
import type { CatalogIndex } from '../../../src/engine/registry/catalog-format';
import { HubPageModel } from '../../../src/ui/hub/hub-page-model.svelte';
import { signedInUser } from '../../../src/ui/hub/signed-in-user';
import { units } from '../../../src/cli/format/units';
import HubPage from '../../../src/ui/hub/HubPage.svelte';
import type { Sandbox } from '../../../src/sandbox/sandbox';
import type { HubRoute } from '../../../src/ui/hub/hub-route';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mountHub(sb: Sandbox, route: HubRoute) {
  const target = document.createElement('div');
  document.body.appendChild(target);
  const model = new HubPageModel({ hub: sb.hub, hubEvents: sb.hubEvents, user: () => signedInUser(sb.hostFs), onCommand: (l) => sb.onCommand(l) });
  const app = mount(HubPage, { target, props: { model, route } });
  await model.refresh();
  flushSync();
  cleanup = () => {
    unmount(app);
    model.dispose();
    target.remove();
  };
  return { target, model };
}

describe('the hub page', { timeout: 60_000 }, () => {
  it('shows "not logged in" and the official images of the catalog on an empty hub', async () => {
    const sb = await openSandbox();
    const { target } = await mountHub(sb, { page: 'overview' });
    expect(text(target.querySelector('[data-hub-user]'))).toBe('Not logged in: docker login');
    const index = (await catalogFetch('index.json')) as CatalogIndex;
    expect([...target.querySelectorAll('[data-official]')].map(text)).toEqual(
      index.repositories.map((r) => `${r.name} Docker Official Image ★ ${r.stars} ${r.description} ${Object.keys(r.tags).join(' ')}`),
    );
  });

  it('shows the signed-in user, their repository, its tag with digest, size, push time and layers, live after a push', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox\ndocker tag busybox learner/app:1.0\necho pw | docker login -u learner --password-stdin', sb);
    const { target } = await mountHub(sb, { page: 'overview' });
    expect(text(target.querySelector('[data-hub-user]'))).toBe('Signed in as learner');
    expect(target.querySelector('[data-repo]')).toBeNull();

    const out = await runPiped('docker push learner/app:1.0', sb);
    const digest = /1\.0: digest: (sha256:[0-9a-f]{64})/.exec(out)![1];
    // The page re-reads the hub on its own when the push ends.
    await new Promise((r) => setTimeout(r, 50));
    flushSync();
    const hub = await sb.hub!();
    const tag = (await hub.listing('learner')).repositories[0].tags[0];
    expect(tag.digest).toBe(digest);
    expect(text(target.querySelector('[data-repo="learner/app"]'))).toBe(
      `learner/app Public 1 tag docker pull learner/app 1.0 ${digest} ${units.humanSize(tag.compressedSize)} pushed ${tag.pushed.replace('T', ' ').replace('Z', ' UTC')} ` +
        tag.layers.map((l) => `${l.digest} ${units.humanSize(l.size)}`).join(' '),
    );

    await runPiped('docker logout', sb);
    await new Promise((r) => setTimeout(r, 50));
    flushSync();
    expect(text(target.querySelector('[data-hub-user]'))).toBe('Not logged in: docker login');
    // Public: still listed, now among the other public repositories.
    expect(text(target.querySelector('[aria-label="Other public repositories"] h3'))).toBe('Other public repositories');
  });

  it('opens one repository from its route, and says so when it is not there', async () => {
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox\ndocker tag busybox learner/app\necho pw | docker login -u learner --password-stdin\ndocker push learner/app', sb);
    const { target } = await mountHub(sb, { page: 'repository', path: 'learner/app' });
    expect(target.querySelectorAll('[data-repo]').length).toBe(1);
    expect((target.querySelector('[data-tag="latest"]') as HTMLDetailsElement).open).toBe(true);
    cleanup!();
    const other = await mountHub(sb, { page: 'repository', path: 'learner/none' });
    expect(text(other.target.querySelector('[data-hub-missing]'))).toBe('There is no repository learner/none on this hub.');
  });
});
