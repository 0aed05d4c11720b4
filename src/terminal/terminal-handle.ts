/** What a pane may do with the terminal: type into it as the learner would, and focus it. */
export interface TypingTarget {
  input(text: string): void;
  focus(): void;
}

/**
 * A late-bound reference to the page's terminal, created by the App before the terminal
 * exists and handed to both the terminal pane (which binds it) and the lesson pane (which
 * types solutions through it). Typing goes through the line editor's key queue, never around
 * it, so a typed solution is exactly what a learner could have typed.
 */
export class TerminalHandle {
  private target: TypingTarget | undefined;

  bind(target: TypingTarget): () => void {
    this.target = target;
    return () => {
      if (this.target === target) this.target = undefined;
    };
  }

  get ready(): boolean {
    return this.target !== undefined;
  }

  /** Types each line followed by Enter; false when no terminal is mounted. */
  typeLines(lines: readonly string[]): boolean {
    if (!this.target) return false;
    this.target.focus();
    for (const line of lines) this.target.input(`${line}\r`);
    return true;
  }

  focus(): void {
    this.target?.focus();
  }
}
