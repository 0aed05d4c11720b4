import { describe, expect, it } from 'vitest';
import { openEngine, importBase, file, dir } from './fixtures';
import { expectValidImages } from './image-validity';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Engine } from '../../../src/engine/engine';
import { isEngineError } from '../../../src/engine/errors';

async function errorOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (isEngineError(e)) return e.message;
    throw e;
  }
  throw new Error('expected an engine error');
}

describe('engine: images and tags', () => {
  it('stores an image whose ID is the sha256 of its config and lists it by tag', async () => {
    const engine = await openEngine();
    const id = await importBase(engine);
    const list = engine.imageList();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id, repoTags: ['docker.io/library/tiny:latest'], parentId: '', containers: 0 });
    // 13 + 8 + 8 bytes of file content
    expect(list[0].size).toBe(29);
    await expectValidImages(engine);
  });

  it('tags, resolves by tag, short ID and full ID, and says no such image as Docker does', async () => {
    const engine = await openEngine();
    const id = await importBase(engine);
    await engine.imageTag('tiny', 'me/tiny:v1');
    expect(engine.imageRefs(id)).toEqual(['docker.io/library/tiny:latest', 'docker.io/me/tiny:v1']);
    expect(engine.imageGet('me/tiny:v1').id).toBe(id);
    expect(engine.imageGet(id.slice(7, 19)).id).toBe(id);
    expect(engine.imageGet(id).id).toBe(id);
    expect(await errorOf(() => engine.imageGet('nope'))).toBe('No such image: nope:latest');
    expect(await errorOf(() => engine.imageGet('me/tiny:v2'))).toBe('No such image: me/tiny:v2');
    expect(await errorOf(engine.imageTag('tiny', 'Bad'))).toBe('invalid reference format: repository name (library/Bad) must be lowercase');
  });

  it('shows history newest first with the image ID on local rows and <missing> below', async () => {
    const engine = await openEngine();
    const id = await importBase(engine);
    const rows = engine.imageHistory('tiny');
    expect(rows.map((r) => [r.id, r.createdBy, r.size])).toEqual([
      [id, '/bin/sh -c #(nop)  CMD ["/bin/sh"]', 0],
      ['<missing>', '/bin/sh -c echo welcome > /etc/motd', 8],
      ['<missing>', '/bin/sh -c #(nop) ADD file:0123456789abcdef in / ', 21],
    ]);
  });
});

describe('engine: commit', () => {
  it('turns the writable layer into a new layer with Docker\'s history entry, leaving runtime files out', async () => {
    const engine = await openEngine();
    const base = await importBase(engine);
    const c = await engine.containerCreate({ image: 'tiny', name: 'box' });
    const fs = await engine.containerFs('box');
    fs.writeFile('/etc/hosts', new TextEncoder().encode('changed\n'));
    fs.mkdir('/app');
    fs.writeFile('/app/hello.txt', new TextEncoder().encode('hello\n'));
    fs.unlink('/etc/motd');
    expect(await engine.containerDiff('box')).toEqual([
      { kind: 'A', path: '/app' },
      { kind: 'A', path: '/app/hello.txt' },
      { kind: 'C', path: '/etc' },
      { kind: 'D', path: '/etc/motd' },
      { kind: 'C', path: '/etc/hosts' },
    ].sort((a, b) => (a.path < b.path ? -1 : 1)));
    const id = await engine.containerCommit(c.id, { reference: 'me/app', comment: 'add app', author: 'Ann <ann@example.com>' });
    const img = engine.imageGet('me/app:latest');
    expect(img.id).toBe(id);
    expect(img.parent).toBe(base);
    expect(img.config.author).toBe('Ann <ann@example.com>');
    expect(img.config.history.at(-1)).toEqual({ created: img.config.created, created_by: '/bin/sh', author: 'Ann <ann@example.com>', comment: 'add app' });
    const top = await engine.layerChangeset(img.config.rootfs.diff_ids.at(-1)!);
    expect(top.map((e) => `${e.type} ${e.path}`)).toEqual(['dir /app', 'file /app/hello.txt', 'dir /etc', 'whiteout /etc/motd']);
    const rows = engine.imageHistory('me/app');
    expect(rows.map((r) => r.id)).toEqual([id, base, '<missing>', '<missing>']);
    expect(rows[0]).toMatchObject({ createdBy: '/bin/sh', size: 6, comment: 'add app' });
    await expectValidImages(engine);
  });

  it('records an empty_layer entry and no diff_id when nothing changed', async () => {
    const engine = await openEngine();
    await importBase(engine);
    await engine.containerCreate({ image: 'tiny', name: 'box' });
    const id = await engine.containerCommit('box', {});
    const img = engine.imageGet(id);
    expect(img.config.rootfs.diff_ids).toHaveLength(2);
    expect(img.config.history.at(-1)?.empty_layer).toBe(true);
    expect(engine.imageList().find((i) => i.id === id)?.repoTags).toEqual([]);
    await expectValidImages(engine);
  });

  it('leaves storage and memory unchanged when the disk is full', async () => {
    const store = new MemoryStore({ quotaBytes: 64 * 1024 });
    const engine = await openEngine({ store });
    await importBase(engine);
    await engine.containerCreate({ image: 'tiny', name: 'box' });
    const fs = await engine.containerFs('box');
    fs.writeFile('/big', { kind: 'synthetic', size: 10, seed: 'x' });
    fs.writeFile('/big2', new Uint8Array(100_000));
    expect(await errorOf(engine.containerCommit('box', { reference: 'big' }))).toMatch(/storage for this sandbox is full/);
    expect(engine.imageList()).toHaveLength(1);
    const reopened = await Engine.open({ store });
    expect(reopened.imageList()).toHaveLength(1);
    expect(reopened.containerList({ all: true }).map((c) => c.name)).toEqual(['box']);
  });
});

