/** Time comes from an injected clock (DESIGN.md principle 5): tests pin it, the page uses the real one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at `start` and advances `stepMs` on every read: deterministic transcripts. */
export function steppingClock(start: Date | string, stepMs = 1000): Clock {
  let t = new Date(start).getTime();
  return {
    now() {
      const d = new Date(t);
      t += stepMs;
      return d;
    },
  };
}

/** Docker's timestamp form in configs and inspect: RFC 3339 with nanoseconds trimmed of zeros. */
export function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.000Z$/, 'Z').replace(/(\.\d*?)0+Z$/, '$1Z');
}
