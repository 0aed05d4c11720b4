import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import type { Changeset } from '../../../src/engine/layer/entry';
import { mountPicture, openSandbox, storeImage } from './fixtures';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

const T0 = 1_700_000_000;
const layer = (name: string): Changeset => [{ type: 'file', path: `/${name}`, mode: 0o644, uid: 0, gid: 0, mtime: T0, content: { kind: 'bytes', bytes: new TextEncoder().encode(name) } }];

describe('the picture at scale (issue 9: 50 images and 200 containers without jank)', () => {
  it('draws only the bands in view, and an event redraws only its own image', async () => {
    const sb = await openSandbox();
    const ids: string[] = [];
    // 50 images on 50 distinct bases: 50 bands, far more than one pane shows.
    for (let i = 0; i < 50; i++) ids.push(await storeImage(sb.engine, [layer(`base${i}`), layer(`app${i}`)], [`base ${i}`, `app ${i}`], [`img${i}:latest`]));
    for (let i = 0; i < 200; i++) await sb.engine.containerCreate({ image: `img${i % 50}`, name: `c${i}` });
    const p = mountPicture(sb.engine);
    cleanup = p.destroy;
    flushSync();

    const bands = () => Array.from(p.target.querySelectorAll('.forest > .node'));
    const tagsDrawn = () => Array.from(p.target.querySelectorAll('.tag')).map((t) => t.textContent!.trim());
    // happy-dom lays nothing out: the window is its 480px default, bands guessed at 96px + 10px gap,
    // so 5 bands are in view and 2 more below are drawn ahead of scrolling.
    expect(bands().length).toBe(7);
    expect(tagsDrawn()).toEqual(['img0:latest', 'img1:latest', 'img2:latest', 'img3:latest', 'img4:latest', 'img5:latest', 'img6:latest']);
    // Spacers keep the scrollbar honest for the 43 bands not drawn.
    expect((p.target.querySelector('.forest') as HTMLElement).style.paddingBottom).toBe(`${43 * 106}px`);
    // The container list is virtualized too: 200 containers, a screenful of rows.
    expect(p.target.querySelectorAll('[aria-label="Containers"] [role="listitem"]').length).toBeLessThan(20);

    // Scrolling moves the window: the first bands leave the DOM, later ones arrive.
    const win = p.target.querySelector('.window') as HTMLElement;
    win.scrollTop = 20 * 106;
    win.dispatchEvent(new Event('scroll'));
    flushSync();
    expect(tagsDrawn()).toEqual(['img18:latest', 'img19:latest', 'img20:latest', 'img21:latest', 'img22:latest', 'img23:latest', 'img24:latest', 'img25:latest', 'img26:latest']);
    win.scrollTop = 0;
    win.dispatchEvent(new Event('scroll'));
    flushSync();
    // Let the drawn containers' change counts (read lazily from their filesystems) land first.
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    flushSync();

    // A tag on img1 touches img1's top and nothing else: every other element keeps its identity
    // and no mutation lands outside img1's band.
    const before = new Map(bands().map((b) => [(b as HTMLElement).dataset.key, b]));
    const img1Band = bands()[1];
    const mutated: Node[] = [];
    const obs = new MutationObserver((records) => records.forEach((r) => mutated.push(r.target)));
    obs.observe(p.target.querySelector('.forest')!, { subtree: true, childList: true, characterData: true, attributes: true });
    await sb.engine.imageTag(ids[1], 'me/one:v1');
    flushSync();
    await new Promise((r) => setTimeout(r, 0));
    const records = obs.takeRecords();
    records.forEach((r) => mutated.push(r.target));
    obs.disconnect();
    expect(tagsDrawn().slice(0, 4)).toEqual(['img0:latest', 'img1:latest', 'me/one:v1', 'img2:latest']);
    expect(mutated.length).toBeGreaterThan(0);
    expect(mutated.filter((n) => !img1Band.contains(n))).toEqual([]);
    for (const b of bands()) expect(b).toBe(before.get((b as HTMLElement).dataset.key));
  });
});
