import { writeLayer } from '../catalog-writer';
import { source } from '../app-image';
import { dockerfileHistory } from '../dockerfile-history';
import { debianPackagesLayer } from '../debian-layer';
import { dependencyClosure } from '../debian-packages';
import { bookwormBase } from './debian';
import type { CatalogLayerFacts } from '../../../src/engine/registry/catalog-format';
import type { ContainerConfig, HistoryEntry } from '../../../src/engine/image/image-config';

/**
 * buildpack-deps:bookworm, the base of the full python and node images: debian:bookworm, then
 * the curl, scm and main RUN layers of docker-library/buildpack-deps debian/bookworm/{curl,scm,}
 * /Dockerfile (sources/buildpack-deps/), each the real Debian packages it installs (apt resolves
 * the virtual libxslt-dev to libxslt1-dev). Not a catalog repository of its own; its four
 * layers are the objects python:3.12 and node:22/20 share ("Already exists" on the second pull).
 */
const CREATED = '2026-09-18T06:21:30Z';

const ROOTS: Array<[string, string[]]> = [
  ['curl', ['ca-certificates', 'curl', 'gnupg', 'netbase', 'sq', 'wget']],
  ['scm', ['git', 'mercurial', 'openssh-client', 'subversion', 'procps']],
  ['', 'autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev libncursesw5-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt1-dev libyaml-dev make patch unzip xz-utils zlib1g-dev'.split(' ')],
];

export interface DebianBase {
  config: ContainerConfig;
  history: HistoryEntry[];
  layers: CatalogLayerFacts[];
  packages: string[];
}

let done: Promise<DebianBase> | undefined;

export function buildpackDepsBase(): Promise<DebianBase> {
  done ??= build();
  return done;
}

async function build(): Promise<DebianBase> {
  const base = await bookwormBase();
  const mtime = Date.parse(CREATED) / 1000;
  let installed = base.packages;
  const history = [...base.history];
  const layers = [...base.layers];
  for (const [variant, roots] of ROOTS) {
    const { b, added } = debianPackagesLayer({ id: `buildpack-deps-bookworm${variant ? '-' + variant : ''}`, mtime, installed, install: roots, slim: false });
    layers.push(await writeLayer(b));
    const { steps } = await dockerfileHistory(source('buildpack-deps', variant ? `Dockerfile.${variant}` : 'Dockerfile'), base.config, CREATED);
    history.push(...steps.map((s) => s.history));
    installed = [...installed, ...added].sort();
  }
  if (dependencyClosure(['gcc'], new Set(installed)).length !== 0) throw new Error('buildpack-deps: gcc missing');
  return { config: base.config, history, layers, packages: installed };
}
