import { debianRootfs } from '../debian-rootfs';
import { dependencyClosure, packagesOfPriority } from '../debian-packages';
import { declareRepository, writeImage, writeLayer } from '../catalog-writer';
import type { CatalogLayerFacts } from '../../../src/engine/registry/catalog-format';
import type { LayerBuilder } from '../layer-builder';
import type { ContainerConfig, HistoryEntry } from '../../../src/engine/image/image-config';

/**
 * debian:bookworm (= 12, latest here) and bookworm-slim: debuerreotype's minbase rootfs, that is
 * Priority: required + apt and their dependencies (docker-library/repo-info
 * repos/debian/local/bookworm.md lists these binary packages), one layer, CMD ["bash"].
 * Published on-disk sizes (repo-info repos/debian/local/bookworm.md "Virtual Size ~ 116.57 Mb",
 * bookworm-slim.md "~ 74.83 Mb", serial 20260918) are the targets the synthetic sizes are scaled to.
 */
export const DEBIAN_SIZE = 116_570_000;
export const DEBIAN_SLIM_SIZE = 74_830_000;
export const DEBIAN_SERIAL = '2026-09-18T00:00:00Z';
const EPOCH = Date.parse(DEBIAN_SERIAL) / 1000;

export function debianPackages(): string[] {
  return dependencyClosure([...packagesOfPriority('required'), 'apt']);
}

function sourcesList(): string {
  const stamp = DEBIAN_SERIAL.slice(0, 10).replace(/-/g, '') + 'T000000Z';
  return `Types: deb
# http://snapshot.debian.org/archive/debian/${stamp}
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
# http://snapshot.debian.org/archive/debian-security/${stamp}
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`;
}

export function bookwormBuilder(slim: boolean): LayerBuilder {
  const b = debianRootfs({ id: slim ? 'debian-bookworm-20260918-slim' : 'debian-bookworm-20260918', mtime: EPOCH, packages: debianPackages(), slim });
  b.text('/etc/apt/sources.list.d/debian.sources', sourcesList());
  b.scaleTo(slim ? DEBIAN_SLIM_SIZE : DEBIAN_SIZE);
  return b;
}

let fullLayer: Promise<CatalogLayerFacts> | undefined;
/** The debian:bookworm layer object (buildpack-deps, so python and node, build on it). */
export function bookwormLayer(): Promise<CatalogLayerFacts> {
  fullLayer ??= writeLayer(bookwormBuilder(false));
  return fullLayer;
}

let slimLayer: Promise<CatalogLayerFacts> | undefined;
/** The shared bookworm-slim base layer object (nginx, httpd, python, node, redis build on it). */
export function bookwormSlimLayer(): Promise<CatalogLayerFacts> {
  slimLayer ??= writeLayer(bookwormBuilder(true));
  return slimLayer;
}

export const DEBIAN_HISTORY = { created: DEBIAN_SERIAL, created_by: `# debian.sh --arch 'amd64' out/ 'bookworm' '@${EPOCH}'`, comment: 'debuerreotype 0.16' };

export async function debian(): Promise<void> {
  declareRepository('debian', 'Debian is a Linux distribution that\'s composed entirely of free and open-source software.', 5300);
  const full = await bookwormLayer();
  const env = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
  await writeImage({ repository: 'debian', key: 'debian/bookworm', tags: ['bookworm', '12', 'latest', 'bookworm-20260918', 'stable'], config: { Env: env, Cmd: ['bash'] }, history: [DEBIAN_HISTORY], layers: [full] });
  await writeImage({ repository: 'debian', key: 'debian/bookworm-slim', tags: ['bookworm-slim', '12-slim', 'stable-slim', 'bookworm-20260918-slim'], config: { Env: env, Cmd: ['bash'] }, history: [DEBIAN_HISTORY], layers: [await bookwormSlimLayer()] });
}

/** debian:bookworm as a FROM base. */
export async function bookwormBase(): Promise<{ config: ContainerConfig; history: HistoryEntry[]; layers: CatalogLayerFacts[]; packages: string[] }> {
  return { config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['bash'] }, history: [DEBIAN_HISTORY], layers: [await bookwormLayer()], packages: debianPackages() };
}

/** debian:bookworm-slim as a FROM base: its config, history and the shared layer. */
export async function bookwormSlimBase(): Promise<{ config: ContainerConfig; history: HistoryEntry[]; layers: CatalogLayerFacts[]; packages: string[] }> {
  return { config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['bash'] }, history: [DEBIAN_HISTORY], layers: [await bookwormSlimLayer()], packages: debianPackages() };
}
