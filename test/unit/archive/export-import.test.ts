import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { importBase, openEngine } from '../engine/fixtures';
import { archiveCli } from './harness';
import { exportContainer } from '../../../src/engine/archive/export-container';

const dec = new TextDecoder();

describe('docker export / import', () => {
  it('export holds image, init layer and container changes; GNU tar lists it; import makes a one-layer image', async () => {
    const engine = await openEngine();
    await importBase(engine);
    const c = await engine.containerCreate({ image: 'tiny', name: 'box' });
    const cfs = await engine.containerFs(c.id);
    cfs.writeFile('/etc/new.txt', new TextEncoder().encode('new\n'));
    cfs.unlink('/etc/motd');
    const { run, fs } = archiveCli(engine);
    expect(await run(['export', '-o', 'box.tar', 'box'])).toMatchObject({ stdout: '', stderr: '', exit: 0 });
    const listing = execFileSync('tar', ['-tf', '-'], { input: fs.readFile('/work/box.tar') }).toString();
    expect(listing).toBe(['.dockerenv', 'bin/', 'bin/sh', 'dev/', 'etc/', 'etc/hostname', 'etc/hosts', 'etc/new.txt', 'etc/os-release', 'etc/resolv.conf', 'proc/', 'sys/', 'tmp/', ''].join('\n'));
    const exp = await exportContainer(engine, 'box');
    expect([...exp.chunks()].reduce((n, ch) => n + ch.length, 0)).toBe(exp.size);
    expect(await run(['export', 'box'], { tty: true })).toMatchObject({ stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n', exit: 1 });
    expect(await run(['export', '-o', 'x.tar', 'nosuch'])).toMatchObject({ stderr: 'Error response from daemon: No such container: nosuch\n', exit: 1 });

    const r = await run(['import', '-c', 'CMD ["/bin/sh"]', 'box.tar', 'flat:1']);
    expect(r.stderr).toBe('');
    const img = engine.imageGet('flat:1');
    expect(r.stdout).toBe(`${img.id}\n`);
    expect(img.config.rootfs.diff_ids).toHaveLength(1);
    const created = img.config.created!;
    expect(dec.decode(img.configBytes)).toBe(
      '{"architecture":"amd64","comment":"Imported from -",' +
      '"config":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":["/bin/sh"],"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null},' +
      '"container_config":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null},' +
      `"created":"${created}","docker_version":"28.2.2","history":[{"created":"${created}","comment":"Imported from -"}],"os":"linux",` +
      `"rootfs":{"type":"layers","diff_ids":["${img.config.rootfs.diff_ids[0]}"]}}`);
    const m = await run(['import', '-m', 'my msg', 'box.tar']);
    expect(engine.imageGet(m.stdout.trim()).config.history).toEqual([{ created: engine.imageGet(m.stdout.trim()).config.created, comment: 'my msg' }]);
    expect(await run(['import', 'missing.tar'])).toMatchObject({ stdout: '', stderr: 'open missing.tar: no such file or directory\n', exit: 1 });
  });
});
