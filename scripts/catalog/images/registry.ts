import { createHash } from 'node:crypto';
import { declareRepository, writeLayer } from '../catalog-writer';
import { appImage } from '../app-image';
import { LayerBuilder } from '../layer-builder';
import { ALPINE_CREATED, alpineLayer } from './alpine';

/**
 * registry:2 (2.8.2, 2.8, 2) by distribution/distribution-library-image's Dockerfile of the
 * v2.8.2 release (sources/registry/: its docker-entrypoint.sh copied to /entrypoint.sh and
 * config-example.yml to /etc/docker/registry/config.yml, real texts), on the catalog's alpine
 * layer object (the real image is FROM alpine:3.18; sharing the catalog's 3.20 layer is what
 * makes `Already exists` show after pulling alpine). /bin/registry is the `registry` program.
 * `docker images` shows registry:2 as 25.4MB (Docker Hub tag 2, linux/amd64).
 */
export const REGISTRY_SIZE = 25_400_000;
const CREATED = '2026-09-19T05:02:33Z';

export async function registry(): Promise<void> {
  declareRepository('registry', 'Distribution implementation for storing and distributing of container images and artifacts', 4200);
  const base = await alpineLayer();
  const mtime = Date.parse(CREATED) / 1000;
  const certs = new LayerBuilder('registry-2.8.2-ca-certificates', mtime);
  certs.file('/etc/ssl/certs/ca-certificates.crt', 219_342);
  certs.file('/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', 1_939);
  certs.file('/usr/share/ca-certificates/mozilla/DigiCert_Global_Root_G2.crt', 1_294);
  certs.file('/usr/sbin/update-ca-certificates', 31_040, { mode: 0o755 });
  certs.text('/etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nca-certificates\nlibc-utils\n');
  certs.file('/lib/apk/db/installed', 18_900);
  certs.file('/etc/ca-certificates.conf', 5_340);
  const bin = new LayerBuilder('registry-2.8.2-bin', mtime);
  const copies = 295 + 160;
  bin.file('/bin/registry', REGISTRY_SIZE - base.size - certs.size() - copies, { mode: 0o755, program: 'registry' });
  const file = createHash('sha256').update(base.diffId).digest('hex');
  await appImage({
    repository: 'registry',
    key: 'registry/2',
    tags: ['2', '2.8', '2.8.2', 'latest'],
    dir: 'registry',
    created: CREATED,
    base: {
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
      history: [
        { created: ALPINE_CREATED, created_by: `/bin/sh -c #(nop) ADD file:${file} in / ` },
        { created: ALPINE_CREATED, created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', empty_layer: true },
      ],
      layers: [base],
    },
    run: [() => writeLayer(certs), () => writeLayer(bin)],
  });
}
