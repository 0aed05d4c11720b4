import type { ProcessContext } from '../../shell/process';
import type { CommandSpec, FlagSpec, GroupSpec, ParsedFlags } from './command';
import { parseFlags } from './parse-flags';
import { FlagError } from './flag-error';
import { UsageError } from './usage-error';
import { commandHelp, useLine } from './command-help';
import { groupHelp } from './group-help';
import { rootHelp } from './root-help';
import { isDockerCommand } from './docker-commands';
import { errors, isEngineError } from '../../engine/errors';

export interface DockerCliOptions {
  commands: readonly CommandSpec[];
  groups: readonly GroupSpec[];
  /** Global options accepted before the subcommand (`docker -D ps`); `--help` is added. */
  globalFlags?: readonly FlagSpec[];
  /** `docker --version` text after "Docker version ", e.g. "28.2.2, build e6534b4". */
  version?: string;
  /** Shown in `docker --help`: what the sandbox leaves out. */
  note?: string;
  bin?: string;
}

const HELP: FlagSpec = { long: 'help', short: 'h', type: 'bool', usage: 'Print usage', hidden: true, shorthandDeprecated: 'use --help' };
const DEFAULT_NOTE = 'Commands not listed here are not available in this sandbox.';

/**
 * The `docker` program: resolves `docker images` / `docker image ls` to one declaration, parses
 * flags the pflag way, checks arity the cobra way, prints help, and reports errors with docker's
 * words and exit codes. Daemon errors (EngineError) get "Error response from daemon: " here, once.
 */
export class DockerCli {
  private readonly bin: string;
  private readonly paths = new Map<string, CommandSpec>();

  constructor(private readonly opts: DockerCliOptions) {
    this.bin = opts.bin ?? 'docker';
    for (const c of opts.commands) for (const p of [c.name, ...(c.aliases ?? [])]) this.paths.set(p, c);
  }

  /** The declaration `docker <words>` runs, if any ('images' and 'image ls' give the same one). */
  find(words: readonly string[]): CommandSpec | undefined {
    return this.paths.get(words.join(' '));
  }

  async run(ctx: ProcessContext, argv: readonly string[] = ctx.argv.slice(1)): Promise<number> {
    try {
      return await this.dispatch(ctx, argv);
    } catch (e) {
      if (e instanceof UsageError) {
        ctx.stderr.write(e.output);
        return e.exitCode;
      }
      if (isEngineError(e)) {
        ctx.stderr.write(`${e.client ? '' : 'Error response from daemon: '}${e.message}\n`);
        return 1;
      }
      throw e;
    }
  }

  private async dispatch(ctx: ProcessContext, argv: readonly string[]): Promise<number> {
    const bin = this.bin;
    const globalSpecs = [...(this.opts.globalFlags ?? []), HELP];
    if (this.opts.version !== undefined && !globalSpecs.some((f) => f.long === 'version')) {
      globalSpecs.push({ long: 'version', short: 'v', type: 'bool', usage: 'Print version information and quit' });
    }
    const root = this.parse(argv, globalSpecs, false, bin, `${bin} [OPTIONS] COMMAND [ARG...]`);
    root.notices.forEach((n) => ctx.stdout.write(n + '\n'));
    if (root.values.help) return this.write(ctx.stdout, this.rootHelp(globalSpecs, this.cols(ctx)));
    if (root.values.version && this.opts.version !== undefined) return this.write(ctx.stdout, `Docker version ${this.opts.version}\n`);
    const words = root.args;
    if (words.length === 0) return this.write(ctx.stderr, this.rootHelp(globalSpecs, this.cols(ctx)));

    if (words[0] === 'help') return this.help(ctx, words.slice(1), globalSpecs);
    const group = this.opts.groups.find((g) => g.name === words[0]);
    let spec: CommandSpec | undefined;
    let pathWords: string[];
    if (group) {
      const path = `${bin} ${group.name}`;
      const rest = words.slice(1);
      if (rest.length === 0 || rest[0].startsWith('-')) {
        const g = this.parse(rest, [HELP], false, path, path);
        g.notices.forEach((n) => ctx.stdout.write(n + '\n'));
        if (g.args.length === 0) return this.write(g.values.help ? ctx.stdout : ctx.stderr, this.groupHelp(group));
        rest.splice(0, rest.length, ...g.args);
      }
      pathWords = [group.name, rest[0]];
      spec = this.find(pathWords);
      if (!spec) {
        if (isDockerCommand(pathWords)) throw errors.notSimulated(`'${bin} ${pathWords.join(' ')}'`);
        throw UsageError.unknownSubcommand(path, rest[0]);
      }
      return this.runCommand(ctx, spec, `${bin} ${pathWords.join(' ')}`, rest.slice(1), root);
    }
    pathWords = [words[0]];
    spec = this.find(pathWords);
    if (!spec) {
      if (isDockerCommand(pathWords)) throw errors.notSimulated(`'${bin} ${words[0]}'`);
      throw UsageError.unknownCommand(bin, words[0]);
    }
    return this.runCommand(ctx, spec, `${bin} ${words[0]}`, words.slice(1), root);
  }

