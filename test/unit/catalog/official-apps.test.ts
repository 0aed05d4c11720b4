import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { committedCatalog } from './catalog-fixture';
import { layerDiffId, layerTarChunks } from '../../../src/engine/layer/layer-tar';
import type { Changeset } from '../../../src/engine/layer/entry';
import { programOfContent } from '../../../src/engine/layer/executable';
import { gzipBlobFacts } from '../../../src/engine/registry/gzip-blob-facts';
import type { CatalogImage } from '../../../src/engine/registry/catalog-format';
import { openSandbox, runPiped } from '../hub/hub-harness';
import { pullTimeline } from '../../../src/engine/registry/transfer-timeline';

const catalog = committedCatalog();
/** The real files the generator copied from the images' source repositories (see their README lines in scripts/catalog/images/*.ts). */
const SOURCES = join(import.meta.dirname, '../../../scripts/catalog/sources');
const real = (dir: string, name: string) => readFileSync(join(SOURCES, dir, name), 'utf8');

const find = async (repo: string, tag: string): Promise<CatalogImage> => {
  const img = await catalog.find(repo, tag);
  if (!img) throw new Error(`${repo}:${tag} missing`);
  return img;
};

/** The image's merged tree, later layers winning (no whiteouts in these images). */
async function tree(img: CatalogImage): Promise<Map<string, Changeset[number]>> {
  const m = new Map<string, Changeset[number]>();
  for (const l of img.layers) for (const e of await catalog.changeset(l.id)) m.set(e.path, e);
  return m;
}

const text = (t: Map<string, Changeset[number]>, p: string) => {
  const e = t.get(p);
  return e?.type === 'file' && e.content.kind === 'bytes' ? new TextDecoder().decode(e.content.bytes) : undefined;
};
const prog = (t: Map<string, Changeset[number]>, p: string) => {
  const e = t.get(p);
  return e?.type === 'file' ? programOfContent(e.content) : e?.type;
};
const mode = (t: Map<string, Changeset[number]>, p: string) => (t.get(p) as { mode?: number } | undefined)?.mode?.toString(8);
const link = (t: Map<string, Changeset[number]>, p: string) => {
  const e = t.get(p);
  return e?.type === 'symlink' ? e.target : undefined;
};
const bySteps = (img: CatalogImage) => img.config.history.map((h) => (h.created_by!.startsWith('RUN ') ? 'RUN' : h.created_by));

