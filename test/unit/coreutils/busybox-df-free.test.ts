import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coreutilsHooks, setCoreutilsHooks } from '../../../src/shell/coreutils/lib/hooks';
import { busyboxDfTable, type DfRow } from '../../../src/shell/coreutils/df-busybox';
import { CowFs } from '../../../src/engine/fs/cow-fs';
import { UnionView } from '../../../src/engine/fs/union-view';
import { runApplet } from './busybox-harness';

// Recorded by record-busybox-container.sh in a real busybox:latest container: df, df -h, df -k /
// and free, free -m, -h, -k, -g, -b, each group in one container, sections separated by "==".
const sections = (f: string) => readFileSync(join(import.meta.dirname, 'busybox-recorded', f), 'utf8').split('==\n');
const df = sections('df.txt');
const free = sections('free.txt');
const saved = coreutilsHooks.memory;
afterAll(() => setCoreutilsHooks({ memory: saved }));

/** The real machine's mounts, read back from the recorded 1K-blocks table. */
function mounts(table: string): DfRow[] {
  return table.trim().split('\n').slice(1).map((l) => {
    const m = /^(\S+) +(\d+) +(\d+) +(\d+) +\d+% (.*)$/.exec(l)!;
    return { source: m[1], size: Number(m[2]), used: Number(m[3]), avail: Number(m[4]), mount: m[5] };
  });
}

describe('busybox df', () => {
  it('lays out the real mounts as the real df did, plain and -h (same container)', () => {
    const rows = mounts(df[0]);
    expect(busyboxDfTable(rows, false)).toBe(df[0]);
    expect(busyboxDfTable(rows, true)).toBe(df[1]);
    expect(busyboxDfTable(mounts(df[2]), false)).toBe(df[2]);
  });

  it('as an applet prints the sandbox mounts in that layout: recorded header, same column ends', async () => {
    for (const [argv, want] of [[['df'], df[0]], [['df', '-h'], df[1]]] as const) {
      const got = await runApplet(new CowFs(UnionView.empty()), [...argv]);
      expect(got.status).toBe(0);
      const [head, ...rows] = got.stdout.trimEnd().split('\n');
      expect(head + '\n').toBe(want.split('\n')[0] + '\n');
      // Right-aligned columns end where the real ones do: the normalizer keeps only the end
      // offsets of the size fields and Use%, since the sizes are the sandbox's, not the machine's.
      const ends = (l: string) => [...l.slice(21).matchAll(/\S+/g)].slice(0, 4).map((m) => 21 + m.index! + m[0].length);
      const realEnds = ends(want.split('\n')[1]);
      for (const r of rows) expect(ends(r)).toEqual(realEnds);
      expect(rows.map((r) => r.slice(0, 21).trimEnd())).toEqual(['overlay', 'tmpfs', 'shm', '/dev/vda1']);
    }
  });
});

/** The memory figures of a recorded `free` (KiB, or bytes for -b). */
function memory(table: string, unit = 1) {
  const [total, used, freeK, shared, buffCache, available] = table.split('\n')[1].trim().split(/ +/).slice(1).map((n) => Number(n) / unit);
  return { total, used, free: freeK, shared, buffCache, available };
}

describe('busybox free', () => {
  const cases: [string[], string, ReturnType<typeof memory>][] = [
    [['free'], free[0], memory(free[0])],
    [['free', '-m'], free[1], memory(free[0])],
    [['free', '-h'], free[2], memory(free[0])],
    [['free', '-k'], free[3], memory(free[3])],
    [['free', '-g'], free[4], memory(free[0])],
    [['free', '-b'], free[5], memory(free[5], 1024)],
  ];
  for (const [argv, want, mem] of cases) {
    it(argv.join(' '), async () => {
      setCoreutilsHooks({ memory: mem });
      expect(await runApplet(new CowFs(UnionView.empty()), argv)).toEqual({ stdout: want, stderr: '', status: 0 });
    });
  }
});
