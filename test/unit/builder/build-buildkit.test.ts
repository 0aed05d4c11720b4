import { describe, expect, it } from 'vitest';
import { sandboxWithBusybox } from './busybox-sandbox';

async function run(sb: Awaited<ReturnType<typeof sandboxWithBusybox>>, line: string) {
  let out = '';
  let err = '';
  const exit = await sb.exec(line, { write: (s) => (out += s) }, { write: (s) => (err += s) });
  return { out, err, exit };
}

/**
 * BuildKit's output (Docker 28's default builder). These texts come from the sources, not a
 * recording (no buildx on the recording machine): buildkit util/progress/progressui printer.go
 * for the plain stream, solver/errdefs source.go for the Dockerfile excerpt, display.go's
 * printErrorLogs for the `------ > step:` block, buildx's `ERROR: failed to solve: `.
 */
describe('docker build with BuildKit (plain progress, not a terminal)', () => {
  it('prints the vertices, CACHED on a rebuild, and the failure with its excerpt', async () => {
    const sb = await sandboxWithBusybox();
    await run(sb, `printf 'FROM busybox\\nENV A=1\\nRUN echo hi > /x\\nCMD ["cat", "/x"]\\n' > Dockerfile`);
    const first = await run(sb, 'docker build -t hi .');
    const id = sb.engine.imageGet('hi').id;
    const plain = (cached: boolean) => [
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 56B done',
      /#1 DONE \d+\.\ds/,
      '',
      '#2 [internal] load metadata for docker.io/library/busybox:latest',
      /#2 DONE \d+\.\ds/,
      '',
      '#3 [internal] load .dockerignore',
      '#3 transferring context: 2B done',
      /#3 DONE \d+\.\ds/,
      '',
      '#4 [1/2] FROM docker.io/library/busybox:latest',
      /#4 DONE \d+\.\ds/,
      '',
      '#5 [2/2] RUN echo hi > /x',
      cached ? '#5 CACHED' : /#5 DONE \d+\.\ds/,
      '',
      '#6 exporting to image',
      '#6 exporting layers done',
      `#6 writing image ${id} done`,
      '#6 naming to docker.io/library/hi:latest done',
      /#6 DONE \d+\.\ds/,
      '',
    ];
    const lines = (s: string) => s.split('\n');
    expect(first).toMatchObject({ out: '', exit: 0 });
    expect(lines(first.err)).toEqual(plain(false).map((l) => (typeof l === 'string' ? l : expect.stringMatching(l))));
    const again = await run(sb, 'docker build -t hi .');
    expect(lines(again.err)).toEqual(plain(true).map((l) => (typeof l === 'string' ? l : expect.stringMatching(l))));
    // BuildKit keeps no intermediate images: only busybox and the result.
    expect(sb.engine.imageList().length).toBe(2);

    await run(sb, `printf 'FROM busybox\\nRUN echo start && foo\\n' > Dockerfile`);
    const bad = await run(sb, 'docker build .');
    expect(bad.exit).toBe(1);
    // Log lines carry the seconds since the step started (the sandbox's pinned clock steps).
    const tail = bad.err.slice(bad.err.indexOf('#5 [2/2]')).replace(/^(#5 )?\d+\.\d{3} /gm, '$1<t> ');
    expect(tail).toEqual([
      '#5 [2/2] RUN echo start && foo',
      '#5 <t> start',
      '#5 <t> /bin/sh: foo: not found',
      '#5 ERROR: process "/bin/sh -c echo start && foo" did not complete successfully: exit code: 127',
      '------',
      ' > [2/2] RUN echo start && foo:',
      '<t> start',
      '<t> /bin/sh: foo: not found',
      '------',
      'Dockerfile:2',
      '--------------------',
      '   1 |     FROM busybox',
      '   2 | >>> RUN echo start && foo',
      '   3 |     ',
      '--------------------',
      'ERROR: failed to solve: process "/bin/sh -c echo start && foo" did not complete successfully: exit code: 127',
      '',
    ].join('\n'));
  });
});
