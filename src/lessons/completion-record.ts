/**
 * What a student hands in: the lesson, when each step passed, hints and solutions used, and
 * every command typed. `npm run lessons:check -- --record FILE` replays the commands in a
 * fresh sandbox, so the record is verified by replay, not trusted.
 */
export interface CompletionRecord {
  v: 1;
  lesson: string;
  started: string;
  finished?: string;
  steps: Array<{ id: string; passedAt?: string; hints: number; solution: boolean }>;
  commands: Array<{ line: string; at: string }>;
}

export function newRecord(lesson: string, stepIds: string[], now: Date): CompletionRecord {
  return { v: 1, lesson, started: now.toISOString(), steps: stepIds.map((id) => ({ id, hints: 0, solution: false })), commands: [] };
}
