import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { mountPicture, openSandbox, sh, short, storeImage, text, tinyBase } from './fixtures';
import type { Entry } from '../../../src/engine/layer/entry';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

const rows = (root: Element) => Array.from(root.querySelectorAll('.details [role="listitem"] button')).map((b) => b.getAttribute('aria-label'));
const click = (el: Element | null) => {
  (el as HTMLElement).click();
  flushSync();
};

describe('exploring a layer and a container', () => {
  it('lists what a layer adds, changes and deletes (whiteouts and opaque dirs as deletions), and the merged view with origins', async () => {
    const sb = await openSandbox();
    await tinyBase(sb.engine);
    const T = 1_700_000_000;
    const top: Entry[] = [
      { type: 'dir', path: '/etc', mode: 0o755, uid: 0, gid: 0, mtime: T },
      { type: 'file', path: '/etc/motd', mode: 0o644, uid: 0, gid: 0, mtime: T, content: { kind: 'bytes', bytes: new TextEncoder().encode('changed\n') } },
      { type: 'whiteout', path: '/etc/os-release' },
      { type: 'opaque', path: '/tmp' },
      { type: 'dir', path: '/tmp', mode: 0o1777, uid: 0, gid: 0, mtime: T },
      { type: 'file', path: '/tmp/blob', mode: 0o644, uid: 0, gid: 0, mtime: T, content: { kind: 'synthetic', size: 5000, seed: 'x' } },
    ];
    const base = sb.engine.imageGet('tiny');
    const layers = await Promise.all(base.config.rootfs.diff_ids.map((d) => sb.engine.layerChangeset(d)));
    const id = await storeImage(sb.engine, [...layers, top], ['base', 'motd', '/bin/sh -c rm /etc/os-release && echo changed > /etc/motd'], ['edited:1']);
    const p = mountPicture(sb.engine);
    cleanup = p.destroy;
    const ids = sb.engine.imageGet(id).config.rootfs.diff_ids.map(short);
    click(p.target.querySelector(`[data-layer="${ids[2]}"]`));
    await vi.waitFor(() => expect(p.target.querySelector('.details [role="listitem"]')).not.toBeNull());
    expect(text(p.target.querySelector('.details h3')!)).toBe(`Layer 3: ${ids[2]} · 5.01kB`);
    expect(text(p.target.querySelector('.details .summary')!)).toBe('1 added, 2 changed, 2 deleted');
    expect(rows(p.target)).toEqual([
      '/etc, dir, changed',
      '/etc/motd, file, changed',
      '/etc/os-release, whiteout, deleted',
      '/tmp, opaque directory: lower contents hidden, deleted',
      '/tmp/blob, file, added',
    ]);

    // Open a text file, then a synthetic one: text is shown, binaries by size.
    click(p.target.querySelector('[aria-label="/etc/motd, file, changed"]'));
    expect(text(p.target.querySelector('.file pre')!)).toBe('changed');
    click(p.target.querySelector('[aria-label="/tmp/blob, file, added"]'));
    expect(text(p.target.querySelector('.file .binary')!)).toBe('5kB (5000 bytes), binary');

    click(Array.from(p.target.querySelectorAll('[role="tab"]'))[1]);
    expect(rows(p.target)).toEqual([
      `/bin, dir, from layer 1:${ids[0]}`,
      `/bin/mkdir, file, from layer 1:${ids[0]}`,
      `/bin/rm, file, from layer 1:${ids[0]}`,
      `/bin/sh, file, from layer 1:${ids[0]}`,
      `/etc, dir, from layer 3:${ids[2]}`,
      `/etc/motd, file, from layer 3:${ids[2]}`,
      `/tmp, dir, from layer 3:${ids[2]}`,
      `/tmp/blob, file, from layer 3:${ids[2]}`,
    ]);
    // Collapsing a directory hides its subtree.
    click(p.target.querySelector(`[aria-label="/etc, dir, from layer 3:${ids[2]}"]`));
    expect(rows(p.target).length).toBe(7);
    expect(p.target.querySelector(`[aria-label="/etc/motd, file, from layer 3:${ids[2]}"]`)).toBeNull();
  });

  it('shows a container\'s docker diff and opens its files read-only', async () => {
    const sb = await openSandbox();
    await tinyBase(sb.engine);
    await sh(sb, "docker run --name box tiny sh -c 'mkdir /work && echo notes > /work/n.txt && rm /etc/motd'");
    const p = mountPicture(sb.engine);
    cleanup = p.destroy;
    click(p.target.querySelector('[data-container="box"]'));
    await vi.waitFor(() => expect(p.target.querySelector('.details [role="listitem"]')).not.toBeNull());
    expect(text(p.target.querySelector('.details h3')!)).toBe(`docker diff box ${short(sb.engine.containerGet('box').id)}`);
    expect(rows(p.target)).toEqual(['/etc, file, changed', '/etc/motd, file, deleted', '/work, file, added', '/work/n.txt, file, added']);
    expect(await sh(sb, 'docker diff box')).toBe('C /etc\nD /etc/motd\nA /work\nA /work/n.txt\n');
    click(p.target.querySelector('[aria-label="/work/n.txt, file, added"]'));
    await vi.waitFor(() => expect(p.target.querySelector('.file pre')).not.toBeNull());
    expect(text(p.target.querySelector('.file pre')!)).toBe('notes');
    expect(p.target.querySelector('.file')!.getAttribute('aria-label')).toBe('File /work/n.txt (read-only)');
  });
});
