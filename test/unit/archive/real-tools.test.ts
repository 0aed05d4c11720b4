import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { importBase, openEngine } from '../engine/fixtures';
import { archiveCli } from './harness';

const tmp = mkdtempSync(join(tmpdir(), 'archive-tools-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** `find` listing of a tree as "d x", "f x", "l x -> y" lines, sorted (the oci-validate tree format). */
function tree(root: string): string {
  return execFileSync('find', ['.', '-mindepth', '1', '-printf', '%y %P %l\\n'], { cwd: root }).toString()
    .trim().split('\n').map((l) => l.replace(/ $/, '').replace(/^(l \S+) (\S+)$/, '$1 -> $2')).sort().join('\n');
}

describe('our save output in real tools', () => {
  it('skopeo inspects and copies it to an OCI layout that umoci unpacks to the image tree', async () => {
    const engine = await openEngine();
    const id = await importBase(engine, ['tiny:latest']);
    const { run, fs } = archiveCli(engine);
    await run(['save', '-o', 'out.tar', 'tiny']);
    const file = join(tmp, 'out.tar');
    writeFileSync(file, fs.readFile('/work/out.tar'));
    const inspect = JSON.parse(execFileSync('skopeo', ['inspect', `docker-archive:${file}`]).toString());
    expect(inspect.Layers).toEqual(engine.imageGet(id).config.rootfs.diff_ids);
    expect(inspect.Architecture).toBe('amd64');
    execFileSync('skopeo', ['copy', '--quiet', `docker-archive:${file}`, `oci:${join(tmp, 'oci')}:tiny`]);
    execFileSync('umoci', ['--log', 'error', 'unpack', '--rootless', '--image', `${join(tmp, 'oci')}:tiny`, join(tmp, 'bundle')]);
    expect(tree(join(tmp, 'bundle', 'rootfs'))).toBe(['d bin', 'd etc', 'd tmp', 'f bin/sh', 'f etc/motd', 'f etc/os-release'].join('\n'));
    expect(readFileSync(join(tmp, 'bundle', 'rootfs', 'etc/motd'), 'utf8')).toBe('welcome\n');
    // The same tar is an OCI layout too (index.json with ref.name annotations).
    execFileSync('skopeo', ['inspect', `oci-archive:${file}:latest`]);
  });
});

describe('a Docker <= 24 style archive made with GNU tar', () => {
  it('loads: manifest.json pointing at <id>/layer.tar, diffID checked on the raw bytes', async () => {
    const src = join(tmp, 'legacy-src');
    mkdirSync(join(src, 'etc'), { recursive: true });
    writeFileSync(join(src, 'etc/greeting'), 'hi\n');
    const layer = execFileSync('tar', ['-C', src, '--owner=0', '--group=0', '--mtime=@1700000000', '--sort=name', '-cf', '-', 'etc']);
    const config = Buffer.from(JSON.stringify({
      architecture: 'amd64', os: 'linux', created: '2024-01-01T00:00:00Z', config: { Cmd: ['cat', '/etc/greeting'] },
      rootfs: { type: 'layers', diff_ids: [`sha256:${sha(layer)}`] }, history: [{ created: '2024-01-01T00:00:00Z', created_by: 'ADD etc /' }],
    }));
    const arc = join(tmp, 'legacy');
    mkdirSync(join(arc, 'v1layer'), { recursive: true });
    writeFileSync(join(arc, 'v1layer/layer.tar'), layer);
    writeFileSync(join(arc, 'v1layer/VERSION'), '1.0');
    writeFileSync(join(arc, `${sha(config)}.json`), config);
    writeFileSync(join(arc, 'manifest.json'), JSON.stringify([{ Config: `${sha(config)}.json`, RepoTags: ['legacy:1'], Layers: ['v1layer/layer.tar'] }]));
    writeFileSync(join(arc, 'repositories'), JSON.stringify({ legacy: { 1: 'v1layer' } }));
    const tarBytes = execFileSync('tar', ['-C', arc, '-cf', '-', '.']);
    const engine = await openEngine();
    const { run, fs } = archiveCli(engine);
    fs.writeFile('/work/legacy.tar', new Uint8Array(tarBytes));
    const r = await run(['load', '-i', 'legacy.tar']);
    const img = engine.imageGet('legacy:1');
    // GNU tar's bytes are not the sandbox's canonical tar: the layer is re-packed, the ID changes, and we say so.
    expect(r).toEqual({
      stdout: 'Loaded image: legacy:1\n',
      stderr: `layerlab: the layers of sha256:${sha(config)} were re-packed in the sandbox's canonical tar form, so the image ID is ${img.id} here\n`,
      exit: 0, bytes: [],
    });
    expect(img.config.config.Cmd).toEqual(['cat', '/etc/greeting']);
    const c = await engine.containerCreate({ image: 'legacy:1' });
    expect(new TextDecoder().decode((await engine.containerFs(c.id)).readFile('/etc/greeting'))).toBe('hi\n');
  });
});
