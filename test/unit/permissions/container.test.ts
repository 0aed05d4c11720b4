import { describe, expect, it } from 'vitest';
import { session } from '../docker-extra/session';

/** Recorded from docker 28.2.2 / dockerd 20.10 with busybox:latest (fixtures/docker.txt). */
describe('a container process running as a non-root user is refused as busybox is', () => {
  const cases: [string, string][] = [
    ['touch /x', 'touch: /x: Permission denied\n'],
    ['mkdir /opt', "mkdir: can't create directory '/opt': Permission denied\n"],
    ['rm /etc/passwd', "rm: can't remove '/etc/passwd': Permission denied\n"],
    ['cat /etc/shadow', "cat: can't open '/etc/shadow': Permission denied\n"],
    ['ls /root', "ls: can't open '/root': Permission denied\n"],
    ['chmod 777 /etc/passwd', 'chmod: /etc/passwd: Operation not permitted\n'],
  ];
  for (const [cmd, err] of cases) {
    it(`docker run --rm -u 1000 busybox ${cmd}`, async () => {
      const { run } = await session();
      expect(await run(`docker run --rm -u 1000 busybox ${cmd}`)).toEqual({ out: '', err, code: 1 });
    });
  }

  it('the sticky /tmp is everyone\'s to write in', async () => {
    const { run } = await session();
    expect(await run('docker run --rm -u 1000 busybox touch /tmp/ok')).toEqual({ out: '', err: '', code: 0 });
  });

  it('root in the same image, and docker cp into it, are not checked', async () => {
    const { run } = await session();
    expect(await run('docker run --rm busybox touch /x')).toEqual({ out: '', err: '', code: 0 });
    expect((await run('docker create --name cc -u 1000 busybox cat /etc/f')).code).toBe(0);
    expect(await run('echo hi > f && docker cp f cc:/etc/f')).toEqual({ out: '', err: '', code: 0 });
    expect(await run('docker start -a cc')).toEqual({ out: 'hi\n', err: '', code: 0 });
  });
});
