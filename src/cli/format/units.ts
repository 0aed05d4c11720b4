/**
 * github.com/docker/go-units, the sizes and durations docker prints: size.go HumanSize /
 * HumanSizeWithPrecision / BytesSize and duration.go HumanDuration.
 */
const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/**
 * Go's fmt %.{prec}g: `prec` significant digits, no trailing zeros, exponent form (two-digit
 * exponent, `1e+03`) when the rounded exponent is < -4 or >= prec.
 */
export function formatG(x: number, prec: number): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf';
  const p = Math.max(prec, 1);
  const [mant, expStr] = x.toExponential(p - 1).split('e');
  const exp = Number(expStr);
  const strip = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= p) {
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${strip(mant)}e${exp < 0 ? '-' : '+'}${e}`;
  }
  return strip(x.toFixed(Math.max(0, p - 1 - exp)));
}

function sizeAndUnit(size: number, base: number, units: string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i]];
}

export const units = {
  /** `images`/`history` SIZE use precision 3: `5.58MB`, `124MB`, `0B`, and `1e+03MB` for 999.7 MB. */
  humanSizeWithPrecision(size: number, precision: number): string {
    const [v, u] = sizeAndUnit(size, 1000, DECIMAL);
    return formatG(v, precision) + u;
  },

  /** Precision 4 (pull/push progress, build context): `28.17MB`, `2.048kB`. */
  humanSize(size: number): string {
    return units.humanSizeWithPrecision(size, 4);
  },

  /** Base 1024, `%.4g`: `1KiB`, `1.5MiB`. */
  bytesSize(size: number): string {
    const [v, u] = sizeAndUnit(size, 1024, BINARY);
    return formatG(v, 4) + u;
  },

  /** HumanDuration of a duration in milliseconds: `Less than a second` ... `2 years`. */
  humanDuration(ms: number): string {
    const seconds = Math.trunc(ms / 1000);
    if (seconds < 1) return 'Less than a second';
    if (seconds === 1) return '1 second';
    if (seconds < 60) return `${seconds} seconds`;
    const minutes = Math.trunc(ms / 60000);
    if (minutes === 1) return 'About a minute';
    if (minutes < 60) return `${minutes} minutes`;
    const hours = Math.trunc(ms / 3600000 + 0.5);
    if (hours === 1) return 'About an hour';
    if (hours < 48) return `${hours} hours`;
    if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
    if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
    if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
    return `${Math.trunc(Math.trunc(ms / 3600000) / 24 / 365)} years`;
  },
} as const;
