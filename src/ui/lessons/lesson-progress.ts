import { openDB, type IDBPDatabase } from 'idb';
import type { CompletionRecord } from '../../lessons/completion-record';
import type { Lang } from '../../lessons/lesson';

/** Which lesson the learner is in: a lesson id, or "free" for the sandbox without a lesson. */
export type Current = string | 'free';

export interface LessonPrefs {
  current?: Current;
  lang?: Lang;
  /** Lessons finished at least once (a record is replaced when its lesson starts over). */
  done?: string[];
}

/** Lesson progress: one completion record per lesson, plus the learner's current choice. */
export interface ProgressStore {
  records(): Promise<CompletionRecord[]>;
  record(lesson: string): Promise<CompletionRecord | undefined>;
  putRecord(record: CompletionRecord): Promise<void>;
  prefs(): Promise<LessonPrefs>;
  putPrefs(prefs: LessonPrefs): Promise<void>;
}

/**
 * Progress in its own IndexedDB database (see lesson-location.ts for why it is not the
 * sandbox's store). Records are cloned on the way in: the runner keeps mutating its own.
 */
export class LessonProgress implements ProgressStore {
  private constructor(private readonly db: IDBPDatabase) {}

  static async open(name: string): Promise<LessonProgress> {
    const db = await openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore('records');
        d.createObjectStore('prefs');
      },
    });
    return new LessonProgress(db);
  }

  async records(): Promise<CompletionRecord[]> {
    return (await this.db.getAll('records')) as CompletionRecord[];
  }

  async record(lesson: string): Promise<CompletionRecord | undefined> {
    return (await this.db.get('records', lesson)) as CompletionRecord | undefined;
  }

  async putRecord(record: CompletionRecord): Promise<void> {
    await this.db.put('records', JSON.parse(JSON.stringify(record)), record.lesson);
  }

  async prefs(): Promise<LessonPrefs> {
    return ((await this.db.get('prefs', 'prefs')) as LessonPrefs | undefined) ?? {};
  }

  async putPrefs(prefs: LessonPrefs): Promise<void> {
    await this.db.put('prefs', { ...(await this.prefs()), ...prefs }, 'prefs');
  }
}
