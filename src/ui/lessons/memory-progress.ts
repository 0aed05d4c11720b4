import type { CompletionRecord } from '../../lessons/completion-record';
import type { LessonPrefs, ProgressStore } from './lesson-progress';

/** Lesson progress in memory (component tests, a page without IndexedDB). */
export class MemoryProgress implements ProgressStore {
  private readonly map = new Map<string, CompletionRecord>();
  private p: LessonPrefs = {};

  async records(): Promise<CompletionRecord[]> {
    return [...this.map.values()].map((r) => structuredClone(r));
  }
  async record(lesson: string): Promise<CompletionRecord | undefined> {
    const r = this.map.get(lesson);
    return r && structuredClone(r);
  }
  async putRecord(record: CompletionRecord): Promise<void> {
    this.map.set(record.lesson, JSON.parse(JSON.stringify(record)));
  }
  async prefs(): Promise<LessonPrefs> {
    return { ...this.p };
  }
  async putPrefs(prefs: LessonPrefs): Promise<void> {
    this.p = { ...this.p, ...prefs };
  }
}
