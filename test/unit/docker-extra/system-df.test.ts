import { describe, expect, it } from 'vitest';
import { session } from './session';

describe('docker system df', () => {
  it('counts a layer shared by two images once; an in-use image reclaims only what others share', async () => {
    const { run } = await session();
    await run("docker run --name wr busybox sh -c 'echo hello > /f'");
    await run('docker commit wr child');
    await run('docker run -d --name up child sleep 300');
    const id = async (q: string) => (await run(q)).out.trim();
    const ids = { child: await id('docker images -q child'), busybox: await id('docker images -q busybox'), up: await id('docker ps -q -f name=up'), wr: await id('docker ps -aq -f name=wr') };
    const r = await run('docker system df');
    expect(r).toEqual({ out: DF, err: '', code: 0 });
    expect((await run("docker system df --format '{{.Type}}: {{.Size}} {{.Reclaimable}}'")).out).toBe(
      'Images: 1.983MB 1.983MB (99%)\nContainers: 6B 6B (100%)\nLocal Volumes: 0B 0B\nBuild Cache: 0B 0B\n',
    );
    const v = (await run('docker system df -v')).out;
    expect(v).toBe(
      'Images space usage:\n\n' +
        'REPOSITORY   TAG       IMAGE ID       CREATED          SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS\n' +
        `child        latest    ${ids.child}   7 seconds ago    1.98MB    1.983MB       6B            1\n` +
        `busybox      latest    ${ids.busybox}   15 seconds ago   1.98MB    1.983MB       0B            1\n\n` +
        'Containers space usage:\n\n' +
        'CONTAINER ID   IMAGE     COMMAND                  LOCAL VOLUMES   SIZE      CREATED          STATUS                      NAMES\n' +
        `${ids.up}   child     "sleep 300"              0               0B        6 seconds ago    Up 6 seconds                up\n` +
        `${ids.wr}   busybox   "sh -c 'echo hello >…"   0               6B        13 seconds ago   Exited (0) 10 seconds ago   wr\n\n` +
        'Local Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\n\n' +
        'Build cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n',
    );
  });
});

const DF =
  'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
  'Images          2         2         1.983MB   1.983MB (99%)\n' +
  'Containers      2         1         6B        6B (100%)\n' +
  'Local Volumes   0         0         0B        0B\n' +
  'Build Cache     0         0         0B        0B\n';
