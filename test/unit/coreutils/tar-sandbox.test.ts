import { describe, expect, it } from 'vitest';
import { session } from '../docker-extra/session';

describe('tar and gzip on the host (Debian 12) over docker save', () => {
  it('installs /usr/bin/tar, gzip, gunzip, zcat with Debian sizes', async () => {
    const { run } = await session();
    const r = await run('ls -l /usr/bin/tar /usr/bin/gzip /usr/bin/gunzip /usr/bin/zcat');
    expect(r.out.split('\n').filter(Boolean).map((l) => l.split(/ +/).slice(0, 5).join(' ') + ' ' + l.split(' ').pop())).toEqual([
      '-rwxr-xr-x 1 root root 2346 /usr/bin/gunzip',
      '-rwxr-xr-x 1 root root 98136 /usr/bin/gzip',
      '-rwxr-xr-x 1 root root 531984 /usr/bin/tar',
      '-rwxr-xr-x 1 root root 1984 /usr/bin/zcat',
    ]);
  });

  it('docker save, tar -tvf, extract, read the manifest; layer listed from its blob; gzip round trip', async () => {
    const { run } = await session();
    expect((await run('docker save busybox -o b.tar')).code).toBe(0);
    const list = await run('tar -tvf b.tar');
    expect(list.err).toBe('');
    expect(list.code).toBe(0);
    expect((await run('mkdir x && tar -xf b.tar -C x')).code).toBe(0);
    const manifest = JSON.parse((await run('cat x/manifest.json')).out);
    const layer: string = manifest[0].Layers[0];
    // every file the listing names has the size the extracted blob has
    for (const line of list.out.trim().split('\n')) {
      const [mode, , size, , , name] = line.split(/ +/);
      if (!mode.startsWith('-')) continue;
      expect((await run(`stat -c %s x/${name}`)).out).toBe(`${size}\n`);
    }
    expect(list.out).toContain(` ${layer}\n`);
    const inner = await run(`tar -tvf x/${layer}`);
    expect(inner.code).toBe(0);
    expect(inner.out).toMatch(/^hrwxr-xr-x 0\/0 +0 [-0-9: ]+ bin\/busybox link to bin\/\[$/m);
    expect(await run('gzip b.tar && ls b.tar.gz && zcat b.tar.gz | tar -t | grep -c manifest.json && gunzip b.tar.gz && ls b.tar')).toEqual({ out: 'b.tar.gz\n1\nb.tar\n', err: '', code: 0 });
  });

  it('images: ubuntu runs tar; busybox has tar, gzip, zcat applets', async () => {
    const { run } = await session();
    expect((await run('docker run --rm busybox sh -c "mkdir d; echo hi > d/a; tar -cf d.tar d; tar -tf d.tar; gzip d.tar; zcat d.tar.gz | tar -t"')).out).toBe('d/\nd/a\nd/\nd/a\n');
  });
});
