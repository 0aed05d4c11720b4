import { describe, expect, it } from 'vitest';
import { UnionView } from '../../../src/engine/fs/union-view';
import type { Entry } from '../../../src/engine/layer/entry';
import { dir, file, hardlink, opaque, symlink, whiteout } from '../layer/fixtures';

const listing = (u: UnionView) => [...u.paths()].map((p) => { const n = u.get(p)!; return `${n.layer} ${n.entry.type[0]} ${p}`; });

describe('UnionView', () => {
  it('applies whiteouts, opaque dirs, and type replacements layer by layer', () => {
    const l0: Entry[] = [dir('/a'), file('/a/x', '0'), dir('/a/sub'), file('/a/sub/y', '0'), dir('/d'), file('/d/k', '0'), file('/f', '0'), dir('/g'), file('/g/z', '0')];
    const l1: Entry[] = [
      whiteout('/a/x'), file('/a/w', '1'),
      opaque('/d'), dir('/d', 0o700), file('/d/new', '1'),
      dir('/f'), file('/f/inner', '1'), // a directory replaces a file
      symlink('/g', '/a'), // a non-directory replaces a directory and its subtree
      file('/implicit/parent/file', '1'),
    ];
    const l2: Entry[] = [whiteout('/a/w'), file('/a/x', '2'), whiteout('/nothing-there')];
    const u = new UnionView([l0, l1, l2]);
    expect(listing(u)).toEqual([
      '-1 d /', '0 d /a', '0 d /a/sub', '0 f /a/sub/y', '2 f /a/x',
      '1 d /d', '1 f /d/new', '1 d /f', '1 f /f/inner', '1 s /g',
      '1 d /implicit', '1 d /implicit/parent', '1 f /implicit/parent/file',
    ]);
    expect(u.get('/d')!.entry).toMatchObject({ mode: 0o700 });
    expect(u.get('/implicit')!.entry).toMatchObject({ mode: 0o755, uid: 0, mtime: 0 });
    expect(u.children('/a')).toEqual(['sub', 'x']);
    expect(u.children('/g')).toBeUndefined();
    expect(u.origin('/a/x')).toBe(2);
    expect(u.get('/g/z')).toBeUndefined();
  });

  it('lets the same layer re-add below its own opaque marker, and hides only lower layers', () => {
    const u = new UnionView([[dir('/d'), file('/d/old', '0')], [file('/d/mine', '1'), opaque('/d')]]);
    expect(u.children('/d')).toEqual(['mine']);
    // a whiteout does not hide a file of its own layer
    expect(new UnionView([[whiteout('/x'), file('/x', 'same layer')]]).get('/x')).toBeDefined();
  });

  it('resolves hardlinks to their target file in the same layer', () => {
    const u = new UnionView([[file('/a', 'data', 0o600), hardlink('/b', '/a')], [whiteout('/a')]]);
    const b = u.get('/b')!;
    expect(b.entry).toMatchObject({ type: 'file', path: '/b', mode: 0o600, content: { kind: 'bytes' } });
    expect(b.nlink).toBe(2);
    expect(u.get('/a')).toBeUndefined();
  });

  it('looks up in one map get: 128 layers index the same as one', () => {
    const layers: Entry[][] = Array.from({ length: 128 }, (_, i) => [dir('/l'), file(`/l/f${i}`, String(i)), ...(i > 0 ? [whiteout(`/l/f${i - 1}`)] : [])]);
    const u = new UnionView(layers);
    expect(u.children('/l')).toEqual(['f127']);
    expect(u.size).toBe(3);
    expect(u.origin('/l/f127')).toBe(127);
  });
});
