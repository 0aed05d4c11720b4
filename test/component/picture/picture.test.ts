import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { mountPicture, openSandbox, outline, sh, short, tinyBase } from './fixtures';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe('the picture of images, layers and containers', () => {
  it('draws an empty sandbox as an invitation', async () => {
    const sb = await openSandbox();
    const p = mountPicture(sb.engine);
    cleanup = p.destroy;
    expect(p.target.querySelector('.stacks')!.textContent!.trim()).toBe('No images yet. Try docker pull or docker import.');
  });

  it('grows live through run and commit: the writable layer, then a new layer on the shared base', async () => {
    const sb = await openSandbox();
    const base = await tinyBase(sb.engine);
    const p = mountPicture(sb.engine);
    cleanup = p.destroy;
    const [l1, l2] = sb.engine.imageGet(base).config.rootfs.diff_ids.map(short);
    expect(outline(p.target)).toBe([`${l1} 122kB ADD file:0123456789abcdef in /`, `  ${l2} 8B RUN echo welcome > /etc/motd`, '    [tiny:latest]'].join('\n'));

    await sh(sb, "docker run --name box tiny sh -c 'echo hi > /hi.txt'");
    flushSync();
    await new Promise((r) => setTimeout(r, 0)); // the change count is read from the container's filesystem
    flushSync();
    expect(outline(p.target)).toBe([`${l1} 122kB ADD file:0123456789abcdef in /`, `  ${l2} 8B RUN echo welcome > /etc/motd`, '    [tiny:latest]', '    ~ box exited 1 changed'].join('\n'));

    const id = (await sh(sb, 'docker commit box me/app')).trim();
    flushSync();
    const l3 = short(sb.engine.imageGet(id).config.rootfs.diff_ids[2]);
    expect(outline(p.target)).toBe([
      `${l1} 122kB ADD file:0123456789abcdef in /`,
      `  ${l2} 8B RUN echo welcome > /etc/motd`,
      '    [tiny:latest]',
      '    ~ box exited 1 changed',
      `    ${l3} 3B sh -c echo hi > /hi.txt`,
      '      [me/app:latest]',
    ].join('\n'));
    // The base block is one element under both stacks, and the new layer came from the container.
    expect(p.target.querySelectorAll(`[data-layer="${l2}"]`).length).toBe(1);
    expect(p.target.querySelector(`[data-layer="${l2}"]`)!.classList.contains('shared')).toBe(true);
    expect(p.target.querySelector(`[data-layer="${l3}"]`)!.classList.contains('committed')).toBe(true);
    expect(p.target.querySelector(`[data-layer="${l2}"]`)!.getAttribute('aria-label')).toBe(`Layer 2 ${l2}, 8B, made by RUN echo welcome > /etc/motd, shared by several images. Explore its files.`);
  });

  it('marks dangling images, moves tags, and prunes only the layers nobody stands on after rmi', async () => {
    const sb = await openSandbox();
    const base = await tinyBase(sb.engine);
    await sh(sb, "docker run --name ca tiny sh -c 'echo 1 > /one'");
    await sh(sb, 'docker commit ca me/app');
    await sh(sb, 'docker rm ca');
    const p = mountPicture(sb.engine);
    cleanup = p.destroy;
    await sh(sb, "docker run --name cb tiny sh -c 'echo 2 > /two'");
    await sh(sb, 'docker commit cb me/app'); // the tag moves: the first me/app is now <none>
    await sh(sb, 'docker rm cb');
    await sh(sb, 'docker tag tiny tiny:v1');
    flushSync();
    const [l1, l2] = sb.engine.imageGet(base).config.rootfs.diff_ids.map(short);
    const first = sb.engine.imageList().find((i) => i.repoTags.length === 0)!;
    const second = sb.engine.imageGet('me/app');
    const [a3, b3] = [first.id, second.id].map((i) => short(sb.engine.imageGet(i).config.rootfs.diff_ids[2]));
    expect(outline(p.target)).toBe([
      `${l1} 122kB ADD file:0123456789abcdef in /`,
      `  ${l2} 8B RUN echo welcome > /etc/motd`,
      '    [tiny:latest tiny:v1]',
      `    ${a3} 2B sh -c echo 1 > /one`,
      `      [<none>:<none> ${short(first.id)}]`,
      `    ${b3} 2B sh -c echo 2 > /two`,
      '      [me/app:latest]',
    ].join('\n'));
    expect(p.target.querySelector('.tag.dangling')!.getAttribute('title')).toBe('A dangling image: no repository or tag points at it');

    await sh(sb, `docker rmi ${short(first.id)}`);
    await sh(sb, 'docker rmi tiny:v1');
    flushSync();
    expect(outline(p.target)).toBe([
      `${l1} 122kB ADD file:0123456789abcdef in /`,
      `  ${l2} 8B RUN echo welcome > /etc/motd`,
      '    [tiny:latest]',
      `    ${b3} 2B sh -c echo 2 > /two`,
      '      [me/app:latest]',
    ].join('\n'));
    expect(p.target.querySelectorAll('.layer').length).toBe(3);
  });

  it('describes the picture in words for screen readers', async () => {
    const sb = await openSandbox();
    await tinyBase(sb.engine);
    await sh(sb, "docker run --name box tiny sh -c 'echo hi > /hi.txt'");
    const id = (await sh(sb, 'docker commit box me/app')).trim();
    const p = mountPicture(sb.engine);
    cleanup = p.destroy;
    const items = Array.from(p.target.querySelectorAll('.sr-only li')).map((li) => li.textContent);
    expect(p.target.querySelector('.sr-only p')!.textContent).toBe('2 images, 1 containers.');
    expect(items).toEqual(['Image tiny:latest: 2 layers, 122kB, 2 shared with other images, 1 container.', 'Image me/app:latest: 3 layers, 122kB, 2 shared with other images.']);
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('shows running and exited containers, a few per stack, and all of them in the virtualized list', async () => {
    const sb = await openSandbox();
    await tinyBase(sb.engine);
    const p = mountPicture(sb.engine);
    cleanup = p.destroy;
    for (let i = 0; i < 30; i++) await sb.engine.containerCreate({ image: 'tiny', name: `c${i}` });
    flushSync();
    const top = p.target.querySelector('.top')!;
    expect(Array.from(top.querySelectorAll('.writable .name')).map((e) => e.textContent)).toEqual(['c29', 'c28', 'c27']);
    expect(top.querySelector('.more')!.textContent).toBe('+27 more containers');
    const rows = p.target.querySelectorAll('.containers [role="listitem"]');
    // 30 rows of 22px in a 120px viewport: the rows in view plus the overscan, not all 30.
    expect(rows.length).toBeLessThan(30);
    // The image as docker ps names it: as it was typed (`tiny`, not tiny:latest).
    expect(rows[0].textContent!.replace(/\s+/g, ' ').trim()).toBe('c29 tiny created');
    expect((p.target.querySelector('.containers .spacer') as HTMLElement).style.height).toBe('660px');
    await sh(sb, 'docker rm c29 c28');
    flushSync();
    expect(Array.from(top.querySelectorAll('.writable .name')).map((e) => e.textContent)).toEqual(['c27', 'c26', 'c25']);
    expect(p.target.querySelector('.containers .section')!.textContent!.trim()).toBe('Containers (28)');
  });
});
