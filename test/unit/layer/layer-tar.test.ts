import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/engine/layer/entry';
import { layerDiffId, layerTarBytes, layerTarChunks } from '../../../src/engine/layer/layer-tar';
import { readLayerTar } from '../../../src/engine/layer/read-layer-tar';
import { sortChangeset } from '../../../src/engine/layer/sort-changeset';
import { syntheticBytes } from '../../../src/engine/layer/synthetic';
import { dir, file, hardlink, opaque, symlink, T, whiteout } from './fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'layer-tar-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const longDir = '/opt/' + 'd'.repeat(60) + '/' + 'e'.repeat(60);

/** A layer with every entry kind, long names, and a hardlink listed before its target. */
const sample: Entry[] = [
  file('/etc/hosts', '127.0.0.1 localhost\n', 0o644, T, 0, 0),
  dir('/etc', 0o755, T),
  hardlink('/etc/h2', '/etc/hosts'),
  whiteout('/etc/motd'),
  opaque('/var/cache'),
  dir('/var/cache', 0o700, T + 5),
  file('/var/cache/new', 'fresh', 0o600, T + 5, 1000, 1000),
  dir('/var', 0o755, T),
  dir('/opt', 0o755, T),
  dir('/opt/' + 'd'.repeat(60), 0o755, T),
  dir(longDir, 0o755, T),
  file(longDir + '/caf\u00e9-' + 'f'.repeat(80), 'long name', 0o640, T + 1),
  symlink('/a-b', '/etc/' + 'y'.repeat(120)),
  dir('/a', 0o755, T),
  symlink('/a/rel', '../etc/hosts'),
  file('/usr/bin/prog', { kind: 'synthetic', size: 70_001, seed: 'exe:prog' }, 0o755, T),
];

function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      const st = lstatSync(join(root, p));
      const mode = (st.mode & 0o7777).toString(8);
      const mtime = Math.floor(st.mtimeMs / 1000);
      if (st.isDirectory()) {
        out.push(`d ${p} ${mode} ${st.uid}:${st.gid} ${mtime}`);
        walk(p);
      } else if (st.isSymbolicLink()) {
        out.push(`l ${p} -> ${readlinkSync(join(root, p))}`);
      } else {
        out.push(`f ${p} ${mode} ${st.uid}:${st.gid} ${mtime} nlink=${st.nlink} sha=${sha(readFileSync(join(root, p))).slice(0, 16)}`);
      }
    }
  };
  walk('');
  return out;
}

describe('canonical layer tar', () => {
  it('of the empty changeset is two zero blocks with the well-known diffID', async () => {
    const b = layerTarBytes([]);
    expect(b.length).toBe(1024);
    expect(b.every((x) => x === 0)).toBe(true);
    expect(await layerDiffId([])).toEqual({ diffId: 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef', size: 1024 });
  });

  it('hashes while streaming to the same digest as the whole buffer', async () => {
    const b = layerTarBytes(sample);
    expect(await layerDiffId(sample)).toEqual({ diffId: 'sha256:' + sha(b), size: b.length });
    expect(Math.max(...[...layerTarChunks(sample)].map((c) => c.length))).toBeLessThanOrEqual(64 * 1024);
    expect(b.length % 512).toBe(0);
  });

  it('is listed by GNU tar exactly as recorded (names, order, types, modes, owners, links)', () => {
    const tarPath = join(tmp, 'sample.tar');
    writeFileSync(tarPath, layerTarBytes(sample));
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvf', tarPath], { env: { ...process.env, TZ: 'UTC', LC_ALL: 'C' } }).toString();
    const recorded = join(__dirname, 'data/sample-tar-listing.txt');
    // RECORD=1 re-records from the real GNU tar; review the diff before committing it
    if (process.env.RECORD === '1') writeFileSync(recorded, `# GNU tar 1.34: tar --numeric-owner --full-time -tvf (TZ=UTC)\n${listing}`);
    expect(`# GNU tar 1.34: tar --numeric-owner --full-time -tvf (TZ=UTC)\n${listing}`).toBe(readFileSync(recorded, 'utf8'));
  });

  it('extracts with GNU tar to exactly the expected tree', () => {
    const tarPath = join(tmp, 'sample.tar');
    writeFileSync(tarPath, layerTarBytes(sample));
    const out = join(tmp, 'x');
    execFileSync('mkdir', ['-p', out]);
    execFileSync('tar', ['--numeric-owner', '-xpf', tarPath, '-C', out]);
    const prog = sha(syntheticBytes({ size: 70_001, seed: 'exe:prog' })).slice(0, 16);
    expect(tree(out)).toEqual([
      `d a 755 0:0 ${T}`,
      'l a/rel -> ../etc/hosts',
      `l a-b -> /etc/${'y'.repeat(120)}`,
      `d etc 755 0:0 ${T}`,
      `f etc/.wh.motd 0 0:0 0 nlink=1 sha=${sha(new Uint8Array()).slice(0, 16)}`,
      `f etc/h2 644 0:0 ${T} nlink=2 sha=${sha(new TextEncoder().encode('127.0.0.1 localhost\n')).slice(0, 16)}`,
      `f etc/hosts 644 0:0 ${T} nlink=2 sha=${sha(new TextEncoder().encode('127.0.0.1 localhost\n')).slice(0, 16)}`,
      `d opt 755 0:0 ${T}`,
      `d opt/${'d'.repeat(60)} 755 0:0 ${T}`,
      `d opt/${'d'.repeat(60)}/${'e'.repeat(60)} 755 0:0 ${T}`,
      `f opt/${'d'.repeat(60)}/${'e'.repeat(60)}/caf\u00e9-${'f'.repeat(80)} 640 0:0 ${T + 1} nlink=1 sha=${sha(new TextEncoder().encode('long name')).slice(0, 16)}`,
      `d usr 755 0:0 ${Math.floor(lstatSync(join(out, 'usr')).mtimeMs / 1000)}`,
      `d usr/bin 755 0:0 ${Math.floor(lstatSync(join(out, 'usr/bin')).mtimeMs / 1000)}`,
      `f usr/bin/prog 755 0:0 ${T} nlink=1 sha=${prog}`,
      `d var 755 0:0 ${T}`,
      `d var/cache 700 0:0 ${T + 5}`,
      `f var/cache/.wh..wh..opq 0 0:0 0 nlink=1 sha=${sha(new Uint8Array()).slice(0, 16)}`,
      `f var/cache/new 600 1000:1000 ${T + 5} nlink=1 sha=${sha(new TextEncoder().encode('fresh')).slice(0, 16)}`,
    ]);
  });
});
