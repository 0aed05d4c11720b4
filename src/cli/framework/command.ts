import type { ProcessContext } from '../../shell/process';

/**
 * How a flag parses and how `--help` names its value. pflag prints the value's Go type after the
 * flag (`--format string`, `-e, --env list`, `-f, --filter filter`); bool prints nothing.
 * 'list' | 'filter' | 'stringArray' | 'strings' accumulate every occurrence (`-e A=1 -e B=2`).
 */
export type FlagType =
  | 'bool' | 'string' | 'int' | 'uint' | 'uint16' | 'list' | 'filter' | 'stringArray' | 'strings' | 'map'
  | 'duration' | 'bytes' | 'decimal' | 'ulimit' | 'mount' | 'network' | 'gpu-request';

export interface FlagSpec {
  long: string;
  short?: string;
  type: FlagType;
  /** bool: false unless given; int: 0; string: ''; repeated types: []. */
  default?: boolean | string | number | string[];
  usage: string;
  hidden?: boolean;
  /**
   * pflag's DefValue for a custom Value whose String() is not empty ("[]", "map[]"), printed
   * verbatim as `(default [])` in help; such values are not pflag's zero for their type.
   */
  defaultShown?: string;
  /**
   * The Value's Set check beyond the type's own (docker's opts validators): returns the error
   * text pflag appends to `invalid argument "v" for "--f" flag: `, or undefined when valid.
   */
  check?: (value: string) => string | undefined;
  /** pflag MarkShorthandDeprecated: using the short form prints "Flag shorthand -h has been deprecated, <this>". */
  shorthandDeprecated?: string;
}

export type FlagValue = boolean | string | number | string[];

/** Parsed flag values by long name; every declared flag is present (its default when not given). */
export type FlagValues = Record<string, FlagValue>;

export interface ParsedFlags {
  values: FlagValues;
  /** Long names of the flags the user actually gave (cobra's `Changed`). */
  changed: Set<string>;
}

export interface CommandContext {
  /** The process the `docker` program runs in (stdio, env, tty, signal). */
  process: ProcessContext;
  /** The command path as invoked: 'docker images', 'docker image ls'. */
  path: string;
  /** Flags given before the subcommand (`docker -D ps`). */
  globals: ParsedFlags;
  flags: ParsedFlags;
}

/**
 * One docker subcommand. `name` is its canonical path below `docker` ('image ls', 'container run',
 * 'version'); `aliases` are further paths reaching the same declaration, in the order docker's
 * help lists them ('image list', 'images'). docker/cli builds separate cobra commands for
 * `docker images` and `docker image ls` sharing one implementation; here both resolve to this one.
 */
export interface CommandSpec {
  name: string;
  aliases?: string[];
  /** The usage after the command path, e.g. '[OPTIONS] [REPOSITORY[:TAG]]' or 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]'. */
  usage: string;
  short: string;
  /**
   * cobra PositionalArgs: {max: 0} NoArgs, {min: n, max: n} ExactArgs, {min} RequiresMinArgs,
   * {max} RequiresMaxArgs, {min, max} RequiresRangeArgs, omitted = any.
   */
  args?: { min?: number; max?: number };
  flags: FlagSpec[];
  /**
   * false for commands that take a command line (run, exec, create): flags stop at the first
   * positional so `docker run -it ubuntu ls -l` gives `-l` to the container (SetInterspersed(false)).
   */
  interspersed?: boolean;
  /** 1..n: listed under "Common Commands" in `docker --help`, in this order. */
  top?: number;
  run(ctx: CommandContext, args: string[], flags: FlagValues): Promise<number>;
}

/** A management command (`docker image`, `docker container`): only a name and a description. */
export interface GroupSpec {
  name: string;
  short: string;
}
