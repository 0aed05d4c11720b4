import type { LessonSpec } from './lesson-schema';

export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** One step's words in one language: the Markdown body, check labels, hints in order. */
export interface StepProse {
  title: string;
  body: string;
  checks: Record<string, string>;
  hints: string[];
}

export interface LessonProse {
  title: string;
  summary: string;
  intro: string;
  finish: string;
  steps: Record<string, StepProse>;
  refusals: Record<string, string>;
}

/** A loaded lesson: the shared spec and its prose per language. */
export interface Lesson {
  spec: LessonSpec;
  prose: Partial<Record<Lang, LessonProse>>;
  /** Where it came from (a directory path or URL), for messages. */
  source: string;
}

/** The prose in `lang`, else English, else whichever exists. */
export function proseFor(lesson: Lesson, lang: Lang): LessonProse {
  return lesson.prose[lang] ?? lesson.prose.en ?? Object.values(lesson.prose)[0]!;
}
