import { describe, expect, it } from 'vitest';
import { CowFs } from '../../../src/engine/fs/cow-fs';
import { UnionView } from '../../../src/engine/fs/union-view';
import { FsError } from '../../../src/engine/fs/vfs';
import type { Entry } from '../../../src/engine/layer/entry';
import { programOf } from '../../../src/engine/layer/executable';
import { dir, file, symlink, T, text, whiteout } from '../layer/fixtures';

const enc = new TextEncoder();
const tree: Entry[] = [
  dir('/etc'), file('/etc/hosts', 'hosts\n'), file('/etc/passwd', 'root:x:0:0\n'),
  dir('/bin'), file('/bin/sh', { kind: 'synthetic', size: 125_688, seed: 'exe:sh' }, 0o755),
  dir('/usr'), dir('/usr/lib'), file('/usr/lib/libc.so', 'libc'), symlink('/lib', 'usr/lib'),
  symlink('/abs', '/etc'), symlink('/loop1', 'loop2'), symlink('/loop2', 'loop1'), symlink('/dangling', '/nowhere/file'),
  dir('/home'), dir('/home/user', 0o700, T, 1000, 1000), dir('/tmp', 0o1777),
];

/** The same starting tree, three ways: the observable behaviour must not depend on the layering. */
const setups: Record<string, (now: () => number) => CowFs> = {
  'empty lower, tree in the upper layer': (now) => new CowFs(UnionView.empty(), { upper: tree, now }),
  'tree in one lower layer': (now) => new CowFs(new UnionView([tree]), { now }),
  'tree spread over four lower layers': (now) => new CowFs(new UnionView([
    [dir('/etc'), file('/etc/hosts', 'old'), file('/etc/junk', 'x'), dir('/bin'), dir('/usr'), dir('/usr/lib'), dir('/gone'), file('/gone/f', 'x')],
    [file('/etc/hosts', 'hosts\n'), whiteout('/etc/junk'), file('/bin/sh', { kind: 'synthetic', size: 125_688, seed: 'exe:sh' }, 0o755), whiteout('/gone')],
    [file('/etc/passwd', 'root:x:0:0\n'), file('/usr/lib/libc.so', 'libc'), symlink('/lib', 'usr/lib'), symlink('/abs', '/etc'), dir('/home'), dir('/tmp', 0o1777)],
    [symlink('/loop1', 'loop2'), symlink('/loop2', 'loop1'), symlink('/dangling', '/nowhere/file'), dir('/home/user', 0o700, T, 1000, 1000)],
  ]), { now }),
};

const code = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
};

