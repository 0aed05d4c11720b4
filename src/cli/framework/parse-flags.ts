import type { FlagSpec, FlagValue, FlagValues, ParsedFlags } from './command';
import { FlagError } from './flag-error';
import { goQuote } from '../format/go-quote';
import { TYPE_CHECKS } from './flag-values';

export interface ParseResult extends ParsedFlags {
  /** The positional arguments, in order (everything after `--` included). */
  args: string[];
  /** Lines pflag prints to stdout while parsing (deprecated shorthand notices). */
  notices: string[];
}

export interface ParseOptions {
  /** false: stop at the first positional (cobra SetInterspersed(false), docker run/exec/create). */
  interspersed?: boolean;
}

const REPEATED = new Set(['list', 'filter', 'stringArray', 'strings', 'map', 'ulimit', 'mount', 'network']);
const INTEGER = new Set(['int', 'uint', 'uint16']);

/** The zero/default value of a flag as the command sees it when the flag is not given. */
export function defaultValue(f: FlagSpec): FlagValue {
  if (f.default !== undefined) return Array.isArray(f.default) ? [...f.default] : f.default;
  if (f.type === 'bool') return false;
  if (INTEGER.has(f.type)) return 0;
  if (REPEATED.has(f.type)) return [];
  return '';
}

/** Go's %q of a single byte, as pflag's shorthand errors print it: 'z'. */
function quoteChar(c: string): string {
  return c === "'" || c === '\\' ? `'\\${c}'` : `'${c}'`;
}

function flagName(f: FlagSpec): string {
  return f.short ? `-${f.short}, --${f.long}` : `--${f.long}`;
}

function parseBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

// strconv.ParseInt(s, 0, 64): base prefixes allowed, underscores only with a prefix.
function parseInt64(s: string, unsigned: boolean): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9]*)$/.exec(s);
  if (!m || (unsigned && m[1] !== '')) return undefined;
  const body = m[2].replace(/_/g, '');
  if (m[2].includes('_') && !/^0[xXoObB]/.test(m[2])) return undefined;
  const lower = body.toLowerCase();
  let n: number;
  if (lower.startsWith('0x')) n = parseInt(lower.slice(2), 16);
  else if (lower.startsWith('0b')) n = parseInt(lower.slice(2), 2);
  else if (lower.startsWith('0o')) n = parseInt(lower.slice(2), 8);
  else if (lower.length > 1 && lower.startsWith('0')) n = parseInt(lower.slice(1), 8);
  else n = parseInt(lower, 10);
  return Number.isNaN(n) ? undefined : m[1] === '-' ? -n : n;
}

/**
 * Parses a command's arguments with pflag's rules (spf13/pflag flag.go parseArgs,
 * parseLongArg, parseSingleShortArg): `--name value`, `--name=value`, `-n value`, `-nvalue`,
 * `-n=value`, combined short bools `-itd` with a trailing value flag (`-itp 80:80`, `-itp80`),
 * bools take only the `=` form (`--rm=false`, `-t=false`), `--` ends the flags.
 * Throws FlagError with pflag's exact message.
 */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[], opts: ParseOptions = {}): ParseResult {
  const byLong = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  const values: FlagValues = {};
  for (const f of specs) {
    byLong.set(f.long, f);
    if (f.short) byShort.set(f.short, f);
    values[f.long] = defaultValue(f);
  }
  const changed = new Set<string>();
  const args: string[] = [];
  const notices: string[] = [];
  const interspersed = opts.interspersed ?? true;

  const set = (f: FlagSpec, value: string) => {
    let v: FlagValue;
    if (f.type === 'bool') {
      const b = parseBool(value);
      if (b === undefined) throw invalid(f, value, `strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`);
      v = b;
    } else if (INTEGER.has(f.type)) {
      const n = parseInt64(value, f.type !== 'int');
      const fn = f.type === 'int' ? 'ParseInt' : 'ParseUint';
      if (n === undefined) throw invalid(f, value, `strconv.${fn}: parsing ${goQuote(value)}: invalid syntax`);
      if (f.type === 'uint16' && n > 0xffff) throw invalid(f, value, `strconv.ParseUint: parsing ${goQuote(value)}: value out of range`);
      v = n;
    } else if (REPEATED.has(f.type)) {
      checkValue(f, value);
      // pflag's first Set replaces the default; later ones append. stringSlice splits on commas.
      const prev = changed.has(f.long) ? (values[f.long] as string[]) : [];
      v = [...prev, ...(f.type === 'strings' ? value.split(',') : [value])];
    } else {
      checkValue(f, value);
      v = value;
    }
    values[f.long] = v;
    changed.add(f.long);
  };

  let rest = [...argv];
  while (rest.length > 0) {
    const s = rest.shift()!;
    if (s.length < 2 || s[0] !== '-') {
      args.push(s);
      if (!interspersed) {
        args.push(...rest);
        break;
      }
      continue;
    }
    if (s === '--') {
      args.push(...rest);
      break;
    }
    if (s[1] === '-') {
      const body = s.slice(2);
      if (body === '' || body[0] === '-' || body[0] === '=') throw new FlagError(`bad flag syntax: ${s}`);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const f = byLong.get(name);
      if (!f) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) set(f, body.slice(eq + 1));
      else if (f.type === 'bool') set(f, 'true');
      else if (rest.length > 0) set(f, rest.shift()!);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    let shorts = s.slice(1);
    while (shorts.length > 0) {
      const c = shorts[0];
      const f = byShort.get(c);
      if (!f) throw new FlagError(`unknown shorthand flag: ${quoteChar(c)} in -${shorts}`);
      let value: string;
      let next = shorts.slice(1);
      if (shorts.length > 2 && shorts[1] === '=') {
        value = shorts.slice(2);
        next = '';
      } else if (f.type === 'bool') {
        value = 'true';
      } else if (shorts.length > 1) {
        value = shorts.slice(1);
        next = '';
      } else if (rest.length > 0) {
        value = rest.shift()!;
      } else {
        throw new FlagError(`flag needs an argument: ${quoteChar(c)} in -${shorts}`);
      }
      if (f.shorthandDeprecated) notices.push(`Flag shorthand -${c} has been deprecated, ${f.shorthandDeprecated}`);
      set(f, value);
      shorts = next;
    }
  }
  return { values, changed, args, notices };
}

// A custom Value's Set: the flag's own check, else its type's.
function checkValue(f: FlagSpec, value: string): void {
  const cause = (f.check ?? TYPE_CHECKS[f.type])?.(value);
  if (cause !== undefined) throw invalid(f, value, cause);
}

function invalid(f: FlagSpec, value: string, cause: string): FlagError {
  return new FlagError(`invalid argument ${goQuote(value)} for ${goQuote(flagName(f))} flag: ${cause}`);
}
