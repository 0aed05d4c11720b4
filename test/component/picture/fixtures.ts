import { flushSync, mount, unmount } from 'svelte';
import type { Changeset, Entry } from '../../../src/engine/layer/entry';
import { executableContent } from '../../../src/engine/layer/executable';
import { Engine } from '../../../src/engine/engine';
import { EMPTY_IMAGE } from '../../../src/engine/image/mutate';
import { DEFAULT_PATH } from '../../../src/engine/image/image-config';
import { LayerStore } from '../../../src/engine/stores/layer-store';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { PictureModel } from '../../../src/ui/picture/picture-model.svelte';
import Picture from '../../../src/ui/picture/Picture.svelte';

const enc = new TextEncoder();
const T0 = 1_700_000_000;
const dir = (path: string, mode = 0o755): Entry => ({ type: 'dir', path, mode, uid: 0, gid: 0, mtime: T0 });
const file = (path: string, text: string, mode = 0o644): Entry => ({ type: 'file', path, mode, uid: 0, gid: 0, mtime: T0, content: { kind: 'bytes', bytes: enc.encode(text) } });

const exe = (path: string, program: string): Entry => ({ type: 'file', path, mode: 0o755, uid: 0, gid: 0, mtime: T0, content: executableContent(program, 1000) });

/** A tiny base whose /bin/sh really runs (the sandbox's ash), in two layers. */
export const TINY_LAYERS: Changeset[] = [
  [dir('/bin'), { type: 'file', path: '/bin/sh', mode: 0o755, uid: 0, gid: 0, mtime: T0, content: executableContent('ash', 120_000) }, exe('/bin/mkdir', 'mkdir'), exe('/bin/rm', 'rm'), dir('/etc'), file('/etc/os-release', 'ID=tiny\n'), dir('/tmp', 0o1777)],
  [dir('/etc'), file('/etc/motd', 'welcome\n')],
];

export async function storeImage(engine: Engine, layers: Changeset[], steps: string[], tags: string[]): Promise<string> {
  const prepared = await Promise.all(layers.map((l) => LayerStore.prepare(l)));
  const config = Engine.stack({ ...EMPTY_IMAGE, config: { Env: [DEFAULT_PATH], Cmd: ['/bin/sh'] } }, prepared.map((p, i) => ({ diffId: p.record.diffId, createdBy: steps[i], created: '2026-01-01T00:00:00Z' })));
  return engine.imageStore({ ...config, created: '2026-01-01T00:00:00Z' }, prepared, tags);
}

export async function openSandbox(): Promise<Sandbox> {
  return Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z', 1000), random: seededRandom(7) });
}

export async function tinyBase(engine: Engine, tags = ['tiny:latest']): Promise<string> {
  return storeImage(engine, TINY_LAYERS, ['/bin/sh -c #(nop) ADD file:0123456789abcdef in / ', '/bin/sh -c echo welcome > /etc/motd'], tags);
}

/** Runs a command line in the sandbox's host shell; throws with its output when it fails. */
export async function sh(sb: Sandbox, line: string): Promise<string> {
  let out = '';
  const status = await sb.exec(line, { write: (s) => (out += s) });
  if (status !== 0) throw new Error(`${line} -> ${status}: ${out}`);
  return out;
}

/** Mounts the picture over an engine with animations off; returns the model and a cleanup. */
export function mountPicture(engine: Engine): { model: PictureModel; target: HTMLElement; destroy: () => void } {
  const target = document.createElement('div');
  document.body.appendChild(target);
  const model = new PictureModel(engine);
  model.motion.forceReduced = true;
  const app = mount(Picture, { target, props: { model } });
  flushSync();
  return {
    model,
    target,
    destroy: () => {
      unmount(app);
      model.dispose();
      target.remove();
    },
  };
}

export const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/**
 * The drawn picture as an outline, bottom block first, children indented: what a learner sees,
 * read from the DOM (layers by their visible text, image tops by their labels and writable layers).
 */
export function outline(root: HTMLElement): string {
  const lines: string[] = [];
  const walk = (node: Element, depth: number) => {
    const pad = '  '.repeat(depth);
    const layer = node.querySelector(':scope > .layer')!;
    lines.push(pad + text(layer));
    const above = node.querySelector(':scope > .above')!;
    for (const child of Array.from(above.children)) {
      if (child.classList.contains('node')) walk(child, depth + 1);
      else if (child.classList.contains('top')) {
        const tags = Array.from(child.querySelectorAll('.tag')).map(text).join(' ');
        lines.push(`${pad}  [${tags}]`);
        for (const c of Array.from(child.querySelectorAll('.writable'))) lines.push(`${pad}  ~ ${text(c)}`);
        const more = child.querySelector('.more');
        if (more) lines.push(`${pad}  ${text(more)}`);
      } else if (child.classList.contains('orphans')) {
        for (const c of Array.from(child.querySelectorAll('.writable'))) lines.push(`${pad}  ~ ${text(c)} (image gone)`);
      }
    }
  };
  for (const n of Array.from(root.querySelectorAll('.forest > .node'))) walk(n, 0);
  return lines.join('\n');
}

export const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
