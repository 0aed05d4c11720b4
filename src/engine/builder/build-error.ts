/**
 * A Dockerfile or build failure with BuildKit's text and the source lines it points at (used
 * for the "dockerfile parse error on line N" prefix and BuildKit's excerpt of the Dockerfile).
 */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly startLine = 0,
    readonly endLine = startLine,
    /** A failing RUN's exit status (the legacy builder's "returned a non-zero code"). */
    readonly exitCode?: number,
    /** From the Dockerfile parser itself: the daemon prefixes `failed to parse <name>: ` (remotecontext/detect.go). */
    readonly parse = false,
  ) {
    super(message);
    this.name = 'BuildError';
  }
}
