/**
 * Non-local control flow inside the interpreter, thrown and caught like bash's longjmps:
 * `exit`, `return`, `break`/`continue`, and a fatal error that ends a non-interactive shell.
 */
export class ControlFlow extends Error {
  constructor(
    /** 'abort' ends the current command line only (an expansion error at an interactive prompt). */
    readonly kind: 'exit' | 'return' | 'break' | 'continue' | 'abort',
    readonly status: number,
    /** Loop levels left to unwind for break/continue. */
    readonly levels = 1,
  ) {
    super(kind);
    this.name = 'ControlFlow';
  }
}
