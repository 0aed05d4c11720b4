import { describe, expect, it } from 'vitest';
import { openSandbox, runPiped } from './hub-harness';
import type { HubEvent } from '../../../src/engine/registry/hub-events';
import type { CatalogIndex } from '../../../src/engine/registry/catalog-format';
import { catalogFetch } from './hub-harness';

const short = (d: string) => d.replace(/^sha256:/, '').slice(0, 12);

describe('hub events and the hub listing', { timeout: 60_000 }, () => {
  it('a login, a refused push, a push and a repeated push announce themselves; the listing shows the tag', async () => {
    const sb = await openSandbox();
    const events: HubEvent[] = [];
    sb.hubEvents.on((e) => events.push(e));
    await runPiped('docker pull -q ubuntu\ndocker run --name box ubuntu touch /greeting\ndocker commit box learner/app >/dev/null', sb);
    const [base, top] = sb.engine.imageGet('learner/app').config.rootfs.diff_ids.map(short);
    events.length = 0;

    await runPiped('docker push learner/app\necho learner-pw | docker login -u learner --password-stdin >/dev/null 2>&1\ndocker push learner/app', sb);
    const hub = await sb.hub!();
    const digest = (await hub.repo('learner/app'))!.tags.latest;
    const progress = (id: string, status: string) => ({ type: 'pushProgress', repository: 'learner/app', id, status, current: 0, total: 0 });
    const withoutByteCounts = events.filter((e) => !(e.type === 'pushProgress' && e.status === 'Pushing'));
    expect(withoutByteCounts).toEqual([
      { type: 'pushStarted', repository: 'learner/app', tag: 'latest', source: 'docker.io/learner/app:latest' },
      progress(top, 'Preparing'),
      progress(base, 'Preparing'),
      { type: 'pushFailed', repository: 'learner/app', tag: 'latest' },
      { type: 'login', username: 'learner' },
      { type: 'pushStarted', repository: 'learner/app', tag: 'latest', source: 'docker.io/learner/app:latest' },
      progress(top, 'Preparing'),
      progress(base, 'Preparing'),
      progress(base, 'Mounted from library/ubuntu'),
      progress(top, 'Pushed'),
      { type: 'pushed', repository: 'learner/app', tag: 'latest', digest },
    ]);
    const pushing = events.filter((e) => e.type === 'pushProgress' && e.status === 'Pushing');
    expect(pushing.length).toBeGreaterThan(0);
    expect(pushing.every((e) => e.type === 'pushProgress' && e.id === top && e.total > 0 && e.current <= e.total)).toBe(true);

    const listing = await hub.listing('learner');
    const manifest = JSON.parse(new TextDecoder().decode(((await hub.blob(digest)) as { bytes: Uint8Array }).bytes)) as { layers: Array<{ digest: string; size: number }> };
    expect(listing.repositories).toEqual([
      {
        path: 'learner/app',
        owner: 'learner',
        private: false,
        tags: [{ tag: 'latest', digest, compressedSize: manifest.layers[0].size + manifest.layers[1].size, layers: manifest.layers.map((l) => ({ digest: l.digest, size: l.size })), pushed: expect.stringMatching(/^2026-11-24T06:\d\d:\d\dZ$/) }],
      },
    ]);
    const index = (await catalogFetch('index.json')) as CatalogIndex;
    expect(listing.official).toEqual(index.repositories.map((r) => ({ name: r.name, description: r.description, stars: r.stars, tags: Object.keys(r.tags) })));

    // Private repositories are listed to their owner only.
    await hub.setPrivate({ username: 'learner', password: 'learner-pw' }, 'learner/app', true);
    expect(events.at(-1)).toEqual({ type: 'repositoryChanged', repository: 'learner/app' });
    expect((await hub.listing('someone', { official: false })).repositories).toEqual([]);
    expect((await hub.listing('learner', { official: false })).repositories.map((r) => [r.path, r.private])).toEqual([['learner/app', true]]);
  });
});
