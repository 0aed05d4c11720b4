import { describe, expect, it } from 'vitest';
import { CowFs } from '../../../src/engine/fs/cow-fs';
import { UnionView } from '../../../src/engine/fs/union-view';
import type { Entry } from '../../../src/engine/layer/entry';
import { dir, file, opaque, T, whiteout } from '../layer/fixtures';

const enc = new TextEncoder();
const NOW = 2_000_000_000;
const image: Entry[][] = [
  [dir('/etc'), file('/etc/hosts', 'hosts\n'), file('/etc/passwd', 'root\n'), dir('/tmp', 0o1777), dir('/usr'), dir('/usr/lib'), file('/usr/lib/a', 'a'), file('/usr/lib/b', 'b')],
  [dir('/usr/local'), dir('/usr/local/bin')],
];
const container = () => new CowFs(new UnionView(image), { now: () => NOW });
const lines = (fs: CowFs) => fs.diff().map((c) => `${c.kind} ${c.path}`);
const layer = (fs: CowFs) => fs.upper().map((e) => `${e.type} ${e.path}${'mtime' in e && e.mtime === NOW ? ' (now)' : ''}`);

describe('docker diff and the committed layer (overlay2 rules)', () => {
  it('add: the parent whose mtime changed is C', () => {
    const fs = container();
    fs.writeFile('/etc/new', enc.encode('x'));
    expect(lines(fs)).toEqual(['C /etc', 'A /etc/new']);
    expect(layer(fs)).toEqual(['dir /etc (now)', 'file /etc/new (now)']);
  });

  it('change: only the file; copied-up parents with unchanged metadata are left out of the diff but kept in the layer', () => {
    const fs = container();
    fs.writeFile('/usr/lib/a', enc.encode('A'));
    expect(lines(fs)).toEqual(['C /usr/lib/a']);
    expect(layer(fs)).toEqual(['dir /usr', 'dir /usr/lib', 'file /usr/lib/a (now)']);
  });

  it('delete: D, its parent C, a whiteout in the layer', () => {
    const fs = container();
    fs.unlink('/etc/passwd');
    expect(lines(fs)).toEqual(['C /etc', 'D /etc/passwd']);
    expect(fs.upper()).toEqual([dir('/etc', 0o755, NOW), whiteout('/etc/passwd')]);
  });

  it('delete then recreate a file: C, and the layer holds just the new file', () => {
    const fs = container();
    fs.unlink('/etc/hosts');
    fs.writeFile('/etc/hosts', enc.encode('new'));
    expect(lines(fs)).toEqual(['C /etc', 'C /etc/hosts']);
    expect(layer(fs)).toEqual(['dir /etc (now)', 'file /etc/hosts (now)']);
  });

  it('delete then recreate a directory: opaque in the layer, D as overlayfs reports an opaque dir', () => {
    const fs = container();
    for (const f of fs.readdir('/usr/lib')) fs.unlink(`/usr/lib/${f}`);
    fs.rmdir('/usr/lib');
    fs.mkdir('/usr/lib');
    fs.writeFile('/usr/lib/b', enc.encode('B'));
    fs.writeFile('/usr/lib/c', enc.encode('C'));
    expect(lines(fs)).toEqual(['C /usr', 'D /usr/lib', 'C /usr/lib/b', 'A /usr/lib/c']);
    expect(fs.upper().map((e) => `${e.type} ${e.path}`)).toEqual(['dir /usr', 'dir /usr/lib', 'opaque /usr/lib', 'file /usr/lib/b', 'file /usr/lib/c']);
    const reopened = new CowFs(new UnionView(image), { upper: fs.upper() });
    expect(reopened.readdir('/usr/lib')).toEqual(['b', 'c']);
    expect(lines(reopened)).toEqual(lines(fs));
  });

  it('a file in a new directory', () => {
    const fs = container();
    fs.mkdir('/opt/app', { recursive: true });
    fs.writeFile('/opt/app/run', enc.encode('#!/bin/sh\n'), { mode: 0o755 });
    expect(lines(fs)).toEqual(['A /opt', 'A /opt/app', 'A /opt/app/run']);
    fs.writeFile('/usr/local/bin/tool', enc.encode('x'));
    expect(lines(fs)).toEqual(['A /opt', 'A /opt/app', 'A /opt/app/run', 'C /usr/local/bin', 'A /usr/local/bin/tool']);
  });

  it('chmod of a lower file copies it up: C', () => {
    const fs = container();
    fs.chmod('/etc/passwd', 0o600);
    expect(lines(fs)).toEqual(['C /etc/passwd']);
    expect(fs.upper()).toEqual([dir('/etc'), file('/etc/passwd', 'root\n', 0o600)]);
  });

  it('created then deleted leaves nothing but the touched parent; rm -r of a lower tree is one whiteout', () => {
    const fs = container();
    fs.writeFile('/tmp/x', enc.encode('x'));
    fs.unlink('/tmp/x');
    fs.unlink('/usr/lib/a');
    fs.unlink('/usr/lib/b');
    fs.rmdir('/usr/lib');
    expect(lines(fs)).toEqual(['C /tmp', 'C /usr', 'D /usr/lib']);
    expect(fs.upper()).toEqual([dir('/tmp', 0o1777, NOW), dir('/usr', 0o755, NOW), whiteout('/usr/lib')]);
  });

  it('an empty container has an empty diff and an empty layer; a stored upper loads back', () => {
    expect(lines(container())).toEqual([]);
    expect(container().upper()).toEqual([]);
    const stored: Entry[] = [dir('/etc', 0o755, NOW), whiteout('/etc/passwd'), file('/etc/motd', 'hi'), dir('/usr'), opaque('/usr'), dir('/usr/x')];
    const fs = new CowFs(new UnionView(image), { upper: stored });
    expect(fs.readdir('/etc')).toEqual(['hosts', 'motd']);
    expect(fs.readdir('/usr')).toEqual(['x']);
    expect(fs.upper()).toEqual([dir('/etc', 0o755, NOW), whiteout('/etc/passwd'), file('/etc/motd', 'hi'), dir('/usr'), opaque('/usr'), dir('/usr/x')]);
    expect(T).toBeLessThan(NOW);
  });
});
