import { describe, expect, it } from 'vitest';
import { session } from '../docker-extra/session';

describe('docker run -u / docker exec -u: the process runs as that user', () => {
  it('id and whoami follow the user, in the process and in its children', async () => {
    const { run } = await session();
    expect(await run('docker run --rm -u 1000 busybox id')).toEqual({ out: 'uid=1000 gid=0(root) groups=0(root)\n', err: '', code: 0 });
    expect(await run('docker run --rm -u nobody busybox sh -c "whoami; id -u; id -g"')).toEqual({ out: 'nobody\n65534\n65534\n', err: '', code: 0 });
    expect(await run('docker run --rm -u 1234:5678 busybox sh -c "id"')).toEqual({ out: 'uid=1234 gid=5678 groups=5678\n', err: '', code: 0 });
    expect(await run('docker run --rm busybox whoami')).toEqual({ out: 'root\n', err: '', code: 0 });
  });

  it('files the process creates belong to it; exec defaults to the container user, -u root writes as root', async () => {
    const { run } = await session();
    expect((await run('docker run -d --name u1 -u 1234:5678 busybox sh -c "mkdir /tmp/d; echo x > /tmp/d/f; sleep 1000"')).code).toBe(0);
    expect(await run('docker exec u1 stat -c "%u:%g %n" /tmp/d /tmp/d/f')).toEqual({ out: '1234:5678 /tmp/d\n1234:5678 /tmp/d/f\n', err: '', code: 0 });
    expect((await run('docker exec u1 touch /tmp/c')).code).toBe(0);
    expect((await run('docker exec -u root u1 touch /tmp/r')).code).toBe(0);
    expect((await run('docker exec -u nobody u1 touch /tmp/n')).code).toBe(0);
    expect(await run('docker exec u1 stat -c "%u:%g %n" /tmp/c /tmp/r /tmp/n')).toEqual({ out: '1234:5678 /tmp/c\n0:0 /tmp/r\n65534:65534 /tmp/n\n', err: '', code: 0 });
    await run('docker rm -f u1');
  });

  it('an unknown user name fails the start with the daemon\'s words', async () => {
    const { run } = await session();
    const r = await run('docker run --rm -u nosuchuser:x busybox id');
    expect(r.code).toBe(125);
    expect(r.err).toContain("docker: Error response from daemon: unable to find user nosuchuser: no matching entries in passwd file\n\nRun 'docker run --help' for more information\n");
  });
});
