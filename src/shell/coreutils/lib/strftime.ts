const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

interface Parts { seconds: number; nanos: number; Y: number; m: number; day: number; H: number; M: number; S: number; wd: number; yday: number }

// Built once: `ls -l` formats a date per entry, and a table of closures per call cost more
// than the formatting itself.
const CONV: Record<string, (t: Parts) => string> = {
  a: (t) => DAYS[t.wd].slice(0, 3),
  A: (t) => DAYS[t.wd],
  b: (t) => MONTHS[t.m].slice(0, 3),
  h: (t) => MONTHS[t.m].slice(0, 3),
  B: (t) => MONTHS[t.m],
  c: (t) => strftime('%a %b %e %H:%M:%S %Y', t.seconds),
  C: (t) => pad(Math.floor(t.Y / 100)),
  d: (t) => pad(t.day),
  D: (t) => strftime('%m/%d/%y', t.seconds),
  e: (t) => pad(t.day, 2, ' '),
  F: (t) => strftime('%Y-%m-%d', t.seconds),
  H: (t) => pad(t.H),
  I: (t) => pad(t.H % 12 || 12),
  j: (t) => pad(t.yday, 3),
  k: (t) => pad(t.H, 2, ' '),
  l: (t) => pad(t.H % 12 || 12, 2, ' '),
  m: (t) => pad(t.m + 1),
  M: (t) => pad(t.M),
  n: () => '\n',
  N: (t) => pad(t.nanos, 9),
  p: (t) => (t.H < 12 ? 'AM' : 'PM'),
  P: (t) => (t.H < 12 ? 'am' : 'pm'),
  r: (t) => strftime('%I:%M:%S %p', t.seconds),
  R: (t) => strftime('%H:%M', t.seconds),
  s: (t) => String(t.seconds),
  S: (t) => pad(t.S),
  t: () => '\t',
  T: (t) => strftime('%H:%M:%S', t.seconds),
  u: (t) => String(t.wd || 7),
  w: (t) => String(t.wd),
  x: (t) => strftime('%m/%d/%y', t.seconds),
  X: (t) => strftime('%H:%M:%S', t.seconds),
  y: (t) => pad(t.Y % 100),
  Y: (t) => String(t.Y),
  z: () => '+0000',
  Z: () => 'UTC',
  '%': () => '%',

};

/**
 * C strftime for the conversions date(1), ls and stat use, in UTC (containers default to UTC;
 * TZ is not simulated). `nanos` feeds %N.
 */
export function strftime(fmt: string, seconds: number, nanos = 0): string {
  const d = new Date(seconds * 1000);
  const Y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const t: Parts = {
  seconds, nanos, Y, m, day, H: d.getUTCHours(), M: d.getUTCMinutes(), S: d.getUTCSeconds(), wd: d.getUTCDay(),
  yday: Math.floor((Date.UTC(Y, m, day) - Date.UTC(Y, 0, 1)) / 86400000) + 1,
  };
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
  const c = fmt[i];
  if (c !== '%' || i + 1 >= fmt.length) {
    out += c;
    continue;
  }
  const f = CONV[fmt[i + 1]];
  if (f) {
    out += f(t);
    i++;
  } else out += c;
  }
  return out;
}
