import { describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import PicturePane from '../../../src/ui/picture/PicturePane.svelte';
import { contrastRatio, palette, TEXT_PAIRS } from '../../../src/ui/picture/palette';
import { openSandbox, sh, tinyBase } from './fixtures';

describe('the picture pane', () => {
  it('subscribes once while shown and disposes its subscription on unmount', async () => {
    const sb = await openSandbox();
    await tinyBase(sb.engine);
    const before = sb.engine.listenerCount;
    const target = document.createElement('div');
    document.body.appendChild(target);
    const app = mount(PicturePane, { target, props: { engine: sb.engine, reducedMotion: true } });
    flushSync();
    expect(sb.engine.listenerCount).toBe(before + 1);
    // Hiding and showing keeps the one model (and its one subscription).
    (target.querySelector('button[aria-label="Hide the picture"]') as HTMLElement).click();
    flushSync();
    expect(target.querySelector('.layer')).toBeNull();
    (target.querySelector('button[aria-label="Show the picture of images and layers"]') as HTMLElement).click();
    flushSync();
    expect(target.querySelectorAll('.layer').length).toBe(2);
    expect(sb.engine.listenerCount).toBe(before + 1);
    await sh(sb, 'docker tag tiny again');
    flushSync();
    expect(Array.from(target.querySelectorAll('.tag')).map((t) => t.textContent)).toEqual(['tiny:latest', 'again:latest']);
    unmount(app);
    expect(sb.engine.listenerCount).toBe(before);
    target.remove();
  });

  it('resizes from the keyboard on its separator', async () => {
    const sb = await openSandbox();
    const target = document.createElement('div');
    document.body.appendChild(target);
    const app = mount(PicturePane, { target, props: { engine: sb.engine, reducedMotion: true } });
    flushSync();
    const sep = target.querySelector('[role="separator"]') as HTMLElement;
    expect(sep.getAttribute('aria-valuenow')).toBe('440');
    sep.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    flushSync();
    expect(sep.getAttribute('aria-valuenow')).toBe('460');
    expect((target.querySelector('aside.pane') as HTMLElement).style.width).toBe('460px');
    unmount(app);
    target.remove();
  });

  it('uses colours that meet WCAG AA (4.5:1) for every text/background pair it draws', () => {
    const failing = TEXT_PAIRS.filter(([fg, bg]) => contrastRatio(palette[fg], palette[bg]) < 4.5);
    expect(failing).toEqual([]);
    // The formula itself: black on white is 21:1, and the muted grey on the page is what it claims.
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio(palette.muted, palette.page)).toBeGreaterThan(7);
  });
});
