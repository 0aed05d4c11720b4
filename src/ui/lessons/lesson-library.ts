import type { Lang, Lesson } from '../../lessons/lesson';
import type { LessonOrigin } from './lesson-location';
import type { LessonTexts } from './lesson-texts';

/** Fetches a text by URL; undefined when it is not there (404). */
export type FetchText = (url: string) => Promise<string | undefined>;

export interface LoadedLesson {
  lesson: Lesson;
  /** The texts it was read from, kept so it can be shared as a link. */
  texts: LessonTexts;
}

/** The curriculum's order (issue 8); lesson directories not named here follow, by name. */
const COURSE = ['first-image', 'layers', 'containers', 'commit', 'tags', 'dockerfile-scratch', 'dockerfile-run', 'cmd-entrypoint', 'hub', 'private-registry', 'save-load', 'cleanup', 'prune'];

const PROSE: Record<string, Lang> = { 'en.md': 'en', 'zh-CN.md': 'zh-CN' };

/**
 * Reads lessons over HTTP: the shipped ones under `base` (`lessons/`, listed by its index.json),
 * a lesson directory or file named by `?lesson=`, a share link's texts, dropped files. The
 * loader (and its YAML parser) is imported on first use, keeping it out of the first download.
 */
export class LessonLibrary {
  constructor(
    private readonly fetchText: FetchText,
    private readonly base: string,
  ) {}

  async ids(): Promise<string[]> {
    const index = await this.fetchText(new URL('index.json', this.base).href);
    const ids = index ? ((JSON.parse(index) as { lessons?: string[] }).lessons ?? []) : [];
    const rank = (id: string) => (COURSE.includes(id) ? COURSE.indexOf(id) : COURSE.length);
    return [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }

  load(id: string): Promise<LoadedLesson> {
    return this.loadDir(new URL(`${id}/`, this.base).href, `lessons/${id}`);
  }

  async loadFrom(origin: Exclude<LessonOrigin, { kind: 'shipped' }>): Promise<LoadedLesson> {
    if (origin.kind === 'share') {
      const { decodeShare } = await import('./share-link');
      return fromTexts(decodeShare(origin.payload), 'shared lesson');
    }
    const url = origin.url;
    if (/\.json$/i.test(new URL(url).pathname)) {
      const text = await this.fetchText(url);
      if (text === undefined) throw new Error(`${url}: not found`);
      return fromTexts(JSON.parse(text) as LessonTexts, url);
    }
    // A raw lesson.yaml or <lang>.md names its directory; anything else is the directory.
    const dir = /\/[^/]+\.(ya?ml|md)$/i.test(new URL(url).pathname) ? url.replace(/[^/]*$/, '') : url.replace(/\/?$/, '/');
    return this.loadDir(dir, dir);
  }

  private async loadDir(dir: string, source: string): Promise<LoadedLesson> {
    const { loadLesson } = await import('../../lessons/load-lesson');
    const texts: LessonTexts = { yaml: '', prose: {} };
    const lesson = await loadLesson(source, async (path) => {
      const name = path.slice(path.lastIndexOf('/') + 1);
      const text = await this.fetchText(new URL(name, dir).href);
      if (text !== undefined && name === 'lesson.yaml') texts.yaml = text;
      else if (text !== undefined && PROSE[name]) texts.prose[PROSE[name]] = text;
      return text;
    });
    return { lesson, texts };
  }
}

/** Checks texts carried whole (a link, dropped files) and loads them as a lesson. */
export async function fromTexts(texts: LessonTexts, source: string): Promise<LoadedLesson> {
  const { lessonFromTexts } = await import('../../lessons/load-lesson');
  if (typeof texts?.yaml !== 'string' || typeof texts.prose !== 'object') throw new Error(`${source}: not a lesson (needs yaml and prose)`);
  return { lesson: lessonFromTexts(texts, source), texts };
}

/** The texts of dropped or picked files: lesson.yaml, en.md, zh-CN.md, or one lesson .json. */
export async function textsFromFiles(files: ReadonlyArray<{ name: string; text(): Promise<string> }>): Promise<LessonTexts> {
  const json = files.find((f) => /\.json$/i.test(f.name));
  if (json) return JSON.parse(await json.text()) as LessonTexts;
  const texts: LessonTexts = { yaml: '', prose: {} };
  for (const f of files) {
    if (/\.ya?ml$/i.test(f.name)) texts.yaml = await f.text();
    else if (PROSE[f.name]) texts.prose[PROSE[f.name]] = await f.text();
  }
  if (!texts.yaml) throw new Error('lesson.yaml is missing');
  return texts;
}

/** The default fetcher: 404 is "not there", other failures are errors. */
export const fetchText: FetchText = async (url) => {
  const r = await fetch(url, { cache: 'no-cache' });
  if (r.status === 404) return undefined;
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
};
