import { describe, expect, it } from 'vitest';
import { decodeChangeset, encodeChangeset, sortChangeset } from '../../../src/engine/layer/changeset-codec';
import type { Entry } from '../../../src/engine/layer/entry';
import { dir, file, hardlink, opaque, symlink, whiteout } from './fixtures';

const cs: Entry[] = [
  dir('/etc', 0o755, 5, 1, 2), file('/etc/a', 'text', 0o600, 7, 1000, 1000), file('/etc/empty', ''),
  file('/bin/ls', { kind: 'synthetic', size: 138_208, seed: 'exe:ls' }, 0o755), symlink('/l', '/etc/a'),
  hardlink('/etc/b', '/etc/a'), whiteout('/etc/gone'), opaque('/var'), dir('/var'),
];

describe('changeset codec', () => {
  it('round-trips through structuredClone (what IndexedDB stores)', () => {
    const stored = structuredClone(encodeChangeset(cs));
    expect(decodeChangeset(stored)).toEqual(cs);
    expect(encodeChangeset([])).toEqual(structuredClone(encodeChangeset([])));
    expect(decodeChangeset(encodeChangeset([]))).toEqual([]);
  });

  it('sorts canonically: subtree after its dir, whiteouts by byte value, dir before its opaque marker', () => {
    expect(sortChangeset(cs).map((e) => `${e.type} ${e.path}`)).toEqual([
      'file /bin/ls', 'dir /etc', 'whiteout /etc/gone', 'file /etc/a', 'hardlink /etc/b', 'file /etc/empty',
      'symlink /l', 'dir /var', 'opaque /var',
    ]);
    expect(sortChangeset([dir('/a-b'), dir('/a/b'), dir('/a'), dir('/A'), dir('/\u00e9'), dir('/\u{1F600}'), dir('/\uFF21')]).map((e) => e.path))
      .toEqual(['/A', '/a', '/a/b', '/a-b', '/\u00e9', '/\uFF21', '/\u{1F600}']);
  });
});
