import { LANGS, type Lang, type Lesson, type LessonProse } from './lesson';
import { LessonError } from './lesson-error';
import { parseLessonProse } from './parse-lesson-prose';
import { parseLessonYaml } from './parse-lesson-yaml';
import type { LessonSpec } from './lesson-schema';

/** Reads a file by path; undefined when it does not exist. */
export type ReadText = (path: string) => Promise<string | undefined>;

/**
 * Loads lessons/<id>/ (lesson.yaml, en.md, zh-CN.md) through `read`, so the page (fetch),
 * the checker (fs) and tests (a map) share it. English is required; every language present
 * must word every step, check and refusal of the spec.
 */
export async function loadLesson(dir: string, read: ReadText): Promise<Lesson> {
  const base = dir.replace(/\/$/, '');
  const yamlFile = `${base}/lesson.yaml`;
  const yamlText = await read(yamlFile);
  if (yamlText === undefined) throw new LessonError(yamlFile, 1, 'file not found');
  const spec = parseLessonYaml(yamlText, yamlFile);
  const prose: Partial<Record<Lang, LessonProse>> = {};
  for (const lang of LANGS) {
    const file = `${base}/${lang}.md`;
    const text = await read(file);
    if (text === undefined) {
      if (lang === 'en') throw new LessonError(file, 1, 'file not found (English prose is required)');
      continue;
    }
    prose[lang] = parseLessonProse(text, file);
    checkProse(spec, prose[lang]!, file, text);
  }
  return { spec, prose, source: base };
}

/** Loads a lesson carried whole (a share link, a dropped file): the three texts in one object. */
export function lessonFromTexts(texts: { yaml: string; prose: Partial<Record<Lang, string>> }, source: string): Lesson {
  const spec = parseLessonYaml(texts.yaml, `${source}/lesson.yaml`);
  const prose: Partial<Record<Lang, LessonProse>> = {};
  for (const lang of LANGS) {
    const text = texts.prose[lang];
    if (text === undefined) continue;
    const file = `${source}/${lang}.md`;
    prose[lang] = parseLessonProse(text, file);
    checkProse(spec, prose[lang]!, file, text);
  }
  if (!prose.en) throw new LessonError(`${source}/en.md`, 1, 'English prose is required');
  return { spec, prose, source };
}

function checkProse(spec: LessonSpec, prose: LessonProse, file: string, text: string): void {
  const lines = text.split('\n');
  const lineOf = (re: RegExp) => Math.max(1, lines.findIndex((l) => re.test(l)) + 1);
  for (const step of spec.steps) {
    const p = prose.steps[step.id];
    if (!p) throw new LessonError(file, 1, `no "## step ${step.id}: <title>" section for step "${step.id}"`);
    const at = lineOf(new RegExp(`^## step ${step.id}:`));
    if (!p.body) throw new LessonError(file, at, `step "${step.id}" has no text`);
    if (!p.hints.length) throw new LessonError(file, at, `step "${step.id}" needs at least one "### hint"`);
    for (const c of step.goal) if (!p.checks[c.id]) throw new LessonError(file, at, `step "${step.id}": check "${c.id}" has no label under "### checks"`);
    for (const id of Object.keys(p.checks))
      if (!step.goal.some((c) => c.id === id)) throw new LessonError(file, lineOf(new RegExp(`^- \`${id}\``)), `step "${step.id}" has no check "${id}"`);
  }
  for (const id of Object.keys(prose.steps))
    if (!spec.steps.some((s) => s.id === id)) throw new LessonError(file, lineOf(new RegExp(`^## step ${id}:`)), `lesson.yaml has no step "${id}"`);
  for (const r of spec.refusals) if (!prose.refusals[r.id]) throw new LessonError(file, 1, `no "## refusal ${r.id}" section`);
  if (!prose.intro) throw new LessonError(file, 1, 'no "## intro" section');
  if (!prose.finish) throw new LessonError(file, 1, 'no "## finish" section');
}
