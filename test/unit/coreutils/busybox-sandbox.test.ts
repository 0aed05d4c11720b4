import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from '../docker-extra/session';

// Outputs of a real busybox:latest container, recorded by record-busybox-container.sh.
const rec = (f: string) => readFileSync(join(import.meta.dirname, 'busybox-recorded', f), 'utf8');
/** The exec'd ps's PID is the kernel's choice (6, 7, 12... in the real container): masked as N. */
const maskPsPid = (s: string) => s.replace(/^ +\d+ (root +ps)$/m, '    N $1');

describe('applets of the busybox image print busybox layouts (through docker run / exec)', () => {
  it('docker exec ps in a container running sleep', async () => {
    const { run } = await session();
    expect((await run('docker run -d --name pp busybox sleep 1000')).code).toBe(0);
    const r = await run('docker exec pp ps');
    expect({ ...r, out: maskPsPid(r.out) }).toEqual({ out: maskPsPid(rec('exec-ps.txt')), err: '', code: 0 });
    await run('docker rm -f pp');
  });

  it('docker run busybox ps: ps is PID 1, listed once', async () => {
    const { run } = await session();
    expect(await run('docker run --rm busybox ps')).toEqual({ out: rec('run-ps.txt'), err: '', code: 0 });
  });

  it('df and free print busybox headers; ls -l busybox columns', async () => {
    const { run } = await session();
    const first = (s: string) => s.split('\n')[0];
    expect(first((await run('docker run --rm busybox df')).out)).toBe(first(rec('df.txt')));
    expect(first((await run('docker run --rm busybox df -h')).out)).toBe(first(rec('df.txt').split('==\n')[1]));
    expect(first((await run('docker run --rm busybox free -m')).out)).toBe(first(rec('free.txt')));
    const ls = (await run('docker run --rm busybox ls -l /etc/group')).out;
    const real = rec('du-etc.txt').split('\n').find((l) => l.endsWith(' group'))!;
    // Same line but the date (the recording machine's build time).
    const noDate = (l: string) => l.replace(/ [A-Z][a-z]{2} [ \d]\d [ \d]\d:\d\d /, ' DATE ');
    expect(noDate(ls.replace('/etc/group', 'group').trimEnd())).toBe(noDate(real));
  });
});
