import { describe, expect, it } from 'vitest';
import { committedCatalog } from './catalog-fixture';
import { layerDiffId, layerTarChunks } from '../../../src/engine/layer/layer-tar';
import { contentSize, type Changeset, type FileEntry } from '../../../src/engine/layer/entry';
import { programOfContent } from '../../../src/engine/layer/executable';
import { configToBytes } from '../../../src/engine/image/config-json';
import { digestOf } from '../../../src/engine/digest';
import { gzipBlobFacts } from '../../../src/engine/registry/gzip-blob-facts';

const catalog = committedCatalog();

/**
 * Published on-disk sizes the generator scales to (sources cited in scripts/catalog/images/*.ts):
 * every image's total must be within 2% of its number.
 */
const PUBLISHED: Record<string, number> = {
  'hello-world/latest': 13_256,
  'busybox/latest': 4_261_550,
  'debian/bookworm': 116_570_000,
  'debian/bookworm-slim': 74_830_000,
  'ubuntu/24.04': 78_100_000,
  'ubuntu/22.04': 77_900_000,
  'alpine/3.20': 7_800_000,
  'centos/7': 203_930_000,
  'centos/8': 231_220_000,
  'centos/centos5': 467_100_000,
  'nginx/1.27.4': 192_000_000,
  'httpd/2.4': 148_000_000,
  'redis/7.2': 112_420_000,
  'python/3.12': 1_020_000_000,
  'python/3.12-slim': 124_300_000,
  'node/22': 1_130_000_000,
  'node/20': 1_107_000_000,
  'registry/2': 25_400_000,
};

async function allImageKeys(): Promise<string[]> {
  const idx = await catalog.index();
  return [...new Set(idx.repositories.flatMap((r) => Object.values(r.tags)))].sort();
}

const text = (cs: Changeset, path: string) => {
  const e = cs.find((x) => x.path === path);
  if (e?.type !== 'file' || e.content.kind !== 'bytes') return undefined;
  return new TextDecoder().decode(e.content.bytes);
};