describe('engine: rmi rules', () => {
  it('untags first and deletes the image with its last reference, reporting released layers', async () => {
    const engine = await openEngine();
    const id = await importBase(engine);
    await engine.imageTag('tiny', 'other:1');
    expect(await engine.imageDelete('other:1')).toEqual([{ untagged: 'other:1' }]);
    const records = await engine.imageDelete('tiny');
    expect(records[0]).toEqual({ untagged: 'tiny:latest' });
    expect(records[1]).toEqual({ deleted: id });
    expect(records).toHaveLength(4); // two layers released, named by chain ID
    expect(engine.imageList()).toEqual([]);
  });

  it('refuses conflicts as Docker does, and -f deletes an image a stopped container uses', async () => {
    const engine = await openEngine();
    const id = await importBase(engine);
    const short = id.slice(7, 19);
    const c = await engine.containerCreate({ image: 'tiny' });
    expect(await errorOf(engine.imageDelete('tiny'))).toBe(
      `conflict: unable to remove repository reference "tiny" (must force) - container ${c.id.slice(0, 12)} is using its referenced image ${short}`,
    );
    expect(await errorOf(engine.imageDelete(short))).toBe(
      `conflict: unable to delete ${short} (must be forced) - image is being used by stopped container ${c.id.slice(0, 12)}`,
    );
    await engine.imageTag('tiny', 'else:1');
    expect(await errorOf(engine.imageDelete(short))).toBe(`conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories`);
    const records = await engine.imageDelete(short, { force: true });
    expect(records.slice(0, 3)).toEqual([{ untagged: 'tiny:latest' }, { untagged: 'else:1' }, { deleted: id }]);
    expect(records).toHaveLength(3); // the container still holds the layers
    // the container keeps working on its layers
    const fs = await engine.containerFs(c.id);
    expect(new TextDecoder().decode(fs.readFile('/etc/motd'))).toBe('welcome\n');
  });

  it('refuses to delete an image with children, even forced', async () => {
    const engine = await openEngine();
    const id = await importBase(engine);
    await engine.containerCreate({ image: 'tiny', name: 'box' });
    const fs = await engine.containerFs('box');
    fs.writeFile('/x', new TextEncoder().encode('x'));
    await engine.containerCommit('box', { reference: 'child' });
    await engine.containerRemove('box');
    const short = id.slice(7, 19);
    expect(await errorOf(engine.imageDelete(short, { force: true }))).toBe(`conflict: unable to delete ${short} (cannot be forced) - image has dependent child images`);
    // removing the last tag of a parent only untags it
    expect(await engine.imageDelete('tiny')).toEqual([{ untagged: 'tiny:latest' }]);
    expect(engine.imageList().find((i) => i.id === id)?.repoTags).toEqual([]);
  });
});

describe('engine: persistence', () => {
  it('reopens the same state from the store', async () => {
    const store = new MemoryStore();
    const engine = await openEngine({ store });
    const id = await importBase(engine);
    await engine.containerCreate({ image: 'tiny', name: 'box' });
    const fs = await engine.containerFs('box');
    fs.mkdir('/data');
    await engine.containerCommit('box', { reference: 'saved' });
    const again = await Engine.open({ store });
    expect(again.imageList().map((i) => i.repoTags).sort()).toEqual([['docker.io/library/saved:latest'], ['docker.io/library/tiny:latest']]);
    expect(again.imageGet('saved').parent).toBe(id);
    await expectValidImages(again);
    void dir;
    void file;
  });
});

describe('engine: container filesystems', () => {
  it('gives concurrent callers the same live filesystem, so no write is lost', async () => {
    const engine = await openEngine();
    await importBase(engine);
    await engine.containerCreate({ image: 'tiny', name: 'box' });
    const [a, b] = await Promise.all([engine.containerFs('box'), engine.containerFs('box')]);
    expect(a).toBe(b);
    a.writeFile('/new.txt', new TextEncoder().encode('x'));
    expect(await engine.containerDiff('box')).toEqual([{ kind: 'A', path: '/new.txt' }]);
  });
});

describe('engine: imageImport', () => {
  it('builds rootfs from the layers it is given and keeps history paired with them', async () => {
    const engine = await openEngine();
    const id = await engine.imageImport([[dir('/a'), file('/a/x', 'x')], [file('/b', 'b')]], {
      config: { architecture: 'amd64', os: 'linux', config: {}, history: [{ created_by: 'first' }], rootfs: { type: 'layers', diff_ids: [] } },
      tags: ['two:1'],
    });
    const img = engine.imageGet(id);
    expect(img.config.rootfs.diff_ids).toHaveLength(2);
    expect(img.config.history.map((h) => h.created_by)).toEqual(['first', '']);
    await expectValidImages(engine);
  });
});