for (const [name, make] of Object.entries(setups)) {
  describe(`CowFs contract: ${name}`, () => {
    let clock = 2_000_000_000;
    const fresh = () => make(() => clock);

    it('reads the tree, following symlinks in every component', () => {
      const fs = fresh();
      expect(fs.readdir('/')).toEqual(['abs', 'bin', 'dangling', 'etc', 'home', 'lib', 'loop1', 'loop2', 'tmp', 'usr']);
      expect(text(fs.readFile('/lib/libc.so'))).toBe('libc');
      expect(text(fs.readFile('/abs/../abs/hosts'))).toBe('hosts\n');
      expect(fs.readdir('/abs')).toEqual(['hosts', 'passwd']);
      expect(fs.stat('/lib')).toMatchObject({ type: 'dir' });
      expect(fs.lstat('/lib')).toEqual({ type: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: T, size: 7, nlink: 1 });
      expect(fs.stat('/home/user')).toEqual({ type: 'dir', mode: 0o700, uid: 1000, gid: 1000, mtime: T, size: 4096, nlink: 2 });
      expect(fs.stat('/etc/hosts')).toEqual({ type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: T, size: 6, nlink: 1 });
      expect(fs.readlink('/abs')).toBe('/etc');
      expect(programOf(fs.readFile('/bin/sh'))).toBe('sh');
      expect(fs.readContent('/bin/sh')).toEqual({ kind: 'synthetic', size: 125_688, seed: 'exe:sh' });
      expect(fs.stat('/loop1')).toBeUndefined();
      expect(fs.lstat('/loop1')).toMatchObject({ type: 'symlink' });
      expect(fs.stat('/dangling')).toBeUndefined();
    });

    it('reports POSIX errors', () => {
      const fs = fresh();
      expect([
        code(() => fs.readFile('/nope')), code(() => fs.readFile('/etc')), code(() => fs.readdir('/etc/hosts')),
        code(() => fs.readFile('/etc/hosts/x')), code(() => fs.readFile('/loop1')), code(() => fs.mkdir('/etc')),
        code(() => fs.mkdir('/a/b')), code(() => fs.rmdir('/etc')), code(() => fs.unlink('/etc')),
        code(() => fs.rmdir('/etc/hosts')), code(() => fs.rename('/etc', '/etc/sub')), code(() => fs.readlink('/etc')),
        code(() => fs.writeFile('/nope/x', enc.encode('x'))), code(() => fs.symlink('x', '/etc/hosts')),
        code(() => fs.link('/etc', '/etc2')), code(() => fs.unlink('/nope')), code(() => fs.rename('/etc', '/etc/hosts')),
        code(() => fs.rename('/etc/hosts', '/home')), code(() => fs.rename('/home', '/etc')), code(() => fs.mkdir('/loop1')),
        code(() => fs.mkdir('/etc/hosts/x', { recursive: true })),
      ]).toEqual([
        'ENOENT', 'EISDIR', 'ENOTDIR', 'ENOTDIR', 'ELOOP', 'EEXIST', 'ENOENT', 'ENOTEMPTY', 'EISDIR',
        'ENOTDIR', 'EINVAL', 'EINVAL', 'ENOENT', 'EEXIST', 'EPERM', 'ENOENT', 'EINVAL', 'EISDIR', 'ENOTEMPTY', 'EEXIST',
        'ENOTDIR',
      ]);
    });

    it('follows up to 40 symlinks and fails on the 41st', () => {
      const fs = fresh();
      fs.writeFile('/tmp/s0', enc.encode('end'));
      for (let i = 1; i <= 41; i++) fs.symlink(`s${i - 1}`, `/tmp/s${i}`);
      expect(text(fs.readFile('/tmp/s40'))).toBe('end');
      expect(code(() => fs.readFile('/tmp/s41'))).toBe('ELOOP');
    });

    it('writes, appends, and keeps hardlinks sharing one file', () => {
      const fs = fresh();
      clock = 2_000_000_100;
      fs.writeFile('/etc/hosts', enc.encode('a\n'), { append: true });
      expect(text(fs.readFile('/etc/hosts'))).toBe('hosts\na\n');
      expect(fs.stat('/etc/hosts')).toMatchObject({ mtime: 2_000_000_100, mode: 0o644 });
      fs.writeFile('/abs/new', enc.encode('n'), { mode: 0o600, uid: 7, gid: 8 });
      expect(fs.stat('/etc/new')).toEqual({ type: 'file', mode: 0o600, uid: 7, gid: 8, mtime: 2_000_000_100, size: 1, nlink: 1 });
      expect(fs.stat('/etc')).toMatchObject({ mtime: 2_000_000_100 });
      fs.link('/etc/passwd', '/etc/passwd2');
      fs.writeFile('/etc/passwd2', enc.encode('changed'));
      expect(text(fs.readFile('/etc/passwd'))).toBe('changed');
      expect(fs.stat('/etc/passwd')).toMatchObject({ nlink: 2 });
      fs.unlink('/etc/passwd');
      expect(text(fs.readFile('/etc/passwd2'))).toBe('changed');
      expect(fs.stat('/etc/passwd2')).toMatchObject({ nlink: 1 });
      expect(code(() => fs.writeFile('/dangling', enc.encode('x')))).toBe('ENOENT'); // the target's parent /nowhere does not exist
      fs.symlink('/etc/made', '/tmp/dangling2');
      fs.writeFile('/tmp/dangling2', enc.encode('through'));
      expect(text(fs.readFile('/etc/made'))).toBe('through');
    });

    it('removes a tree and makes it again empty', () => {
      const fs = fresh();
      for (const f of fs.readdir('/usr/lib')) fs.unlink(`/usr/lib/${f}`);
      fs.rmdir('/usr/lib');
      expect(fs.stat('/usr/lib')).toBeUndefined();
      expect(fs.stat('/lib')).toBeUndefined();
      fs.mkdir('/usr/lib', { mode: 0o700 });
      expect(fs.readdir('/usr/lib')).toEqual([]);
      expect(fs.stat('/lib/')).toMatchObject({ type: 'dir', mode: 0o700 });
      fs.mkdir('/x/y/z', { recursive: true });
      fs.mkdir('/x/y', { recursive: true });
      expect(fs.readdir('/x/y')).toEqual(['z']);
    });

    it('renames files and directories with their contents', () => {
      const fs = fresh();
      fs.rename('/usr', '/usr2');
      expect(fs.readdir('/usr2/lib')).toEqual(['libc.so']);
      expect(fs.stat('/usr')).toBeUndefined();
      expect(code(() => fs.readFile('/lib/libc.so'))).toBe('ENOENT');
      fs.rename('/etc/hosts', '/etc/passwd');
      expect(text(fs.readFile('/etc/passwd'))).toBe('hosts\n');
      expect(fs.readdir('/etc')).toEqual(['passwd']);
      fs.mkdir('/empty');
      fs.rename('/home', '/empty');
      expect(fs.readdir('/empty')).toEqual(['user']);
      fs.rename('/abs', '/abs2');
      expect(fs.readlink('/abs2')).toBe('/etc');
    });

    it('changes metadata through symlinks', () => {
      const fs = fresh();
      fs.chmod('/abs/hosts', 0o4755);
      fs.chown('/abs/hosts', 5, 6);
      fs.utimes('/abs/hosts', 42);
      expect(fs.stat('/etc/hosts')).toEqual({ type: 'file', mode: 0o4755, uid: 5, gid: 6, mtime: 42, size: 6, nlink: 1 });
      expect(fs.lstat('/abs')).toMatchObject({ mtime: T });
    });
  });
}