describe('catalog', () => {
  it('indexes official repositories with tags that name existing images', async () => {
    const idx = await catalog.index();
    expect(idx.repositories.map((r) => r.name)).toEqual(expect.arrayContaining(['busybox', 'debian', 'hello-world']));
    for (const r of idx.repositories) expect(r.official).toBe(true);
    expect(await catalog.resolve('library/debian', 'latest')).toBe('debian/bookworm');
    expect(await catalog.resolve('docker.io/library/hello-world', 'latest')).toBe('hello-world/latest');
    expect(await catalog.find('debian', 'no-such-tag')).toBeUndefined();
  });

  it('every image: config digest is the image ID, manifest digest and layers agree', async () => {
    for (const key of await allImageKeys()) {
      const img = await catalog.image(key);
      const bytes = configToBytes(img.config);
      expect(await digestOf(bytes), key).toBe(img.configDigest);
      expect(bytes.length).toBe(img.configSize);
      expect(await digestOf(new TextEncoder().encode(img.manifest))).toBe(img.manifestDigest);
      const m = JSON.parse(img.manifest);
      expect(m.config).toEqual({ mediaType: 'application/vnd.docker.container.image.v1+json', size: img.configSize, digest: img.configDigest });
      expect(m.layers.map((l: { digest: string }) => l.digest)).toEqual(img.layers.map((l) => l.digest));
      expect(img.config.rootfs.diff_ids).toEqual(img.layers.map((l) => l.diffId));
      expect(img.config.history.filter((h) => !h.empty_layer).length).toBe(img.layers.length);
      for (const l of img.layers) {
        const file = await catalog.layerFile(l.id);
        expect({ id: file.id, ...file.facts }).toEqual(l);
        const cs = await catalog.changeset(l.id);
        expect(cs.reduce((n, e) => n + (e.type === 'file' ? contentSize(e.content) : 0), 0)).toBe(l.size);
      }
    }
  });

  it('every image is within 2% of its published size', async () => {
    for (const key of await allImageKeys()) {
      const img = await catalog.image(key);
      const size = img.layers.reduce((n, l) => n + l.size, 0);
      expect(PUBLISHED[key], `published size of ${key}`).toBeDefined();
      expect(Math.abs(size - PUBLISHED[key]) / PUBLISHED[key], key).toBeLessThan(0.02);
    }
  });

  it.each(['hello-world/latest', 'busybox/latest', 'alpine/3.20'])('%s: stored diffID and blob digest match a recomputation', async (key) => {
    const img = await catalog.image(key);
    for (const l of img.layers) {
      const cs = await catalog.changeset(l.id);
      expect(await layerDiffId(cs)).toEqual({ diffId: l.diffId, size: l.tarSize });
      expect(await gzipBlobFacts(layerTarChunks(cs))).toEqual({ digest: l.digest, size: l.blobSize });
    }
  });

  it('hello-world is one /hello program and CMD ["/hello"]', async () => {
    const img = (await catalog.find('hello-world', 'latest'))!;
    expect(img.config.config.Cmd).toEqual(['/hello']);
    const cs = await catalog.changeset(img.layers[0].id);
    expect(cs.map((e) => [e.path, e.type === 'file' ? programOfContent(e.content) : e.type])).toEqual([['/hello', 'hello']]);
    expect(img.config.history.map((h) => h.created_by)).toEqual([
      '/bin/sh -c #(nop) COPY file:50563a97010fd7ce1ceebd1fa4f4891ac3decdf428333fb2683696f4358af6c2 in / ',
      '/bin/sh -c #(nop)  CMD ["/hello"]',
    ]);
  });

  it('busybox applets are hard links to /bin/busybox; CMD ["sh"]', async () => {
    const img = (await catalog.find('busybox', 'latest'))!;
    expect(img.config.config.Cmd).toEqual(['sh']);
    const cs = await catalog.changeset(img.layers[0].id);
    const bb = cs.find((e) => e.path === '/bin/busybox') as FileEntry;
    expect(programOfContent(bb.content)).toBe('busybox');
    for (const a of ['/bin/sh', '/bin/ls', '/bin/cat', '/bin/vi']) expect(cs.find((e) => e.path === a)).toMatchObject({ type: 'hardlink', target: '/bin/busybox' });
    expect(text(cs, '/etc/passwd')?.split('\n')[0]).toBe('root:x:0:0:root:/root:/bin/sh');
  });

  it('debian: real os-release, programs, dpkg status, empty apt lists', async () => {
    const img = (await catalog.find('debian', 'latest'))!;
    expect(img.config.config.Cmd).toEqual(['bash']);
    const cs = await catalog.changeset(img.layers[0].id);
    expect(text(cs, '/usr/lib/os-release')).toBe([
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"', 'NAME="Debian GNU/Linux"', 'VERSION_ID="12"', 'VERSION="12 (bookworm)"',
      'VERSION_CODENAME=bookworm', 'ID=debian', 'HOME_URL="https://www.debian.org/"', 'SUPPORT_URL="https://www.debian.org/support"',
      'BUG_REPORT_URL="https://bugs.debian.org/"', '',
    ].join('\n'));
    expect(cs.find((e) => e.path === '/etc/os-release')).toMatchObject({ type: 'symlink', target: '../usr/lib/os-release' });
    expect(cs.find((e) => e.path === '/bin')).toMatchObject({ type: 'symlink', target: 'usr/bin' });
    const prog = (p: string) => {
      const e = cs.find((x) => x.path === p);
      return e?.type === 'file' ? programOfContent(e.content) : undefined;
    };
    expect([prog('/usr/bin/bash'), prog('/usr/bin/apt-get'), prog('/usr/bin/dpkg'), prog('/usr/bin/ls')]).toEqual(['bash', 'apt-get', 'dpkg', 'ls']);
    expect(cs.find((e) => e.path === '/usr/bin/vim')).toBeUndefined();
    expect(cs.find((e) => e.path === '/usr/bin/ps')).toBeUndefined();
    const status = text(cs, '/var/lib/dpkg/status')!;
    expect(status).toMatch(/^Package: adduser\nStatus: install ok installed\n/);
    expect(status).toContain('\nPackage: bash\nEssential: yes\nStatus: install ok installed\n');
    expect(cs.filter((e) => e.path.startsWith('/var/lib/apt/lists/')).map((e) => e.path)).toEqual(['/var/lib/apt/lists/partial']);
  });

  it('bookworm-slim drops man pages and docs but keeps copyright files', async () => {
    const slim = await catalog.changeset((await catalog.find('debian', 'bookworm-slim'))!.layers[0].id);
    const full = await catalog.changeset((await catalog.find('debian', 'bookworm'))!.layers[0].id);
    const has = (cs: Changeset, p: string) => cs.some((e) => e.path === p);
    expect([has(full, '/usr/share/man/man1/bash.1.gz'), has(slim, '/usr/share/man/man1/bash.1.gz')]).toEqual([true, false]);
    expect(has(slim, '/usr/share/doc/bash/copyright')).toBe(true);
    expect(slim.some((e) => e.path.startsWith('/usr/share/locale/') && e.type === 'file')).toBe(false);
  });

  it('ubuntu:latest is 24.04: bash and apt-get programs, no vim or ps, Ubuntu release files, Docker history', async () => {
    const img = (await catalog.find('ubuntu', 'latest'))!;
    expect(img.key).toBe('ubuntu/24.04');
    expect(img.config.config.Cmd).toEqual(['/bin/bash']);
    const cs = await catalog.changeset(img.layers[0].id);
    const prog = (p: string) => {
      const e = cs.find((x) => x.path === p);
      return e?.type === 'file' ? programOfContent(e.content) : e?.type;
    };
    expect(cs.find((e) => e.path === '/bin')).toMatchObject({ type: 'symlink', target: 'usr/bin' });
    expect([prog('/usr/bin/bash'), prog('/usr/bin/apt-get'), prog('/usr/bin/vim'), prog('/usr/bin/ps')]).toEqual(['bash', 'apt-get', undefined, undefined]);
    expect(text(cs, '/usr/lib/os-release')?.split('\n').slice(0, 5)).toEqual([
      'PRETTY_NAME="Ubuntu 24.04.3 LTS"', 'NAME="Ubuntu"', 'VERSION_ID="24.04"', 'VERSION="24.04.3 LTS (Noble Numbat)"', 'VERSION_CODENAME=noble',
    ]);
    expect(text(cs, '/etc/lsb-release')).toBe('DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=24.04\nDISTRIB_CODENAME=noble\nDISTRIB_DESCRIPTION="Ubuntu 24.04.3 LTS"\n');
    expect(cs.filter((e) => e.path.startsWith('/var/lib/apt/lists/')).map((e) => e.path)).toEqual(['/var/lib/apt/lists/partial']);
    expect(img.config.history.map((h) => h.created_by!.replace(/file:[0-9a-f]{64}/, 'file:X'))).toEqual([
      '/bin/sh -c #(nop)  ARG RELEASE',
      '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
      '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
      '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04',
      '/bin/sh -c #(nop) ADD file:X in / ',
      '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
    ]);
    expect((await catalog.find('ubuntu', 'jammy'))!.key).toBe('ubuntu/22.04');
  });

  it('alpine: busybox applets are symlinks, apk is a program, Alpine os-release', async () => {
    const img = (await catalog.find('alpine', 'latest'))!;
    expect(img.config.config.Cmd).toEqual(['/bin/sh']);
    const cs = await catalog.changeset(img.layers[0].id);
    expect(cs.find((e) => e.path === '/bin/sh')).toMatchObject({ type: 'symlink', target: '/bin/busybox' });
    const apk = cs.find((e) => e.path === '/sbin/apk');
    expect(apk?.type === 'file' ? programOfContent(apk.content) : undefined).toBe('apk');
    expect(text(cs, '/etc/os-release')?.split('\n')[3]).toBe('PRETTY_NAME="Alpine Linux v3.20"');
    expect(cs.find((e) => e.path === '/bin/bash')).toBeUndefined();
  });
});
