import type { Sandbox } from '../../sandbox/sandbox';
import type { TerminalHandle } from '../../terminal/terminal-handle';
import type { LessonPaneDeps } from './lesson-pane-state.svelte';
import { LessonLibrary, fetchText } from './lesson-library';
import { LessonProgress } from './lesson-progress';
import { MemoryProgress } from './memory-progress';
import { lessonLocation } from './lesson-location';

/** The lesson panel's dependencies in the page: fetch, IndexedDB, the page's address. */
export function pageDeps(sandbox: Sandbox, terminal?: TerminalHandle): LessonPaneDeps {
  const base = document.baseURI;
  const location = lessonLocation(window.location.href);
  return {
    sandbox,
    terminal,
    location,
    // Without IndexedDB (a private window that refuses it) progress lasts until the tab closes.
    progress: () => LessonProgress.open(location.progressDb).catch(() => new MemoryProgress()),
    library: new LessonLibrary(fetchText, new URL('lessons/', base).href),
    catalog: async () => {
      const { Catalog } = await import('../../engine/registry/catalog');
      return new Catalog(async (path) => {
        const r = await fetch(new URL(`catalog/${path}`, base));
        if (!r.ok) throw new Error(`catalog/${path}: HTTP ${r.status}`);
        return r.json();
      });
    },
    restart: () => window.location.reload(),
    navigate: (url) => {
      window.location.assign(url);
      // Only the fragment changed: the page must load again to open the lesson's own sandbox.
      window.location.reload();
    },
    home: `${window.location.origin}${window.location.pathname}`,
    languages: navigator.languages?.length ? navigator.languages : [navigator.language],
  };
}