  private async runCommand(ctx: ProcessContext, spec: CommandSpec, path: string, argv: readonly string[], globals: ParsedFlags): Promise<number> {
    const specs = this.flagsOf(spec);
    const use = useLine(path, spec.usage);
    const parsed = this.parse(argv, specs, spec.interspersed ?? true, path, use);
    parsed.notices.forEach((n) => ctx.stdout.write(n + '\n'));
    if (parsed.values.help) return this.write(ctx.stdout, commandHelp(spec, path, specs, this.cols(ctx)));
    const { min, max } = spec.args ?? {};
    const n = parsed.args.length;
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) throw UsageError.arity(path, use, spec.args!);
    const flags = { values: parsed.values, changed: parsed.changed };
    return spec.run({ process: ctx, path, globals: { values: globals.values, changed: globals.changed }, flags }, parsed.args, parsed.values);
  }

  private help(ctx: ProcessContext, words: string[], globalSpecs: FlagSpec[]): number {
    if (words.length === 0) return this.write(ctx.stdout, this.rootHelp(globalSpecs, this.cols(ctx)));
    const group = this.opts.groups.find((g) => g.name === words[0]);
    if (group && words.length === 1) return this.write(ctx.stdout, this.groupHelp(group));
    const spec = this.find(words);
    // cobra's help command: "unknown help topic" for anything it cannot find.
    if (!spec) throw new UsageError(`unknown help topic: ${words.join(' ')}`, 1);
    return this.write(ctx.stdout, commandHelp(spec, `${this.bin} ${words.join(' ')}`, this.flagsOf(spec), this.cols(ctx)));
  }

  private flagsOf(spec: CommandSpec): FlagSpec[] {
    if (spec.flags.some((f) => f.long === 'help')) return [...spec.flags];
    const shortTaken = spec.flags.some((f) => f.short === 'h');
    return [...spec.flags, shortTaken ? { ...HELP, short: undefined, shorthandDeprecated: undefined } : HELP];
  }

  private parse(argv: readonly string[], specs: FlagSpec[], interspersed: boolean, path: string, use: string) {
    try {
      return parseFlags(argv, specs, { interspersed });
    } catch (e) {
      if (e instanceof FlagError) throw UsageError.flag(e.message, path, use);
      throw e;
    }
  }

  private rootHelp(globalFlags: FlagSpec[], cols = 79): string {
    const tops = new Map<string, { name: string; short: string; top?: number }>();
    for (const c of this.opts.commands) {
      for (const p of [c.name, ...(c.aliases ?? [])]) if (!p.includes(' ')) tops.set(p, { name: p, short: c.short, top: c.top });
    }
    const list = [...tops.values()];
    return rootHelp({
      bin: this.bin,
      short: 'A self-sufficient runtime for containers',
      common: list.filter((c) => c.top !== undefined).sort((a, b) => a.top! - b.top!),
      management: this.opts.groups.map((g) => ({ name: g.name, short: g.short })),
      other: list.filter((c) => c.top === undefined),
      globalFlags,
      note: this.opts.note ?? DEFAULT_NOTE,
      cols,
    });
  }

  private groupHelp(group: GroupSpec): string {
    const subs = this.opts.commands
      .filter((c) => c.name.startsWith(group.name + ' '))
      .map((c) => ({ name: c.name.slice(group.name.length + 1), short: c.short }));
    return groupHelp(this.bin, group, subs);
  }

  private cols(ctx: ProcessContext): number {
    // docker wraps to the terminal width - 1, or 79 when stdin is not a terminal.
    return ctx.tty ? ctx.tty.columns - 1 : 79;
  }

  private write(out: { write(s: string): void }, s: string): number {
    out.write(s);
    return 0;
  }
}
