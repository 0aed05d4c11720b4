import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { PipeTerminal } from '../../../src/terminal/pipe-terminal';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';

async function* lines(text: string) {
  for (const l of text.split('\n')) yield l;
}

/** Runs a script through the sandbox as the REPL does with piped stdin; returns what it shows. */
export async function runPiped(script: string, sandbox?: Sandbox): Promise<{ out: string; status: number }> {
  const sb = sandbox ?? (await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(7) }));
  let out = '';
  const status = await sb.runTerminal(new PipeTerminal(lines(script), (s) => (out += s)));
  return { out, status };
}

describe('the REPL (piped)', () => {
  it('shows program output only: no prompt, no echo, no colour', async () => {
    const { out, status } = await runPiped('echo hello\npwd\nfoo\necho $?\ncd /nope');
    expect(out).toBe('hello\n/home/learner\nbash: foo: command not found\n127\nbash: cd: /nope: No such file or directory\n');
    expect(status).toBe(1);
  });

  it('feeds the following lines to a here-doc and keeps the files', async () => {
    const { out } = await runPiped('cat > Dockerfile <<EOF\nFROM scratch\nADD hello /\nCMD ["/hello"]\nEOF\ncat Dockerfile\nls -l');
    expect(out).toBe('FROM scratch\nADD hello /\nCMD ["/hello"]\n' + 'total 4\n-rw-r--r-- 1 learner learner 40 Nov 24 06:00 Dockerfile\n');
  });

  it('runs the docker commands the engine supports', async () => {
    const { out } = await runPiped('docker images\ndocker ps -a\ndocker tag a');
    expect(out).toBe(
      'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n' +
        'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n' +
        "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n",
    );
  });

  it('works as `npm run --silent repl < script` right after install', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const r = spawnSync('npm', ['run', '--silent', 'repl'], { cwd: root, input: 'echo from-a-pipe\nls /home\n', encoding: 'utf8' });
    expect(r.stdout).toBe('from-a-pipe\nlearner\n');
    expect(r.status).toBe(0);
  });
});

describe('saving the host', () => {
  it('stores the learner\'s files only when a command changed them, and never loses a change', async () => {
    const store = new MemoryStore();
    const sb = await Sandbox.open({ store, clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(7) });
    let writes = 0;
    const write = store.write.bind(store);
    store.write = async (batch) => {
      if (batch.some((op) => op.table === 'host' && op.key === 'fs')) writes++;
      return write(batch);
    };
    await sb.exec('echo a > f', { write() {} });
    await sb.exec('cat f', { write() {} });
    await sb.exec('ls', { write() {} });
    expect(writes).toBe(1);
    await sb.exec('echo b > f', { write() {} }); // same size, same second: still saved
    expect(writes).toBe(2);
    const again = await Sandbox.open({ store, clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(7) });
    let out = '';
    await again.exec('cat f', { write: (s) => (out += s) });
    expect(out).toBe('b\n');
  });
});
