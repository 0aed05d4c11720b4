import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestOf } from '../../../src/engine/digest';
import type { Entry } from '../../../src/engine/layer/entry';
import { layerDiffId, layerTarBytes } from '../../../src/engine/layer/layer-tar';
import { dir, file, opaque, symlink, T, whiteout } from './fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'oci-umoci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const enc = new TextEncoder();

const base: Entry[] = [
  dir('/etc'), file('/etc/hello.txt', 'hello\n'), file('/etc/remove-me.txt', 'bye\n'),
  dir('/app'), dir('/app/data'), file('/app/data/old1.txt', 'old'), dir('/app/data/sub'), file('/app/data/sub/deep', 'deep'),
  dir('/bin'), file('/bin/sh', { kind: 'synthetic', size: 100_000, seed: 'exe:sh' }, 0o755),
];
const top: Entry[] = [
  dir('/etc', 0o755, T + 10), whiteout('/etc/remove-me.txt'), file('/etc/new.txt', 'new\n'), symlink('/etc/link', 'hello.txt'),
  dir('/app/data', 0o750, T + 10), opaque('/app/data'), file('/app/data/fresh.txt', 'fresh'),
];

describe('an OCI image made of canonical layer tars', () => {
  it('unpacks with umoci to exactly the expected rootfs, whiteouts applied', async () => {
    const layout = join(tmp, 'layout');
    mkdirSync(join(layout, 'blobs/sha256'), { recursive: true });
    const put = async (bytes: Uint8Array) => {
      const d = await digestOf(bytes);
      writeFileSync(join(layout, 'blobs/sha256', d.slice(7)), bytes);
      return { digest: d, size: bytes.length };
    };
    const layers = [];
    const diffIds = [];
    for (const cs of [base, top]) {
      const tar = layerTarBytes(cs);
      const { diffId } = await layerDiffId(cs);
      diffIds.push(diffId);
      layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...(await put(tar)) });
      expect((await put(tar)).digest).toBe(diffId);
    }
    const config = enc.encode(JSON.stringify({
      architecture: 'amd64', os: 'linux', config: { Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: [{ created_by: 'base' }, { created_by: 'top' }],
    }));
    const manifest = enc.encode(JSON.stringify({
      schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...(await put(config)) }, layers,
    }));
    const m = await put(manifest);
    writeFileSync(join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    writeFileSync(join(layout, 'index.json'), JSON.stringify({
      schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...m, annotations: { 'org.opencontainers.image.ref.name': 'test' } }],
    }));
    const bundle = join(tmp, 'bundle');
    execFileSync('umoci', ['--log', 'error', 'unpack', '--rootless', '--image', `${layout}:test`, bundle]);
    const rootfs = join(bundle, 'rootfs');
    const seen: string[] = [];
    const walk = (rel: string) => {
      for (const name of readdirSync(join(rootfs, rel)).sort()) {
        const p = rel ? `${rel}/${name}` : name;
        const st = lstatSync(join(rootfs, p));
        const mode = (st.mode & 0o777).toString(8);
        if (st.isDirectory()) { seen.push(`d ${p} ${mode} ${Math.floor(st.mtimeMs / 1000)}`); walk(p); }
        else if (st.isSymbolicLink()) seen.push(`l ${p} -> ${readlinkSync(join(rootfs, p))}`);
        else seen.push(`f ${p} ${mode} ${st.size} ${p.startsWith('bin') ? '' : readFileSync(join(rootfs, p), 'utf8')}`);
      }
    };
    walk('');
    expect(seen).toEqual([
      `d app 755 ${T}`,
      `d app/data 750 ${T + 10}`,
      'f app/data/fresh.txt 644 5 fresh',
      `d bin 755 ${T}`,
      'f bin/sh 755 100000 ',
      `d etc 755 ${T + 10}`,
      'f etc/hello.txt 644 6 hello\n',
      'l etc/link -> hello.txt',
      'f etc/new.txt 644 4 new\n',
    ]);
  });
});
