import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coreutilsHooks, setCoreutilsHooks } from '../../../src/shell/coreutils/lib/hooks';
import { CowFs } from '../../../src/engine/fs/cow-fs';
import { UnionView } from '../../../src/engine/fs/union-view';
import { runApplet } from './busybox-harness';

// Recorded by record-busybox-container.sh: `docker exec` of ps in a real busybox:latest
// container whose main process is `sleep 1000` (Debian's busybox-static 1.35.0).
const rec = (f: string) => readFileSync(join(import.meta.dirname, 'busybox-recorded', f), 'utf8');
const saved = coreutilsHooks.processes;
let psPid = 7;

beforeAll(() =>
  // The container's process table as the real one was: sleep as PID 1 and the exec'd ps (its
  // parent is outside the container, PPID 0) with the PID the real kernel gave it.
  setCoreutilsHooks({
    processes: (ctx) => [
      { pid: 1, tty: '?', time: 0, cmd: 'sleep 1000' },
      { pid: psPid, tty: '?', time: 0, cmd: ctx.argv.join(' '), ppid: 0 },
    ],
  }),
);
afterAll(() => setCoreutilsHooks({ processes: saved }));

const FILES: [string, string[]][] = [
  ['exec-ps.txt', ['ps']],
  ['exec-ps_aux.txt', ['ps', 'aux']],
  ['exec-ps_-ef.txt', ['ps', '-ef']],
  ['exec-ps_-o_pid,comm.txt', ['ps', '-o', 'pid,comm']],
  ['exec-ps_-o_pid,user,args.txt', ['ps', '-o', 'pid,user,args']],
  ['exec-ps_-o_pid,ppid,user,group,comm,args.txt', ['ps', '-o', 'pid,ppid,user,group,comm,args']],
];

describe('busybox ps prints busybox\'s table', () => {
  for (const [file, argv] of FILES) {
    it(argv.join(' '), async () => {
      const want = rec(file);
      psPid = Number(want.trimEnd().split('\n').pop()!.trim().split(' ')[0]);
      const got = await runApplet(new CowFs(UnionView.empty()), argv);
      expect(got).toEqual({ stdout: want, stderr: '', status: 0 });
    });
  }

  for (const [file, argv] of [['exec-ps_-x.err', ['ps', '-x']], ['exec-ps_-o_foo.err', ['ps', '-o', 'foo']]] as const) {
    it(`${argv.join(' ')} is a usage error`, async () => {
      const lines = rec(file).trimEnd().split('\n');
      const status = Number(lines.pop());
      // The banner is the images' busybox (1.36.1), as busybox-wording.test.ts records it.
      const stderr = (lines.join('\n') + '\n').replace('BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1)', 'BusyBox v1.36.1 (Debian 1:1.36.1-3)');
      expect(await runApplet(new CowFs(UnionView.empty()), [...argv])).toEqual({ stdout: '', stderr, status });
    });
  }

  it('a column with its own header is said to be unavailable, not faked', async () => {
    expect(await runApplet(new CowFs(UnionView.empty()), ['ps', '-o', 'pid=X'])).toEqual({
      stdout: '',
      stderr: "layerlab: 'ps -o pid=X' (a column with its own header) is not available in this sandbox\n",
      status: 1,
    });
  });
});
