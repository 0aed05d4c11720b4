import { afterEach, describe, expect, it } from 'vitest';
import { executableContent } from '../../../src/engine/layer/executable';
import { coreutils } from '../../../src/shell/coreutils';
import { coreutilsHooks, setCoreutilsHooks } from '../../../src/shell/coreutils/lib/hooks';
import type { ProcessContext } from '../../../src/shell/process';
import { ROOT, fixtureSeconds } from './fixture';
import { buildFs, run } from './harness';

// What the real tools cannot record (no daemon, no terminal, no signals in a recording):
// hooks, aborts, closed pipes and the sandbox's own executables.
const etc = { passwd: 'root:x:0:0:root:/root:/bin/bash\n', group: 'root:x:0:\n', hostname: 'f00dcafe1234\n' };
const saved = { ...coreutilsHooks };
afterEach(() => setCoreutilsHooks(saved));

describe('coreutils behaviour beyond the recordings', () => {
  it('sleep stops on Ctrl-C with 130', async () => {
    const ac = new AbortController();
    const p = run(buildFs(etc), ['sleep', '1000'], { signal: ac.signal });
    ac.abort();
    expect(await p).toEqual({ stdout: '', stderr: '', status: 130 });
  });

  it('yes stops on Ctrl-C with 130 and on a closed pipe with 141', async () => {
    const ac = new AbortController();
    let out = '';
    const ctx: ProcessContext = {
      argv: ['yes', 'ok'], env: new Map(), cwd: '/', fs: buildFs(etc), signal: ac.signal,
      stdin: { read: async () => null },
      stdout: { write: (s) => { out += s; if (out.length > 10000) ac.abort(); } },
      stderr: { write: () => {} },
    };
    expect(await coreutils.yes(ctx)).toBe(130);
    expect(out.startsWith('ok\nok\n')).toBe(true);
    let writes = 0;
    const closed = { ...ctx, signal: new AbortController().signal, stdout: { write: () => { if (++writes > 2) throw new Error('EPIPE'); } } };
    expect(await coreutils.yes(closed)).toBe(141);
  });

  it('ls -l judges recent dates by the clock hook, and LAYERLAB_NOW overrides it', async () => {
    const fs = buildFs(etc);
    setCoreutilsHooks({ now: () => fixtureSeconds('2026-11-21 00:00:00') * 1000 });
    expect((await run(fs, ['ls', '-l', 'notes.txt'])).stdout).toBe('-rw-r--r-- 1 root root 48 Nov 20 10:15 notes.txt\n');
    setCoreutilsHooks({ now: () => fixtureSeconds('2027-09-01 00:00:00') * 1000 });
    expect((await run(fs, ['ls', '-l', 'notes.txt'])).stdout).toBe('-rw-r--r-- 1 root root 48 Nov 20  2026 notes.txt\n');
    const env = new Map([['LAYERLAB_NOW', String(fixtureSeconds('2026-11-20 12:00:00'))]]);
    expect((await run(fs, ['date'], { env })).stdout).toBe('Fri Nov 20 12:00:00 UTC 2026\n');
    expect((await run(fs, ['ls', '-l', 'notes.txt'], { env })).stdout).toBe('-rw-r--r-- 1 root root 48 Nov 20 10:15 notes.txt\n');
  });

  // Expected text: `file /bin/ls nonl.txt` on Debian 12 (file 5.44), BuildID left out.
  it('file describes the sandbox executables as ELF binaries', async () => {
    const fs = buildFs(etc);
    fs.mkdir('/bin');
    fs.writeFile('/bin/ls', executableContent('ls', 142312), { mode: 0o755 });
    expect(await run(fs, ['file', '/bin/ls', 'nonl.txt'])).toEqual({
      stdout:
        '/bin/ls:  ELF 64-bit LSB pie executable, x86-64, version 1 (SYSV), dynamically linked, interpreter /lib64/ld-linux-x86-64.so.2, for GNU/Linux 3.2.0, stripped\n' +
        'nonl.txt: ASCII text, with no line terminators\n',
      stderr: '',
      status: 0,
    });
  });

  it('xargs and find -exec report a missing runner as command not found', async () => {
    setCoreutilsHooks({ exec: undefined });
    expect(await run(buildFs(etc), ['xargs', 'echo'], { stdin: 'a\n' })).toEqual({ stdout: '', stderr: 'xargs: echo: No such file or directory\n', status: 127 });
  });

  it('xargs runs each batch through the runner and returns 123 when one fails', async () => {
    const seen: string[][] = [];
    setCoreutilsHooks({ exec: async (_ctx, argv) => (seen.push(argv), argv.includes('b') ? 1 : 0) });
    expect((await run(buildFs(etc), ['xargs', '-n', '2', 'cmd'], { stdin: 'a b\nc' })).status).toBe(123);
    expect(seen).toEqual([['cmd', 'a', 'b'], ['cmd', 'c']]);
  });

  it('ps shows the shell and itself by default, or the hook list', async () => {
    const fs = buildFs(etc);
    expect((await run(fs, ['ps'])).stdout).toBe('    PID TTY          TIME CMD\n      1 pts/0    00:00:00 bash\n      7 pts/0    00:00:00 ps\n');
    // ps's CMD column is the comm ("nginx"), not the title nginx sets for itself
    setCoreutilsHooks({ processes: () => [{ pid: 1, tty: '?', time: 75, cmd: 'nginx: master process' }] });
    expect((await run(fs, ['ps'])).stdout).toBe('    PID TTY          TIME CMD\n      1 ?        00:01:15 nginx\n');
  });

  it('kill delivers through the hook and reports unknown pids like bash', async () => {
    const sent: [number, string][] = [];
    setCoreutilsHooks({ kill: (pid, sig) => (sent.push([pid, sig]), pid === 1) });
    expect(await run(buildFs(etc), ['kill', '-9', '1', '42'])).toEqual({ stdout: '', stderr: 'kill: (42) - No such process\n', status: 1 });
    expect(sent).toEqual([[1, 'KILL'], [42, 'KILL']]);
  });

  it('hostname and uname -n read /etc/hostname; whoami and id read /etc/passwd', async () => {
    const fs = buildFs(etc);
    expect((await run(fs, ['hostname'])).stdout).toBe('f00dcafe1234\n');
    expect((await run(fs, ['uname', '-n', '-s'])).stdout).toBe('Linux f00dcafe1234\n');
    expect((await run(fs, ['whoami'])).stdout).toBe('root\n');
    expect((await run(fs, ['id'])).stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
  });

  // Header layout and exit 16: man-db 2.11 on Debian 12 (`MANWIDTH=80 man ls`, `man nope`).
  it('man prints a page or exits 16', async () => {
    const fs = buildFs(etc);
    expect(await run(fs, ['man', 'nope'])).toEqual({ stdout: '', stderr: 'No manual entry for nope\n', status: 16 });
    const r = await run(fs, ['man', 'ls']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'LS(1)                            User Commands                           LS(1)',
      '',
      'NAME',
      '       ls - list information about the FILEs (the current directory by default)',
    ]);
  });

  it('clear sends home, erase screen and erase scrollback', async () => {
    expect(await run(buildFs(etc), ['clear'])).toEqual({ stdout: '\x1b[H\x1b[2J\x1b[3J', stderr: '', status: 0 });
  });

  it('tee writes what it reads to every file', async () => {
    const fs = buildFs(etc);
    expect(await run(fs, ['tee', 'a.out', 'b.out'], { stdin: 'x\n' })).toEqual({ stdout: 'x\n', stderr: '', status: 0 });
    expect(new TextDecoder().decode(fs.readFile(`${ROOT}/b.out`))).toBe('x\n');
  });
});
