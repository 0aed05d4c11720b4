/**
 * A client-side usage error with docker 28.2.2's exact text (docker/cli cli/required.go,
 * cli/cobra.go FlagErrorFunc, cmd/docker/docker.go). The text is printed to stderr followed by a
 * newline (main's Fprintln); exit status is 1, or 125 for flag errors.
 */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = 'UsageError';
  }

  /** The text written to stderr. */
  get output(): string {
    return this.message + '\n';
  }

  /**
   * cobra's arity validators. `path` is the command path as invoked ('docker images'),
   * `useLine` its usage line ('docker images [OPTIONS] [REPOSITORY[:TAG]]').
   */
  static arity(path: string, useLine: string, spec: { min?: number; max?: number }, hasSubCommands = false, firstArg = ''): UsageError {
    const { min, max } = spec;
    const bin = path.split(' ')[0];
    const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
    const tail = (run: string) => `\n\nUsage:  ${useLine}\n\n${run} '${path} --help' for more information`;
    let text: string;
    if (max === 0 && (min ?? 0) === 0) {
      text = hasSubCommands
        ? `${bin}: unknown command: ${path} ${firstArg}${tail('Run')}`
        : `${bin}: '${path}' accepts no arguments${tail('Run')}`;
    } else if (min !== undefined && max === min) {
      text = `${bin}: '${path}' requires ${min} ${plural(min)}${tail('Run')}`;
    } else if (min !== undefined && max !== undefined) {
      // docker pluralizes by max here (required.go RequiresRangeArgs).
      text = `${bin}: '${path}' requires at least ${min} and at most ${max} ${plural(max)}${tail('Run')}`;
    } else if (min !== undefined) {
      // RequiresMinArgs alone says "See" where the others say "Run".
      text = `${bin}: '${path}' requires at least ${min} ${plural(min)}${tail('See')}`;
    } else {
      // v28.0-v28.3 printed "SRun" here (typo in required.go, fixed in e069ded4c3, Aug 2025).
      text = `${bin}: '${path}' requires at most ${max} ${plural(max!)}${tail('SRun')}`;
    }
    return new UsageError(text, 1);
  }

  /** A pflag error, framed by cobra's FlagErrorFunc: exit 125. */
  static flag(pflagMessage: string, path: string, useLine: string): UsageError {
    return new UsageError(`${pflagMessage}\n\nUsage:  ${useLine}\n\nRun '${path} --help' for more information`, 125);
  }

  /** `docker xyz`: the root command's own RunE text (no Usage block). */
  static unknownCommand(bin: string, name: string): UsageError {
    return new UsageError(`${bin}: unknown command: ${bin} ${name}\n\nRun '${bin} --help' for more information`, 1);
  }

  /** `docker image xyz`: a management command's NoArgs with subcommands. */
  static unknownSubcommand(groupPath: string, name: string): UsageError {
    return UsageError.arity(groupPath, groupPath, { max: 0 }, true, name);
  }
}
