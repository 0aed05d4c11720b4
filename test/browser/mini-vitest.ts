/**
 * Just enough of Vitest's API (describe/it/expect) to run our Node-agnostic contract suites
 * inside a real browser page, where Vitest itself does not run. The e2e test bundles a suite
 * with this module standing in for 'vitest' and reads back the results.
 */
type Test = { name: string; fn: () => unknown };
const tests: Test[] = [];
const prefix: string[] = [];

export function describe(name: string, fn: () => void): void {
  prefix.push(name);
  fn();
  prefix.pop();
}

export function it(name: string, fn: () => unknown): void {
  tests.push({ name: [...prefix, name].join(' > '), fn });
}
export const test = it;

export async function runAll(): Promise<Array<{ name: string; error?: string }>> {
  const results: Array<{ name: string; error?: string }> = [];
  for (const t of tests) {
    try {
      await t.fn();
      results.push({ name: t.name });
    } catch (e) {
      results.push({ name: t.name, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return results;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function matchers(v: unknown, negate: boolean) {
  const check = (ok: boolean, what: string) => {
    if (ok === negate) throw new Error(`expected ${JSON.stringify(v)} ${negate ? 'not ' : ''}${what}`);
  };
  return {
    toBe: (x: unknown) => check(Object.is(v, x), `to be ${JSON.stringify(x)}`),
    toEqual: (x: unknown) => check(deepEqual(v, x), `to equal ${JSON.stringify(x)}`),
    toStrictEqual: (x: unknown) => check(deepEqual(v, x), `to equal ${JSON.stringify(x)}`),
    toBeUndefined: () => check(v === undefined, 'to be undefined'),
    toBeDefined: () => check(v !== undefined, 'to be defined'),
    toBeTruthy: () => check(!!v, 'to be truthy'),
    toBeFalsy: () => check(!v, 'to be falsy'),
    toBeInstanceOf: (c: new (...a: never[]) => unknown) => check(v instanceof c, `to be an instance of ${c.name}`),
    toMatch: (re: RegExp | string) => check(typeof v === 'string' && (typeof re === 'string' ? v.includes(re) : re.test(v)), `to match ${String(re)}`),
    toHaveLength: (n: number) => check((v as { length: number }).length === n, `to have length ${n}`),
    toContain: (x: unknown) => check((v as unknown[]).includes(x), `to contain ${JSON.stringify(x)}`),
    toBeGreaterThan: (n: number) => check((v as number) > n, `to be > ${n}`),
  };
}

export function expect(v: unknown) {
  return { ...matchers(v, false), not: matchers(v, true) };
}
