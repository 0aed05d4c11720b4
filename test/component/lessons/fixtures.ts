import { flushSync, mount, unmount } from 'svelte';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { Catalog } from '../../../src/engine/registry/catalog';
import { LessonLibrary } from '../../../src/ui/lessons/lesson-library';
import { MemoryProgress } from '../../../src/ui/lessons/memory-progress';
import { lessonLocation } from '../../../src/ui/lessons/lesson-location';
import type { LessonPaneDeps } from '../../../src/ui/lessons/lesson-pane-state.svelte';
import LessonPanel from '../../../src/ui/lessons/LessonPanel.svelte';

const root = join(__dirname, '../../..');
const fetchJson = async (p: string) => JSON.parse(readFileSync(join(root, 'public/catalog', p), 'utf8'));
export const HOME = 'http://layerlab.test/';

/** The shipped lessons/ served as the page sees them (index.json as the Vite plugin makes it). */
export const library = new LessonLibrary(async (url) => {
  const rel = url.slice(`${HOME}lessons/`.length);
  if (rel === 'index.json') return JSON.stringify({ lessons: readdirSync(join(root, 'lessons')).filter((d) => existsSync(join(root, 'lessons', d, 'lesson.yaml'))) });
  const file = join(root, 'lessons', rel);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}, `${HOME}lessons/`);

export async function openSandbox(): Promise<Sandbox> {
  return Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z', 1000), random: seededRandom(7), catalog: fetchJson, transfers: { instant: true } });
}

export interface Harness {
  target: HTMLElement;
  deps: LessonPaneDeps;
  typed: string[];
  restarts: number;
  navigated: string[];
  destroy: () => void;
}

/** Mounts the lesson panel over a sandbox; "typing" into the terminal runs the lines in it. */
export function mountPanel(sandbox: Sandbox, o: { progress?: MemoryProgress; href?: string; languages?: string[] } = {}): Harness {
  const target = document.createElement('div');
  document.body.appendChild(target);
  const progress = o.progress ?? new MemoryProgress();
  const h = { target, typed: [] as string[], restarts: 0, navigated: [] as string[] } as unknown as Harness;
  let chain = Promise.resolve();
  h.deps = {
    sandbox,
    terminal: {
      typeLines: (lines) => {
        h.typed.push(...lines);
        for (const l of lines) chain = chain.then(() => sandbox.exec(l, { write: () => undefined }).then(() => undefined));
        return true;
      },
      focus: () => undefined,
    },
    location: lessonLocation(o.href ?? HOME),
    progress: async () => progress,
    library,
    catalog: async () => new Catalog(fetchJson),
    restart: () => void h.restarts++,
    navigate: (url) => void h.navigated.push(url),
    home: HOME,
    languages: o.languages ?? ['en-US'],
  };
  const app = mount(LessonPanel, { target, props: { sandbox, deps: h.deps } });
  flushSync();
  h.destroy = () => {
    unmount(app);
    target.remove();
  };
  return h;
}

export const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Check states as "id:ok|no", in order. */
export const checks = (root: Element) =>
  [...root.querySelectorAll('[data-check]')].map((e) => `${e.getAttribute('data-check')}:${e.classList.contains('ok') ? 'ok' : 'no'}`).join(' ');

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
  flushSync();
}

export const button = (root: Element, label: string) => [...root.querySelectorAll('button')].find((b) => text(b) === label);
