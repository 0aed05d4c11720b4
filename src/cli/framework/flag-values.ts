import { goQuote } from '../format/go-quote';

/**
 * The Set checks of docker's custom flag values, with the exact error text pflag wraps in
 * `invalid argument "v" for "--f" flag: <text>`. Each returns undefined when the value is valid.
 */

// strconv.ParseFloat's syntax (decimal forms; Go also takes hex floats, Inf and NaN, which a size never needs).
const FLOAT = /^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?$/;

/** go-units RAMInBytes as vendored by docker/cli 28 (`-m 512m`, `--shm-size 1g`). */
export function bytesError(size: string): string | undefined {
  let sep = -1;
  for (let i = size.length - 1; i >= 0; i--) if ('01234567890. '.includes(size[i])) { sep = i; break; }
  if (sep === -1) return `invalid size: '${size}'`;
  const num = size[sep] === ' ' ? size.slice(0, sep) : size.slice(0, sep + 1);
  let sfx = size.slice(sep + 1);
  if (!FLOAT.test(num) || num.includes('_')) return `strconv.ParseFloat: parsing ${goQuote(num)}: invalid syntax`;
  if (parseFloat(num) < 0) return `invalid size: '${size}'`;
  if (sfx === '') return undefined;
  const bad = `invalid suffix: '${sfx.length > 3 ? sfx : sfx.toLowerCase()}'`;
  if (sfx.length > 3) return bad;
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? bad : undefined;
  if (!'kmgtp'.includes(sfx[0])) return bad;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return bad;
  return undefined;
}

/** opts.ParseCPUs: a big.Rat (`1.5`, `3/2`, `2e-1`) that is a whole number of nano-CPUs. */
export function decimalError(value: string): string | undefined {
  const rat = parseRat(value);
  if (!rat) return `failed to parse ${value} as a rational number`;
  const [num, den] = rat;
  return (num * 1_000_000_000n) % den === 0n ? undefined : 'value is too precise';
}

function parseRat(s: string): [bigint, bigint] | undefined {
  const frac = /^([+-]?\d+)\/(\d+)$/.exec(s);
  if (frac) return BigInt(frac[2]) === 0n ? undefined : [BigInt(frac[1]), BigInt(frac[2])];
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const digits = BigInt(m[1] + (m[2] || '0') + (m[3] ?? ''));
  const exp = Number(m[4] ?? 0) - (m[3] ?? '').length;
  return exp >= 0 ? [digits * 10n ** BigInt(exp), 1n] : [digits, 10n ** BigInt(-exp)];
}

const UNITS = new Set(['ns', 'us', 'µs', 'μs', 'ms', 's', 'm', 'h']);

/** Go time.ParseDuration's errors (`5` has no unit; `0` alone is allowed). */
export function durationError(orig: string): string | undefined {
  const invalid = `time: invalid duration ${goQuote(orig)}`;
  let s = orig.replace(/^[+-]/, '');
  if (s === '0') return undefined;
  if (s === '') return invalid;
  while (s !== '') {
    const num = /^(\d*)(\.\d*)?/.exec(s)!;
    if (num[1] === '' && (num[2] ?? '.').length <= 1) return invalid;
    s = s.slice(num[0].length);
    const unit = /^[^0-9.]*/.exec(s)![0];
    if (unit === '') return `time: missing unit in duration ${goQuote(orig)}`;
    if (!UNITS.has(unit)) return `time: unknown unit ${goQuote(unit)} in duration ${goQuote(orig)}`;
    s = s.slice(unit.length);
  }
  return undefined;
}

const ULIMITS = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);

/** go-units ParseUlimit: `name=soft[:hard]`. */
export function ulimitError(value: string): string | undefined {
  const eq = value.indexOf('=');
  if (eq < 0) return `invalid ulimit argument: ${value}`;
  const name = value.slice(0, eq);
  if (!ULIMITS.has(name)) return `invalid ulimit type: ${name}`;
  const [softStr, hardStr] = splitOnce(value.slice(eq + 1), ':');
  const int = (t: string) => (/^[+-]?\d+$/.test(t) ? Number(t) : `strconv.ParseInt: parsing ${goQuote(t)}: invalid syntax`);
  const hard = hardStr === undefined ? undefined : int(hardStr);
  if (typeof hard === 'string') return hard;
  const soft = int(softStr);
  if (typeof soft === 'string') return soft;
  const h = hard ?? soft;
  if (h !== -1 && soft === -1) return `ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: ${h}`;
  if (h !== -1 && soft > h) return `ulimit soft limit must be less than or equal to hard limit: ${soft} > ${h}`;
  return undefined;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** The check each flag type makes in its Set; types without one take any string. */
export const TYPE_CHECKS: Partial<Record<string, (v: string) => string | undefined>> = {
  bytes: bytesError,
  decimal: decimalError,
  duration: durationError,
  ulimit: ulimitError,
};
