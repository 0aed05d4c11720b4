import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { piped } from './catalog-fixture';

const root = join(import.meta.dirname, '../../..');
const catalog = async (p: string) => JSON.parse(await readFile(join(root, 'public/catalog', p), 'utf8'));
const open = () => Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(3), catalog, transfers: { instant: true } });

async function run(sb: Sandbox, line: string) {
  let out = '';
  let err = '';
  const code = await sb.exec(line, { write: (s) => (out += s) }, { write: (s) => (err += s) });
  return { out, err, code };
}

describe("seed 002's sudo lines", () => {
  it('sudo docker ... prints exactly what docker ... prints', async () => {
    const [a, b] = [await open(), await open()];
    for (const line of ['docker image ls', 'docker pull centos', 'docker image ls', 'docker pull nosuchimage-xyz']) {
      expect(await run(b, `sudo ${line}`)).toEqual(await run(a, line));
    }
  });

  it('sudo mkdir in /opt, cd, sudo vim Dockerfile, then docker build from a file sudo wrote', async () => {
    const sb = await open();
    const out = await piped(sb, [
      'cd /opt',
      'sudo mkdir docker-centos-vim',
      'cd docker-centos-vim/',
      'sudo vim Dockerfile',
      // vim's keys, one line each: insert, the two lines, Esc and :wq
      'iFROM centos',
      'RUN yum install -y vim\x1b:wq',
      'pwd',
      'cat Dockerfile',
      "stat -c '%U %G %a %n' . Dockerfile",
    ].join('\n'));
    expect(out.slice(out.indexOf('/opt/docker-centos-vim\n'))).toBe('/opt/docker-centos-vim\nFROM centos\nRUN yum install -y vim\nroot root 755 .\nroot root 644 Dockerfile\n');
    // The seed's `yum install` needs CentOS 8's retired mirrors; a root-owned Dockerfile written
    // with `sudo tee` shows the build reads what sudo wrote.
    const build = await run(sb, `cd /opt/docker-centos-vim && printf 'FROM centos\\nLABEL made=sudo\\n' | sudo tee Dockerfile.label >/dev/null && docker build -q -f Dockerfile.label -t stt/centos-vim-new . >/dev/null; echo $?; docker images --format "{{.Repository}}:{{.Tag}}" stt/centos-vim-new`);
    expect(build).toEqual({ out: '0\nstt/centos-vim-new:latest\n', err: '', code: 0 });
  });

  it('containers keep their own programs: images without sudo still have none', async () => {
    const sb = await open();
    await run(sb, 'docker pull ubuntu');
    await run(sb, 'docker pull busybox');
    expect(await run(sb, 'docker run --rm ubuntu bash -c "sudo id"')).toEqual({ out: '', err: 'bash: line 1: sudo: command not found\n', code: 127 });
    expect(await run(sb, 'docker run --rm busybox sudo id')).toMatchObject({ out: '', code: 127 });
  });
});
