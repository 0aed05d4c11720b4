/**
 * A parse failure, carrying bash's message text without the "bash: " / "bash: -c: line N: "
 * prefix (the shell adds the one that fits how it runs). `incomplete` marks input that more
 * lines could complete (open quote, open if, trailing &&): the line editor asks for more.
 */
export class ShellSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly incomplete = false,
  ) {
    super(message);
    this.name = 'ShellSyntaxError';
  }
}
