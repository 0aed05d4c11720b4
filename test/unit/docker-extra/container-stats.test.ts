import { describe, expect, it } from 'vitest';
import { session } from './session';

describe('docker stats --no-stream', () => {
  it('lists running containers, all with -a, and formats rows', async () => {
    const { run } = await session();
    const id = (await run('docker run -d --name up busybox sleep 300')).out.slice(0, 12);
    const ex = (await run('docker create --name idle busybox')).out.slice(0, 12);
    expect(await run('docker stats --no-stream')).toEqual({
      out:
        'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O   BLOCK I/O   PIDS\n' +
        `${id}   up        0.05%     1.545MiB / 1.937GiB   0.08%     0B / 0B   0B / 0B     1\n`,
      err: '',
      code: 0,
    });
    expect((await run('docker stats -a --no-stream --format "{{.Name}} {{.MemUsage}} {{.PIDs}}"')).out).toBe('idle 0B / 0B 0\nup 1.545MiB / 1.937GiB 1\n');
    expect((await run(`docker stats --no-stream --format '{{json .}}' ${ex}`)).out).toBe(
      `{"BlockIO":"0B / 0B","CPUPerc":"0.00%","Container":"${ex}","ID":"${ex}","MemPerc":"0.00%","MemUsage":"0B / 0B","Name":"idle","NetIO":"0B / 0B","PIDs":"0"}\n`,
    );
    expect(await run('docker stats --no-stream nosuch')).toEqual({ out: '', err: 'Error response from daemon: No such container: nosuch\n', code: 1 });
  });
});
