import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { importBase, openEngine } from '../engine/fixtures';
import { readArchive } from '../../../src/engine/archive/read-archive';
import { saveImage } from '../../../src/engine/archive/save-image';
import { archiveCli } from './harness';

const tmp = mkdtempSync(join(tmpdir(), 'archive-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dec = new TextDecoder();
const enc = new TextEncoder();

async function setup() {
  const engine = await openEngine();
  const id = await importBase(engine, ['tiny:latest', 'tiny:1']);
  const cli = archiveCli(engine);
  return { engine, id, ...cli };
}

describe('docker save', () => {
  it('writes Docker 25+ layout: manifest.json, repositories, oci-layout, index.json and blobs', async () => {
    const { engine, id, run, fs } = await setup();
    expect(await run(['save', '-o', 'out.tar', 'tiny:latest'])).toMatchObject({ stdout: '', stderr: '', exit: 0 });
    const files = readArchive(fs.readFile('/work/out.tar'));
    const img = engine.imageGet(id);
    const [l0, l1] = img.config.rootfs.diff_ids.map((d) => d.slice(7));
    const manifestHex = [...files.keys()].find((k) => k.startsWith('blobs/') && ![l0, l1, id.slice(7)].includes(k.slice(13)))!.slice(13);
    expect([...files.keys()]).toEqual([...['blobs/sha256/' + l0, 'blobs/sha256/' + l1, 'blobs/sha256/' + id.slice(7), 'blobs/sha256/' + manifestHex].sort(), 'index.json', 'manifest.json', 'oci-layout', 'repositories']);
    const size = (h: string) => files.get('blobs/sha256/' + h)!.length;
    expect(dec.decode(files.get('manifest.json'))).toBe(
      `[{"Config":"blobs/sha256/${id.slice(7)}","RepoTags":["tiny:latest"],"Layers":["blobs/sha256/${l0}","blobs/sha256/${l1}"],` +
      `"LayerSources":{${[l0, l1].sort().map((h) => `"sha256:${h}":{"mediaType":"application/vnd.oci.image.layer.v1.tar","size":${size(h)},"digest":"sha256:${h}"}`).join(',')}}}]\n`);
    expect(dec.decode(files.get('repositories'))).toBe(`{"tiny":{"latest":"${l1}"}}\n`);
    expect(dec.decode(files.get('oci-layout'))).toBe('{"imageLayoutVersion": "1.0.0"}');
    expect(dec.decode(files.get('index.json'))).toBe(
      `{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json",` +
      `"digest":"sha256:${manifestHex}","size":${size(manifestHex)},"annotations":{"io.containerd.image.name":"docker.io/library/tiny:latest","org.opencontainers.image.ref.name":"latest"}}]}`);
    expect(files.get('blobs/sha256/' + id.slice(7))).toEqual(img.configBytes);
  });

  it('is deterministic and saves every tag of a bare name', async () => {
    const { engine } = await setup();
    const a = await saveImage(engine, ['tiny']);
    const b = await saveImage(engine, ['tiny']);
    const bytes = (x: typeof a) => Buffer.concat([...x.chunks()]);
    expect(bytes(a).equals(bytes(b))).toBe(true);
    expect(bytes(a).length).toBe(a.size);
    expect(JSON.parse(dec.decode(readArchive(bytes(a)).get('manifest.json')))[0].RepoTags).toEqual(['tiny:latest', 'tiny:1']);
  });

  it('refuses a terminal, reports a bad path and a missing image as docker does', async () => {
    const { run } = await setup();
    expect(await run(['save', 'tiny'], { tty: true })).toMatchObject({ stdout: '', stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n', exit: 1 });
    expect(await run(['save', '-o', 'nodir/x.tar', 'tiny'])).toMatchObject({ stderr: 'failed to save image: invalid output path: stat nodir: no such file or directory\n', exit: 1 });
    expect(await run(['save', '-o', '/work', 'tiny'])).toMatchObject({ stderr: 'failed to save image: cannot write to a directory\n', exit: 1 });
    expect(await run(['save', '-o', 'x.tar', 'nosuch:1'])).toMatchObject({ stderr: 'Error response from daemon: reference does not exist\n', exit: 1 });
    expect(await run(['save', '-o', 'x.tar', 'nosuch'])).toMatchObject({ stderr: 'Error response from daemon: No such image: nosuch:latest\n', exit: 1 });
  });

  it('streams to a byte-clean stdout when it is not a terminal', async () => {
    const { run, fs } = await setup();
    await run(['save', '-o', 'a.tar', 'tiny:1']);
    const r = await run(['save', 'tiny:1']);
    expect(Buffer.concat(r.bytes).equals(Buffer.from(fs.readFile('/work/a.tar')))).toBe(true);
  });
});

describe('docker load', () => {
  it('round trip: save, rmi, load gives the same image ID, tags and history', async () => {
    const { engine, id, run } = await setup();
    const history = engine.imageHistory(id);
    await run(['save', '-o', 'out.tar', 'tiny']);
    await engine.imageDelete('tiny:latest');
    await engine.imageDelete('tiny:1');
    expect(engine.imageList()).toEqual([]);
    expect(await run(['load', '-i', 'out.tar'])).toMatchObject({ stdout: 'Loaded image: tiny:latest\nLoaded image: tiny:1\n', stderr: '', exit: 0 });
    expect(engine.imageGet('tiny:1').id).toBe(id);
    expect(engine.imageHistory(id)).toEqual(history);
  });

  it('says when a tag moves, and prints IDs for an untagged save', async () => {
    const { engine, id, run, fs } = await setup();
    await run(['save', '-o', 'tiny.tar', 'tiny:latest']);
    await run(['save', '-o', 'byid.tar', id]);
    fs.writeFile('/work/empty.tar', new Uint8Array(1024));
    const imported = (await run(['import', 'empty.tar', 'tiny:latest'])).stdout.trim();
    expect(await run(['load', '-i', 'tiny.tar'])).toMatchObject({
      stdout: `The image tiny:latest already exists, renaming the old one with ID ${imported} to empty string\nLoaded image: tiny:latest\n`, stderr: '', exit: 0,
    });
    expect(await run(['load', '-i', 'byid.tar'])).toMatchObject({ stdout: `Loaded image ID: ${id}\n`, stderr: '', exit: 0 });
    expect(await run(['load', '-i', '/dev/none'])).toMatchObject({ stdout: '', stderr: 'open /dev/none: no such file or directory\n', exit: 1 });
  });

  it('rejects a layer whose bytes do not match the diffID', async () => {
    const { run, fs, engine, id } = await setup();
    await run(['save', '-o', 'out.tar', 'tiny:latest']);
    const files = readArchive(fs.readFile('/work/out.tar'));
    const [l0] = engine.imageGet(id).config.rootfs.diff_ids;
    await engine.imageDelete('tiny:latest');
    await engine.imageDelete('tiny:1');
    const dir = join(tmp, 'bad');
    for (const [name, bytes] of files) {
      execFileSync('mkdir', ['-p', join(dir, name, '..')]);
      writeFileSync(join(dir, name), name.endsWith(l0.slice(7)) ? Buffer.concat([bytes, Buffer.alloc(512)]) : bytes);
    }
    const tarBytes = execFileSync('tar', ['-C', dir, '-cf', '-', '.']);
    fs.writeFile('/work/bad.tar', new Uint8Array(tarBytes));
    const r = await run(['load', '-i', 'bad.tar']);
    const actual = execFileSync('sha256sum', { input: Buffer.concat([files.get('blobs/sha256/' + l0.slice(7))!, Buffer.alloc(512)]) }).toString().slice(0, 64);
    expect(r).toMatchObject({ stdout: '', stderr: `invalid diffID for layer 0: expected "${l0}", got "sha256:${actual}"\n`, exit: 1 });
  });

  it('accepts gzip-compressed layers (same image ID)', async () => {
    const { run, fs, engine, id } = await setup();
    await run(['save', '-o', 'out.tar', 'tiny:1']);
    const files = readArchive(fs.readFile('/work/out.tar'));
    await engine.imageDelete('tiny:latest');
    await engine.imageDelete('tiny:1');
    const dir = join(tmp, 'gz');
    for (const [name, bytes] of files) {
      execFileSync('mkdir', ['-p', join(dir, name, '..')]);
      writeFileSync(join(dir, name), engine.imageGet !== undefined && name.startsWith('blobs/') && bytes.length >= 1024 && name.slice(13) !== id.slice(7) ? gzipSync(bytes, { mtime: 0 }) : bytes);
    }
    fs.writeFile('/work/gz.tar', new Uint8Array(execFileSync('tar', ['-C', dir, '-cf', '-', 'manifest.json', 'blobs'])));
    expect(await run(['load', '-i', 'gz.tar'])).toMatchObject({ stdout: 'Loaded image: tiny:1\n', stderr: '', exit: 0 });
    expect(engine.imageGet('tiny:1').id).toBe(id);
  });

  it('needs a terminal-free stdin, and manifest.json', async () => {
    const { run } = await setup();
    expect(await run(['load'], { tty: true })).toMatchObject({ stderr: 'requested load from stdin, but stdin is empty\n', exit: 1 });
    const r = await run(['load'], { stdin: enc.encode('') });
    expect(r.exit).toBe(1);
    expect(r.stderr).toMatch(/^open \/var\/lib\/docker\/tmp\/docker-import-\d+\/repositories: no such file or directory\n$/);
  });
});
