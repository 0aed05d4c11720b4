import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { layerDiffId, layerTarBytes } from '../../../src/engine/layer/layer-tar';
import type { Entry } from '../../../src/engine/layer/entry';

const meta = { mode: 0o644, uid: 0, gid: 0, mtime: 1_700_000_000 };
const sha = (b: Uint8Array) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

// layerDiffId hashes layers up to 128 MiB in one buffer (WebCrypto) and bigger ones by streaming:
// both must give sha256 of the canonical tar, whatever the names and link targets need.
describe('layerDiffId on both paths', { timeout: 60_000 }, () => {
  it('a small layer with PAX names, non-ASCII names, links, big ids and a whiteout', async () => {
    const long = 'd'.repeat(120);
    const cs: Entry[] = [
      { type: 'dir', path: `/${long}`, ...meta, mode: 0o755 },
      { type: 'file', path: `/${long}/${'ä'.repeat(200)}`, ...meta, uid: 3_000_000, content: { kind: 'bytes', bytes: new TextEncoder().encode('hello\n') } },
      { type: 'symlink', path: '/s', ...meta, target: `/${'ü'.repeat(300)}` },
      { type: 'hardlink', path: '/h', ...meta, target: `/${long}/${'ä'.repeat(200)}` },
      { type: 'file', path: '/bin/big', ...meta, content: { kind: 'synthetic', size: 3_000_001, seed: 'x' } },
      { type: 'whiteout', path: '/gone' },
    ];
    const tar = layerTarBytes(cs);
    expect(await layerDiffId(cs)).toEqual({ diffId: sha(tar), size: tar.length });
  });

  it('a layer past 128 MiB (streamed)', async () => {
    const cs: Entry[] = Array.from({ length: 9 }, (_, i) => ({ type: 'file', path: `/f${i}`, ...meta, content: { kind: 'synthetic', size: 15_000_000, seed: `s${i}` } }));
    const tar = layerTarBytes(cs);
    expect(tar.length).toBeGreaterThan(128 << 20);
    expect(await layerDiffId(cs)).toEqual({ diffId: sha(tar), size: tar.length });
  });
});
