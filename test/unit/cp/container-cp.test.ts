import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { importBusybox } from '../transcripts/busybox-image';

async function session() {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T07:05:02Z'), random: seededRandom(7) });
  await importBusybox(sb.engine);
  const run = async (line: string) => {
    let out = '';
    let err = '';
    const code = await sb.exec(line, { write: (s) => (out += s) }, { write: (s) => (err += s) });
    return { out, err, code };
  };
  return { sb, run };
}

describe('docker cp', () => {
  it('copies a directory out, into an existing directory, and its contents with SRC/.', async () => {
    const { run } = await session();
    await run('docker run --name box busybox sh -c "mkdir -p /d/sub && echo one > /d/a && echo two > /d/sub/b && ln -s a /d/l"');
    expect(await run('docker cp box:/d out && find out | sort && cat out/sub/b && ls -l out/l')).toMatchObject({ code: 0, err: '' });
    const r = await run('find out | sort; readlink out/l; mkdir into; docker cp box:/d into; find into | sort; mkdir flat; docker cp box:/d/. flat; ls flat');
    expect(r).toEqual({
      out: 'out\nout/a\nout/l\nout/sub\nout/sub/b\na\ninto\ninto/d\ninto/d/a\ninto/d/l\ninto/d/sub\ninto/d/sub/b\na\nl\nsub\n',
      err: '',
      code: 0,
    });
  });

  it('copies in as root unless -a keeps the owner, and docker diff sees it', async () => {
    const { run } = await session();
    await run('docker create --name box busybox');
    await run('mkdir tree; echo hi > tree/f');
    expect(await run('docker cp tree box:/tree')).toEqual({ out: '', err: '', code: 0 });
    expect(await run('docker cp -a tree/f box:/owned')).toEqual({ out: '', err: '', code: 0 });
    expect((await run('docker diff box')).out).toBe('A /owned\nA /tree\nA /tree/f\n');
    expect((await run('docker start -a box >/dev/null; docker commit box img >/dev/null; docker run --rm img stat -c "%u:%g %a %n" /tree /tree/f /owned')).out)
      .toBe('0:0 755 /tree\n0:0 644 /tree/f\n1000:1000 644 /owned\n');
  });

  it('reports the errors docker prints', async () => {
    const { run } = await session();
    await run('docker create --name box busybox; mkdir d; echo x > f');
    expect(await run('docker cp box:/nosuch .')).toEqual({ out: '', err: 'Error response from daemon: Could not find the file /nosuch in container box\n', code: 1 });
    expect(await run('docker cp f nosuch:/tmp')).toEqual({ out: '', err: 'Error response from daemon: No such container: nosuch\n', code: 1 });
    expect(await run('docker cp f d')).toEqual({ out: '', err: 'must specify at least one container source\n', code: 1 });
    expect(await run('docker cp box:/a box:/b')).toEqual({ out: '', err: 'copying between containers is not supported\n', code: 1 });
    expect(await run('docker cp box:/etc f')).toEqual({ out: '', err: 'cannot copy directory\n', code: 1 });
    expect(await run('docker cp box:/etc/passwd nodir/')).toEqual({ out: '', err: 'no such directory\n', code: 1 });
    expect(await run('docker cp f box:/no/such/place')).toEqual({ out: '', err: 'Error response from daemon: Could not find the file /no/such in container box\n', code: 1 });
  });
});