describe('official application images', { timeout: 120_000 }, () => {
  it('tags name the images', async () => {
    const keys = async (repo: string, tags: string[]) => Promise.all(tags.map(async (t) => (await catalog.find(repo, t))?.key));
    expect(await keys('nginx', ['latest', 'mainline', '1.27', '1.27.4'])).toEqual(Array(4).fill('nginx/1.27.4'));
    expect(await keys('httpd', ['latest', '2.4'])).toEqual(['httpd/2.4', 'httpd/2.4']);
    expect(await keys('python', ['latest', '3.12', '3.12-slim'])).toEqual(['python/3.12', 'python/3.12', 'python/3.12-slim']);
    expect(await keys('node', ['latest', 'lts', '22', '20'])).toEqual(['node/22', 'node/22', 'node/22', 'node/20']);
    expect(await keys('redis', ['latest', '7', '7.2'])).toEqual(['redis/7.2', 'redis/7.2', 'redis/7.2']);
    expect(await keys('registry', ['2', 'latest'])).toEqual(['registry/2', 'registry/2']);
  });

  it('nginx, httpd, redis and python:3.12-slim sit on the debian:bookworm-slim layer object', async () => {
    const slim = (await find('debian', 'bookworm-slim')).layers[0];
    for (const [r, t] of [['nginx', 'latest'], ['httpd', 'latest'], ['redis', 'latest'], ['python', '3.12-slim']]) {
      const img = await find(r, t);
      expect(img.layers[0], `${r}:${t}`).toEqual(slim);
      expect(img.config.history[0], `${r}:${t}`).toEqual((await find('debian', 'bookworm-slim')).config.history[0]);
    }
  });

  it('python:3.12 and node:22/20 share debian:bookworm and the three buildpack-deps layers', async () => {
    const py = await find('python', '3.12');
    const n22 = await find('node', '22');
    const n20 = await find('node', '20');
    expect(py.layers[0]).toEqual((await find('debian', 'bookworm')).layers[0]);
    expect(py.layers.slice(0, 4).map((l) => l.id)).toEqual(['debian-bookworm-20260918', 'buildpack-deps-bookworm-curl', 'buildpack-deps-bookworm-scm', 'buildpack-deps-bookworm']);
    expect(n22.layers.slice(0, 4)).toEqual(py.layers.slice(0, 4));
    expect(n22.config.history.slice(0, 4)).toEqual(py.config.history.slice(0, 4));
    // the node user layer is the same object for both node versions, and so is the entrypoint COPY
    expect(n20.layers.slice(0, 5)).toEqual(n22.layers.slice(0, 5));
    expect(n20.layers[7]).toEqual(n22.layers[7]);
    expect([py.layers.length, n22.layers.length, (await find('python', '3.12-slim')).layers.length]).toEqual([7, 8, 4]);
  });

  it('registry:2 sits on the alpine layer object', async () => {
    expect((await find('registry', '2')).layers[0]).toEqual((await find('alpine', 'latest')).layers[0]);
  });

  it('nginx: config, history and its real files', async () => {
    const img = await find('nginx', 'latest');
    const c = img.config.config;
    expect([c.Entrypoint, c.Cmd, c.ExposedPorts, c.StopSignal]).toEqual([['/docker-entrypoint.sh'], ['nginx', '-g', 'daemon off;'], { '80/tcp': {} }, 'SIGQUIT']);
    expect(c.Env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.27.4', 'NJS_VERSION=0.8.9', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm']);
    expect(img.layers.length).toBe(7);
    expect(bySteps(img)).toEqual([
      "# debian.sh --arch 'amd64' out/ 'bookworm' '@1789689600'",
      'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>',
      'ENV NGINX_VERSION=1.27.4', 'ENV NJS_VERSION=0.8.9', 'ENV NJS_RELEASE=1~bookworm', 'ENV PKG_RELEASE=1~bookworm', 'ENV DYNPKG_RELEASE=1~bookworm',
      'RUN',
      'COPY docker-entrypoint.sh / # buildkit',
      'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit',
      'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit',
      'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit',
      'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit',
      'ENTRYPOINT ["/docker-entrypoint.sh"]', 'EXPOSE map[80/tcp:{}]', 'STOPSIGNAL SIGQUIT', 'CMD ["nginx" "-g" "daemon off;"]',
    ]);
    const run = img.config.history[7].created_by!;
    expect(run.startsWith('RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx ')).toBe(true);
    expect(run.endsWith('     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit')).toBe(true);
    const t = await tree(img);
    expect(text(t, '/etc/nginx/nginx.conf')).toBe(real('nginx', 'nginx.conf'));
    expect(text(t, '/etc/nginx/conf.d/default.conf')).toBe(real('nginx', 'default.conf'));
    expect(text(t, '/usr/share/nginx/html/index.html')).toContain('<title>Welcome to nginx!</title>');
    for (const f of ['docker-entrypoint.sh', '10-listen-on-ipv6-by-default.sh', '15-local-resolvers.envsh', '20-envsubst-on-templates.sh', '30-tune-worker-processes.sh']) {
      const p = f === 'docker-entrypoint.sh' ? `/${f}` : `/docker-entrypoint.d/${f}`;
      expect([text(t, p), mode(t, p)], p).toEqual([real('nginx', f), '755']);
    }
    expect(text(t, '/docker-entrypoint.sh')!.startsWith('#!/bin/sh\n')).toBe(true);
    expect([prog(t, '/usr/sbin/nginx'), link(t, '/var/log/nginx/access.log'), link(t, '/var/log/nginx/error.log'), prog(t, '/usr/bin/curl')]).toEqual(['nginx', '/dev/stdout', '/dev/stderr', 'curl']);
    expect(text(t, '/etc/passwd')!.split('\n').at(-2)).toBe('nginx:x:101:101:nginx user:/nonexistent:/bin/false');
    expect(t.get('/bin')).toMatchObject({ type: 'symlink', target: 'usr/bin' });
  });

  it('httpd: It works!, httpd-foreground, httpd.conf, WORKDIR layer', async () => {
    const img = await find('httpd', 'latest');
    const c = img.config.config;
    expect([c.Cmd, c.WorkingDir, c.StopSignal, c.ExposedPorts, c.Entrypoint ?? null]).toEqual([['httpd-foreground'], '/usr/local/apache2', 'SIGWINCH', { '80/tcp': {} }, null]);
    expect(c.Env).toEqual(['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.63', 'HTTPD_SHA256=88fc236ab99b2864b248de7d49a008ec2afd7551e64dce8b95f58f32f94c46ab', 'HTTPD_PATCHES=']);
    expect(img.layers.length).toBe(6);
    // BuildKit's WORKDIR layer: the empty tar, diffID sha256 of 1024 zero bytes (`head -c 1024 /dev/zero | sha256sum`)
    expect(img.layers[2].diffId).toBe('sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef');
    const t = await tree(img);
    expect(text(t, '/usr/local/apache2/htdocs/index.html')).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect([text(t, '/usr/local/bin/httpd-foreground'), mode(t, '/usr/local/bin/httpd-foreground')]).toEqual([real('httpd', 'httpd-foreground'), '755']);
    const conf = text(t, '/usr/local/apache2/conf/httpd.conf')!;
    for (const l of ['ServerRoot "/usr/local/apache2"', 'Listen 80', 'User www-data', 'Group www-data', 'DocumentRoot "/usr/local/apache2/htdocs"', 'ErrorLog /proc/self/fd/2', '    CustomLog /proc/self/fd/1 common']) expect(conf.split('\n'), l).toContain(l);
    expect(prog(t, '/usr/local/apache2/bin/httpd')).toBe('httpd');
  });

  it('redis: entrypoint script, server links, /data and its WORKDIR', async () => {
    const img = await find('redis', 'latest');
    const c = img.config.config;
    expect([c.Entrypoint, c.Cmd, c.WorkingDir, c.Volumes, c.ExposedPorts]).toEqual([['docker-entrypoint.sh'], ['redis-server'], '/data', { '/data': {} }, { '6379/tcp': {} }]);
    expect(c.Env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOSU_VERSION=1.17', 'REDIS_VERSION=7.2.5', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.2.5.tar.gz', 'REDIS_DOWNLOAD_SHA=5981179706f8391f03be91d951acafaeda91af7fac56beffb2701963103e423d']);
    expect(img.layers.length).toBe(8);
    const t = await tree(img);
    expect([text(t, '/usr/local/bin/docker-entrypoint.sh'), mode(t, '/usr/local/bin/docker-entrypoint.sh')]).toEqual([real('redis', 'docker-entrypoint.sh'), '755']);
    expect([prog(t, '/usr/local/bin/redis-server'), prog(t, '/usr/local/bin/redis-cli'), link(t, '/usr/local/bin/redis-sentinel'), prog(t, '/usr/local/bin/gosu')]).toEqual(['redis-server', 'redis-cli', 'redis-server', 'gosu']);
    expect(t.get('/data')).toMatchObject({ type: 'dir', uid: 999, gid: 999 });
  });

  it('python: programs, pip script, env', async () => {
    for (const tag of ['3.12', '3.12-slim']) {
      const img = await find('python', tag);
      const c = img.config.config;
      expect([c.Cmd, c.Env]).toEqual([['python3'], ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.12.9', 'PYTHON_SHA256=7220835d9f90b37c006e9842a8dff4580aaca4318674f947302b8d28f3f81112']]);
      const t = await tree(img);
      expect([prog(t, '/usr/local/bin/python3.12'), link(t, '/usr/local/bin/python3'), link(t, '/usr/local/bin/python')]).toEqual(['python3.12', 'python3.12', 'python3']);
      expect(text(t, '/usr/local/bin/pip3')).toBe(real('python', 'pip'));
      expect(text(t, '/usr/local/bin/pip3')!.split('\n')[0]).toBe('#!/usr/local/bin/python3.12');
    }
    const full = await tree(await find('python', '3.12'));
    expect([prog(full, '/usr/bin/x86_64-linux-gnu-gcc-12'), prog(full, '/usr/bin/git'), prog(full, '/usr/bin/make')]).toEqual(['x86_64-linux-gnu-gcc-12', 'git', 'make']);
  });

  it('node: node program, npm script, entrypoint, yarn', async () => {
    const img = await find('node', 'latest');
    const c = img.config.config;
    expect([c.Entrypoint, c.Cmd, c.Env]).toEqual([['docker-entrypoint.sh'], ['node'], ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NODE_VERSION=22.14.0', 'YARN_VERSION=1.22.22']]);
    const t = await tree(img);
    expect([prog(t, '/usr/local/bin/node'), link(t, '/usr/local/bin/npm'), link(t, '/usr/local/bin/nodejs'), link(t, '/usr/local/bin/yarn')]).toEqual(['node', '../lib/node_modules/npm/bin/npm-cli.js', '/usr/local/bin/node', '/opt/yarn-v1.22.22/bin/yarn']);
    expect(text(t, '/usr/local/lib/node_modules/npm/bin/npm-cli.js')).toBe("#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n");
    expect([text(t, '/usr/local/bin/docker-entrypoint.sh'), mode(t, '/usr/local/bin/docker-entrypoint.sh')]).toEqual([real('node', 'docker-entrypoint.sh'), '755']);
    expect(text(t, '/etc/passwd')!.split('\n').at(-2)).toBe('node:x:1000:1000::/home/node:/bin/bash');
    expect((await find('node', '20')).config.config.Env![1]).toBe('NODE_VERSION=20.18.3');
  });

  it('registry: entrypoint and config texts, registry program', async () => {
    const img = await find('registry', '2');
    const c = img.config.config;
    expect([c.Entrypoint, c.Cmd, c.ExposedPorts, c.Volumes]).toEqual([['/entrypoint.sh'], ['/etc/docker/registry/config.yml'], { '5000/tcp': {} }, { '/var/lib/registry': {} }]);
    expect(img.layers.length).toBe(5);
    const t = await tree(img);
    expect([text(t, '/entrypoint.sh'), mode(t, '/entrypoint.sh')]).toEqual([real('registry', 'docker-entrypoint.sh'), '755']);
    expect(text(t, '/etc/docker/registry/config.yml')).toBe(real('registry', 'config-example.yml'));
    expect([prog(t, '/bin/registry'), link(t, '/bin/sh')]).toEqual(['registry', '/bin/busybox']);
  });

  it.each([['nginx', 'latest', [2, 3, 4, 5, 6]], ['registry', '2', [3, 4]], ['httpd', '2.4', [1, 2, 5]]] as const)('%s:%s small layers: stored diffID and blob digest match a recomputation', async (repo, tag, which) => {
    const img = await find(repo, tag);
    for (const i of which) {
      const l = img.layers[i];
      const cs = await catalog.changeset(l.id);
      expect(await layerDiffId(cs)).toEqual({ diffId: l.diffId, size: l.tarSize });
      expect(await gzipBlobFacts(layerTarChunks(cs))).toEqual({ digest: l.digest, size: l.blobSize });
    }
  });
});

describe('pulling the application images in the sandbox', { timeout: 120_000 }, () => {
  const short = (d: string) => d.slice(7, 19);
  /**
   * The non-terminal pull stream when the images `have` are stored. A layer already exists when
   * its whole chain does (moby looks layers up by chain ID), not just its blob.
   */
  const stream = (img: CatalogImage, have: CatalogImage[]) => {
    const chain = (x: CatalogImage, i: number) => x.layers.slice(0, i + 1).map((l) => l.diffId).join();
    const stored = new Set(img.layers.filter((_, i) => have.some((h) => h.layers.length > i && chain(h, i) === chain(img, i))).map((l) => l.digest));
    const fresh = img.layers.filter((l) => !stored.has(l.digest));
    let waiting = 0;
    // in layer order: stored ones "Already exists"; beyond moby's 3 concurrent downloads a layer says Waiting
    return img.layers.map((l) => (stored.has(l.digest) ? `${short(l.digest)}: Already exists\n` : `${short(l.digest)}: Pulling fs layer\n${waiting++ >= 3 ? `${short(l.digest)}: Waiting\n` : ''}`)).join('') +
      // the completions come in the order of moby's download/extract timeline (3 parallel downloads)
      pullTimeline(fresh.map((l) => ({ id: short(l.digest), bytes: l.blobSize })))
        .filter((t) => ['Verifying Checksum', 'Download complete', 'Pull complete'].includes(t.m.status))
        .map((t) => `${t.m.id}: ${t.m.status}\n`).join('');
  };

  it('nginx after debian:bookworm-slim and registry after alpine: the base layer already exists', async () => {
    const nginx = await find('nginx', 'latest');
    const reg = await find('registry', '2');
    const sb = await openSandbox();
    const out = await runPiped('docker pull -q debian:bookworm-slim >/dev/null\ndocker pull nginx\ndocker pull -q alpine >/dev/null\ndocker pull registry:2', sb);
    expect(out).toBe(
      'Using default tag: latest\nlatest: Pulling from library/nginx\n' + stream(nginx, [await find('debian', 'bookworm-slim')]) +
        `Digest: ${nginx.manifestDigest}\nStatus: Downloaded newer image for nginx:latest\ndocker.io/library/nginx:latest\n` +
        '2: Pulling from library/registry\n' + stream(reg, [await find('alpine', 'latest')]) +
        `Digest: ${reg.manifestDigest}\nStatus: Downloaded newer image for registry:2\ndocker.io/library/registry:2\n`,
    );
    expect(sb.engine.imageGet('nginx').id).toBe(nginx.configDigest);
    expect(sb.engine.imageGet('registry:2').config.rootfs.diff_ids).toEqual(reg.layers.map((l) => l.diffId));
  });

  it('node:22 after python:3.12 finds the four buildpack-deps layers; node:20 after that finds five (its COPY layer has another parent chain)', async () => {
    const [py, n22, n20] = [await find('python', '3.12'), await find('node', '22'), await find('node', '20')];
    const sb = await openSandbox();
    const out = await runPiped('docker pull -q python:3.12 >/dev/null\ndocker pull node:22\ndocker pull node:20', sb);
    expect(out).toBe(
      '22: Pulling from library/node\n' + stream(n22, [py]) + `Digest: ${n22.manifestDigest}\nStatus: Downloaded newer image for node:22\ndocker.io/library/node:22\n` +
        '20: Pulling from library/node\n' + stream(n20, [py, n22]) + `Digest: ${n20.manifestDigest}\nStatus: Downloaded newer image for node:20\ndocker.io/library/node:20\n`,
    );
    expect([stream(n22, [py]), stream(n20, [py, n22])].map((s) => s.split('Already exists').length - 1)).toEqual([4, 5]);
  });
});
