import { declareRepository, writeLayer } from '../catalog-writer';
import { appImage } from '../app-image';
import { addSystemUser, debianPackagesLayer } from '../debian-layer';
import { LayerBuilder } from '../layer-builder';
import { bookwormSlimBase } from './debian';

/**
 * redis:7.2 (latest, 7, 7.2.5, bookworm) on debian:bookworm-slim, by docker-library/redis
 * 7.2/debian/Dockerfile (sources/redis/, with its docker-entrypoint.sh): user, tzdata, gosu,
 * the built server (redis-check-*, redis-sentinel are links to redis-server, as the RUN makes
 * them), /data, WORKDIR (BuildKit's empty layer), the entrypoint: 8 layers. repo-info
 * repos/redis/local/7.2-bookworm.md gives "Virtual Size: ~ 112.42 Mb" for the bookworm build
 * on the same debian serial as the catalog's slim base; the binaries take up the rest.
 */
export const REDIS_SIZE = 112_420_000;
const CREATED = '2026-09-19T01:12:40Z';

export async function redis(): Promise<void> {
  declareRepository('redis', 'Redis is the world’s fastest data platform for caching, vector search, and NoSQL databases.', 13000);
  const base = await bookwormSlimBase();
  const mtime = Date.parse(CREATED) / 1000;
  const days = Math.floor(mtime / 86400);
  const layers: LayerBuilder[] = [];
  const user = new LayerBuilder('redis-7.2.5-user', mtime);
  addSystemUser(user, base.layers[0].id, { name: 'redis', uid: 999, gid: 999, gecos: '', home: '/home/redis', shell: '/bin/sh' }, days);
  layers.push(user);
  // tzdata is already in the minbase set: the RUN only rewrites apt's and dpkg's files
  layers.push(debianPackagesLayer({ id: 'redis-7.2.5-tzdata', mtime, installed: base.packages, install: ['tzdata'], slim: true }).b);
  const gosu = new LayerBuilder('redis-7.2.5-gosu', mtime);
  gosu.file('/usr/local/bin/gosu', 2_371_840, { mode: 0o755, program: 'gosu' });
  gosu.file('/var/log/dpkg.log', 92_000).file('/var/log/apt/history.log', 2_100).file('/var/log/apt/eipp.log.xz', 17_000);
  layers.push(gosu);
  const { b: build } = debianPackagesLayer({ id: 'redis-7.2.5-build', mtime, installed: base.packages, install: ['libssl3'], slim: true });
  const other = 7_651_200 + 7_380_384;
  build.file('/usr/local/bin/redis-cli', 7_651_200, { mode: 0o755 });
  build.file('/usr/local/bin/redis-benchmark', 7_380_384, { mode: 0o755 });
  for (const l of ['redis-check-aof', 'redis-check-rdb', 'redis-sentinel']) build.symlink(`/usr/local/bin/${l}`, 'redis-server');
  const sizeSoFar = base.layers[0].size + [...layers, build].reduce((n, b) => n + b.size(), 0) - other;
  build.file('/usr/local/bin/redis-server', REDIS_SIZE - sizeSoFar - other - 8_000, { mode: 0o755 });
  layers.push(build);
  const data = new LayerBuilder('redis-7.2.5-data', mtime);
  data.dir('/data', { uid: 999, gid: 999 });
  layers.push(data);
  const runs = layers.map((b) => () => writeLayer(b));
  await appImage({ repository: 'redis', key: 'redis/7.2', tags: ['latest', '7', '7.2', '7.2.5', 'bookworm', '7.2-bookworm', '7.2.5-bookworm'], dir: 'redis', created: CREATED, base, run: runs });
}
