/**
 * A flag parse error with pflag's exact text (spf13/pflag errors.go). The dispatcher wraps it
 * with the usage line and exits 125, as docker/cli's FlagErrorFunc does.
 */
export class FlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagError';
  }
}
