/**
 * The date strings touch -d and date -d accept here, in UTC: "@SECONDS", "YYYY-MM-DD",
 * "YYYY-MM-DD HH:MM[:SS]" (or with "T"), "now". GNU's free-form parser ("next tuesday") is not
 * simulated; undefined means GNU's "invalid date" error.
 */
export function parseDate(s: string, now: number): number | undefined {
  const t = s.trim();
  if (t === '' || t === 'now') return now;
  let m = /^@(-?\d+)$/.exec(t);
  if (m) return Number(m[1]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*(?:Z|UTC))?$/.exec(t);
  if (!m) return undefined;
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, se) / 1000;
}
