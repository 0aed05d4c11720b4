import type { Lang } from '../../lessons/lesson';

/** A lesson's three texts carried whole: what a share link, a dropped file set or a download hold. */
export interface LessonTexts {
  yaml: string;
  prose: Partial<Record<Lang, string>>;
}
