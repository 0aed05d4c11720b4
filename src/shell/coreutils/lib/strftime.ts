const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/**
 * C strftime for the conversions date(1), ls and stat use, in UTC (containers default to UTC;
 * TZ is not simulated). `nanos` feeds %N.
 */
export function strftime(fmt: string, seconds: number, nanos = 0): string {
  const d = new Date(seconds * 1000);
  const Y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const wd = d.getUTCDay();
  const yday = Math.floor((Date.UTC(Y, m, day) - Date.UTC(Y, 0, 1)) / 86400000) + 1;
  const conv: Record<string, () => string> = {
    a: () => DAYS[wd].slice(0, 3),
    A: () => DAYS[wd],
    b: () => MONTHS[m].slice(0, 3),
    h: () => MONTHS[m].slice(0, 3),
    B: () => MONTHS[m],
    c: () => strftime('%a %b %e %H:%M:%S %Y', seconds),
    C: () => pad(Math.floor(Y / 100)),
    d: () => pad(day),
    D: () => strftime('%m/%d/%y', seconds),
    e: () => pad(day, 2, ' '),
    F: () => strftime('%Y-%m-%d', seconds),
    H: () => pad(H),
    I: () => pad(H % 12 || 12),
    j: () => pad(yday, 3),
    k: () => pad(H, 2, ' '),
    l: () => pad(H % 12 || 12, 2, ' '),
    m: () => pad(m + 1),
    M: () => pad(M),
    n: () => '\n',
    N: () => pad(nanos, 9),
    p: () => (H < 12 ? 'AM' : 'PM'),
    P: () => (H < 12 ? 'am' : 'pm'),
    r: () => strftime('%I:%M:%S %p', seconds),
    R: () => strftime('%H:%M', seconds),
    s: () => String(seconds),
    S: () => pad(S),
    t: () => '\t',
    T: () => strftime('%H:%M:%S', seconds),
    u: () => String(wd || 7),
    w: () => String(wd),
    x: () => strftime('%m/%d/%y', seconds),
    X: () => strftime('%H:%M:%S', seconds),
    y: () => pad(Y % 100),
    Y: () => String(Y),
    z: () => '+0000',
    Z: () => 'UTC',
    '%': () => '%',
  };
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const f = conv[fmt[i + 1]];
    if (f) {
      out += f();
      i++;
    } else out += c;
  }
  return out;
}
