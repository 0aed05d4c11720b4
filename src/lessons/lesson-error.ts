/** A malformed lesson: the file and 1-based line it is about, so an author can jump there. */
export class LessonError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'LessonError';
  }
}
