import { mount } from 'svelte';
import App from './ui/App.svelte';
import { IdbStore } from './storage/idb-store';
import { Sandbox } from './sandbox/sandbox';
import { lessonLocation } from './ui/lessons/lesson-location';

/**
 * Composition root: the real clock and randomness, IndexedDB for state, the sandbox, the page.
 * The sandbox is exposed on window for the end-to-end tests and for curious learners.
 */
async function start(): Promise<void> {
  // A lesson opened from a link or file gets a sandbox of its own (lesson-location.ts).
  const store = await IdbStore.open(lessonLocation(window.location.href).sandboxDb);
  // The official image catalog is fetched file by file when a pull needs it (public/catalog/).
  const catalog = async (path: string): Promise<unknown> => {
    const r = await fetch(new URL(`catalog/${path}`, document.baseURI));
    if (!r.ok) throw new Error(`catalog/${path}: HTTP ${r.status}`);
    return r.json();
  };
  // `?instant` (benchmarks, e2e tests): pulls and pushes skip the simulated network's pace.
  const instant = new URLSearchParams(window.location.search).has('instant');
  const sandbox = await Sandbox.open({ store, catalog, ...(instant ? { transfers: { instant: true } } : {}) });
  (window as unknown as { layerlab: Sandbox }).layerlab = sandbox;
  mount(App, { target: document.getElementById('app')!, props: { sandbox } });
}

start().catch((e: unknown) => {
  const el = document.getElementById('app')!;
  el.textContent = `Layerlab could not start: ${e instanceof Error ? e.message : String(e)}`;
});
