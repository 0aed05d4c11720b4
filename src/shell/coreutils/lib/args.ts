import type { ProcessContext } from '../../process';

/** One option declaration: the key it reports, and whether it takes an argument. */
export interface OptionSpec {
  /** Short letters, getopt style: "alh" for flags, "n:" for a required argument. */
  short?: string;
  /** Long names -> [key, 'none' | 'required' | 'optional']; the key is usually the short letter. */
  long?: Record<string, [string, 'none' | 'required' | 'optional']>;
  /** Stop at the first operand (POSIX style), as env, xargs and nohup do. */
  stopAtOperand?: boolean;
}

export interface ParsedArgs {
  /** Options in the order given: [key, value]; value is '' for flags. */
  opts: [string, string][];
  operands: string[];
  has(key: string): boolean;
  /** The last value given for key. */
  get(key: string): string | undefined;
  all(key: string): string[];
}

/** A usage error, already printed; the caller returns its own status (2 for ls, 1 for most). */
export class UsageError extends Error {
  constructor() {
    super('usage');
    this.name = 'UsageError';
  }
}

/**
 * GNU getopt_long: combined short flags (-la), attached or separate arguments (-n5, -n 5),
 * long options with unambiguous prefixes and "=", "--" ends options, and operands may come
 * before options (GNU permutes argv unless stopAtOperand).
 */
export function parseArgs(ctx: ProcessContext, args: string[], spec: OptionSpec, prog = progName(ctx)): ParsedArgs {
  const opts: [string, string][] = [];
  const operands: string[] = [];
  const shorts = spec.short ?? '';
  const longs = spec.long ?? {};
  const fail = (msg: string): never => {
    ctx.stderr.write(`${prog}: ${msg}\nTry '${prog} --help' for more information.\n`);
    throw new UsageError();
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      let matches = Object.keys(longs).filter((l) => l.startsWith(name));
      if (longs[name]) matches = [name];
      if (matches.length === 0) fail(`unrecognized option '${a}'`);
      if (matches.length > 1 && new Set(matches.map((m) => longs[m][0])).size > 1) {
        fail(`option '--${name}' is ambiguous; possibilities:${matches.map((m) => ` '--${m}'`).join('')}`);
      }
      const [key, kind] = longs[matches[0]];
      if (kind === 'none') {
        if (eq >= 0) fail(`option '--${matches[0]}' doesn't allow an argument`);
        opts.push([key, '']);
      } else if (eq >= 0) opts.push([key, a.slice(eq + 1)]);
      else if (kind === 'optional') opts.push([key, '']);
      else if (i + 1 < args.length) opts.push([key, args[++i]]);
      else fail(`option '--${matches[0]}' requires an argument`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const at = shorts.indexOf(c);
        if (at < 0 || c === ':') fail(`invalid option -- '${c}'`);
        if (shorts[at + 1] === ':') {
          if (j + 1 < a.length) opts.push([c, a.slice(j + 1)]);
          else if (i + 1 < args.length) opts.push([c, args[++i]]);
          else fail(`option requires an argument -- '${c}'`);
          break;
        }
        opts.push([c, '']);
      }
      continue;
    }
    if (spec.stopAtOperand) {
      operands.push(...args.slice(i));
      break;
    }
    operands.push(a);
  }
  return {
    opts,
    operands,
    has: (k) => opts.some(([o]) => o === k),
    get: (k) => {
      for (let i = opts.length - 1; i >= 0; i--) if (opts[i][0] === k) return opts[i][1];
      return undefined;
    },
    all: (k) => opts.filter(([o]) => o === k).map(([, v]) => v),
  };
}

/** The program name for messages: the invoked name without its directory, as GNU's program_name. */
export function progName(ctx: ProcessContext): string {
  const a0 = ctx.argv[0] ?? '';
  return a0.slice(a0.lastIndexOf('/') + 1);
}

/** parseArgs, returning undefined after a usage error (already printed). */
export function tryParse(ctx: ProcessContext, spec: OptionSpec, args = ctx.argv.slice(1)): ParsedArgs | undefined {
  try {
    return parseArgs(ctx, args, spec);
  } catch (e) {
    if (e instanceof UsageError) return undefined;
    throw e;
  }
}
