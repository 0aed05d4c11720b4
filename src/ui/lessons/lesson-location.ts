/** Where the page's lesson comes from, read from its address. */
export type LessonOrigin = { kind: 'shipped' } | { kind: 'share'; payload: string } | { kind: 'url'; url: string };

export interface LessonLocation {
  origin: LessonOrigin;
  /** The IndexedDB database of the sandbox (images, containers, files). */
  sandboxDb: string;
  /**
   * The IndexedDB database of lesson progress. It is not the sandbox's: engine.reset() (Reset
   * sandbox, a lesson's setup) clears the whole sandbox store, and progress must survive that.
   */
  progressDb: string;
}

/**
 * `?lesson=<url>` and `#lesson=<share>` open a lesson from outside the curriculum. Such a lesson
 * gets a sandbox and progress of its own (named after a hash of where it came from), so it
 * cannot touch the learner's own sandbox, and reopening the same link resumes it.
 */
export function lessonLocation(href: string): LessonLocation {
  const u = new URL(href);
  const share = /(?:^#|&)lesson=([A-Za-z0-9_-]+)/.exec(u.hash);
  const url = u.searchParams.get('lesson');
  const origin: LessonOrigin = share ? { kind: 'share', payload: share[1] } : url ? { kind: 'url', url: new URL(url, u).href } : { kind: 'shipped' };
  if (origin.kind === 'shipped') return { origin, sandboxDb: 'layerlab', progressDb: 'layerlab-lessons' };
  const name = `layerlab-ext-${fnv1a(origin.kind === 'share' ? origin.payload : origin.url)}`;
  return { origin, sandboxDb: name, progressDb: `${name}-lessons` };
}

/** A short stable name, not a security boundary (32-bit FNV-1a, hex). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
