import { describe, expect, it } from 'vitest';
import { session } from '../docker-extra/session';

/** Container and image IDs differ run to run. */
const ids = (s: string) => s.replace(/\b[0-9a-f]{12}\b/g, '<id>');

describe('a legacy build RUNs its steps as the Dockerfile USER', () => {
  it('USER 1000 then RUN touch /x is refused (recorded: fixtures/docker.txt; v28 wording of the removed container)', async () => {
    const { run } = await session();
    const r = await run("mkdir b && printf 'FROM busybox\\nUSER 1000\\nRUN touch /x\\n' > b/Dockerfile && DOCKER_BUILDKIT=0 docker build --no-cache -t permtest b");
    expect({ ...r, out: ids(r.out) }).toEqual({
      out:
        'Sending build context to Docker daemon  2.048kB\r\r\nStep 1/3 : FROM busybox\n ---> <id>\nStep 2/3 : USER 1000\n ---> Running in <id>\n' +
        ' ---> Removed intermediate container <id>\n ---> <id>\nStep 3/3 : RUN touch /x\n ---> Running in <id>\n\x1b[91mtouch: /x: Permission denied\n\x1b[0m',
      err:
        'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\n' +
        "The command '/bin/sh -c touch /x' returned a non-zero code: 1\n",
      code: 1,
    });
  });

  it('the builder itself still writes as root: COPY lands, and a root RUN after USER root succeeds', async () => {
    const { run } = await session();
    await run("mkdir b && echo hi > b/f && printf 'FROM busybox\\nUSER 1000\\nCOPY f /etc/f\\nUSER root\\nRUN touch /x\\n' > b/Dockerfile");
    expect((await run('DOCKER_BUILDKIT=0 docker build -q -t ok b')).code).toBe(0);
    expect(await run('docker run --rm -u 1000 ok cat /etc/f')).toEqual({ out: 'hi\n', err: '', code: 0 });
  });
});
