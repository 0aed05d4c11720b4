import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, linkSync, writeFileSync, utimesSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Content, Entry } from '../../../src/engine/layer/entry';
import { layerTarBytes } from '../../../src/engine/layer/layer-tar';
import { readLayerTar } from '../../../src/engine/layer/read-layer-tar';
import { sortChangeset } from '../../../src/engine/layer/sort-changeset';
import { syntheticBytes } from '../../../src/engine/layer/synthetic';
import { dir, file, hardlink, opaque, symlink, T, whiteout } from './fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'read-tar-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A small seeded PRNG so the property runs are reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <X>(xs: readonly X[]) => xs[Math.floor(next() * xs.length)] };
}

const NAME_PARTS = ['a', 'b', 'etc', '.hidden', 'caf\u00e9', 'x'.repeat(70), 'y'.repeat(120), 'space name', '\u{1F600}', 'a-b'];

function randomChangeset(seed: number): Entry[] {
  const r = rng(seed);
  const byPath = new Map<string, Entry>();
  const files: string[] = [];
  const n = 1 + r.int(25);
  for (let i = 0; i < n; i++) {
    const depth = 1 + r.int(3);
    const p = '/' + Array.from({ length: depth }, () => r.pick(NAME_PARTS)).join('/');
    if (byPath.has(p)) continue;
    const meta = { mode: r.int(0o7777 + 1), uid: r.pick([0, 1000, 65534, 3_000_000]), gid: r.pick([0, 50, 2_500_000]), mtime: r.pick([0, T, T + r.int(1000), 9_999_999_999]) };
    const kind = r.int(7);
    let e: Entry;
    if (kind === 0) e = { type: 'dir', path: p, ...meta };
    else if (kind === 1) e = { type: 'symlink', path: p, ...meta, mode: 0o777, target: r.pick(['../x', '/etc/' + 'z'.repeat(r.int(200)), 'caf\u00e9']) };
    else if (kind === 2) e = { type: 'whiteout', path: p };
    else if (kind === 3) e = { type: 'opaque', path: p };
    else if (kind === 4 && files.length > 0) e = { type: 'hardlink', path: p, ...meta, target: r.pick(files) };
    else {
      const content: Content = r.next() < 0.5
        ? { kind: 'bytes', bytes: new Uint8Array(r.int(1500)).map(() => r.int(256)) }
        : { kind: 'synthetic', size: r.int(140_000), seed: r.pick(['s1', 'exe:sh', 'big']) };
      e = { type: 'file', path: p, ...meta, content };
      files.push(p);
    }
    byPath.set(e.type === 'opaque' ? 'o' + p : p, e);
  }
  return [...byPath.values()];
}

/** What reading back must give: the canonical order, synthetic content as bytes, links with their file's metadata. */
function expected(cs: Entry[]): Entry[] {
  const sorted = sortChangeset(cs);
  return sorted.map((e) => {
    if (e.type === 'file' && e.content.kind === 'synthetic') return { ...e, content: { kind: 'bytes', bytes: syntheticBytes(e.content) } };
    return e;
  });
}

/** Deep-equality on big Uint8Arrays is slow; compare file contents as sha256 instead. */
const hexed = (cs: readonly Entry[]) =>
  cs.map((e) => (e.type === 'file' && e.content.kind === 'bytes' ? { ...e, content: createHash('sha256').update(e.content.bytes).digest('hex') } : e));

describe('readLayerTar', () => {
  it('round-trips random changesets (property, 150 seeds)', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const cs = randomChangeset(seed);
      expect(hexed(readLayerTar(layerTarBytes(cs))), `seed ${seed}`).toEqual(hexed(expected(cs)));
    }
  });

  it('reads a tar written by GNU tar: ./ prefixes, GNU long names, whiteouts, hardlinks', () => {
    const root = join(tmp, 'src');
    const long = 'l'.repeat(130);
    mkdirSync(join(root, 'etc'), { recursive: true });
    mkdirSync(join(root, 'var/lib'), { recursive: true });
    writeFileSync(join(root, 'etc/hosts'), 'hosts\n');
    linkSync(join(root, 'etc/hosts'), join(root, 'etc/hosts2'));
    writeFileSync(join(root, 'etc/.wh.motd'), '');
    writeFileSync(join(root, 'var/lib/.wh..wh..opq'), '');
    writeFileSync(join(root, `var/${long}`), 'long');
    symlinkSync('/etc/hosts', join(root, 'link'));
    chmodSync(join(root, 'etc/hosts'), 0o600);
    for (const p of ['etc/hosts', 'etc/.wh.motd', 'var/lib/.wh..wh..opq', `var/${long}`, 'etc', 'var/lib', 'var', '.']) utimesSync(join(root, p), T, T);
    execFileSync('touch', ['-h', '-d', '@1700000000', join(root, 'link')]);
    for (const format of ['gnu', 'posix']) {
      const tarPath = join(tmp, `${format}.tar`);
      execFileSync('tar', ['--format', format, '--sort=name', '--numeric-owner', '--owner=0', '--group=0', '--mtime=@1700000000', '-cf', tarPath, '-C', root, '.']);
      const cs = readLayerTar(new Uint8Array(readFileSync(tarPath)));
      expect(cs, format).toEqual([
        dir('/', 0o755, T),
        dir('/etc', 0o755, T),
        whiteout('/etc/motd'),
        file('/etc/hosts', 'hosts\n', 0o600, T),
        hardlink('/etc/hosts2', '/etc/hosts', 0o600, T),
        symlink('/link', '/etc/hosts', T),
        dir('/var', 0o755, T),
        dir('/var/lib', 0o755, T),
        opaque('/var/lib'),
        file(`/var/${long}`, 'long', 0o644, T),
      ]);
    }
  });

  it('rejects corrupt headers and truncated data', () => {
    const b = layerTarBytes([file('/a', 'hello')]);
    const bad = b.slice();
    bad[0] ^= 1;
    expect(() => readLayerTar(bad)).toThrow(/checksum/);
    expect(() => readLayerTar(b.slice(0, 512))).toThrow(/unexpected end/);
  });
});
