import { declareRepository, writeLayer } from '../catalog-writer';
import { appImage, source } from '../app-image';
import { addSystemUser, debianPackagesLayer } from '../debian-layer';
import { bookwormSlimBase } from './debian';
import type { LayerBuilder } from '../layer-builder';

/**
 * nginx:1.27.4 (latest, mainline, 1.27, 1) on debian:bookworm-slim, by nginxinc/docker-nginx
 * mainline/debian/Dockerfile at 1.27.4 (sources/nginx/, with its entrypoint scripts): 7 layers.
 * The RUN layer holds nginx.org's nginx + module packages (no apt source for them here: their
 * layout is pkg-oss debian/Makefile's configure paths, config texts from pkg-oss at
 * "Updated nginx to 1.27.4" and nginx's release-1.27.4 docs/html and conf/) and the Debian
 * packages the RUN installs with them (curl, gettext-base, ca-certificates, the modules'
 * libraries). `docker images` shows nginx:1.27.4 as 192MB (Docker Hub tag 1.27.4, linux/amd64):
 * with the 74.83MB base that is the ~117MB RUN layer repo-info lists for the bookworm builds.
 */
export const NGINX_SIZE = 192_000_000;
const CREATED = '2026-09-19T02:31:10Z';

function nginxFiles(b: LayerBuilder): void {
  const conf = ['nginx.conf', 'mime.types', 'fastcgi_params', 'scgi_params', 'uwsgi_params'];
  for (const f of conf) b.text(`/etc/nginx/${f}`, source('nginx', f));
  b.text('/etc/nginx/conf.d/default.conf', source('nginx', 'default.conf'));
  b.symlink('/etc/nginx/modules', '../../usr/lib/nginx/modules');
  b.text('/usr/share/nginx/html/index.html', source('nginx', 'index.html'));
  b.text('/usr/share/nginx/html/50x.html', source('nginx', '50x.html'));
  b.file('/usr/sbin/nginx', 1_573_872, { mode: 0o755, program: 'nginx' });
  b.file('/usr/sbin/nginx-debug', 1_684_272, { mode: 0o755, program: 'nginx' });
  const mods = ['ngx_http_geoip_module', 'ngx_http_image_filter_module', 'ngx_http_js_module', 'ngx_http_xslt_filter_module', 'ngx_stream_geoip_module', 'ngx_stream_js_module'];
  const modSize: Record<string, number> = { ngx_http_js_module: 1_896_416, ngx_stream_js_module: 1_859_520 };
  for (const m of mods) {
    b.file(`/usr/lib/nginx/modules/${m}.so`, modSize[m] ?? 28_112);
    b.file(`/usr/lib/nginx/modules/${m}-debug.so`, (modSize[m] ?? 28_112) + 4_096);
  }
  b.file('/etc/init.d/nginx', 4_379, { mode: 0o755 });
  b.file('/etc/init.d/nginx-debug', 4_476, { mode: 0o755 });
  b.file('/etc/default/nginx', 151);
  b.file('/etc/default/nginx-debug', 157);
  b.file('/etc/logrotate.d/nginx', 351);
  b.file('/usr/lib/systemd/system/nginx.service', 469);
  b.file('/usr/lib/systemd/system/nginx-debug.service', 494);
  for (const p of ['nginx', 'nginx-module-geoip', 'nginx-module-image-filter', 'nginx-module-njs', 'nginx-module-xslt']) {
    b.file(`/usr/share/doc/${p}/copyright`, 1_397);
    b.file(`/usr/share/doc/${p}/changelog.Debian.gz`, 3_100);
  }
  b.file('/usr/share/doc/nginx/CHANGES.gz', 124_000);
  b.file('/usr/bin/njs', 1_722_352, { mode: 0o755 });
  b.dir('/var/cache/nginx');
  b.dir('/var/log/nginx');
  // ln -sf /dev/stdout|stderr: the logs go to `docker logs`
  b.symlink('/var/log/nginx/access.log', '/dev/stdout');
  b.symlink('/var/log/nginx/error.log', '/dev/stderr');
  b.dir('/docker-entrypoint.d');
  b.dir('/etc/apt/keyrings');
  b.file('/etc/apt/keyrings/nginx-archive-keyring.gpg', 6_396);
}

export async function nginx(): Promise<void> {
  declareRepository('nginx', 'Official build of Nginx.', 21000);
  const base = await bookwormSlimBase();
  const mtime = Date.parse(CREATED) / 1000;
  const run = async () => {
    const { b } = debianPackagesLayer({ id: 'nginx-1.27.4-run', mtime, installed: base.packages, install: ['ca-certificates', 'gettext-base', 'curl', 'libxslt1.1', 'libgd3', 'libgeoip1', 'libxml2', 'libedit2'], slim: true });
    nginxFiles(b);
    addSystemUser(b, base.layers[0].id, { name: 'nginx', uid: 101, gid: 101, gecos: 'nginx user', home: '/nonexistent', shell: '/bin/false' }, Math.floor(mtime / 86400));
    b.scaleTo(NGINX_SIZE - base.layers[0].size - copiesSize());
    return writeLayer(b);
  };
  await appImage({ repository: 'nginx', key: 'nginx/1.27.4', tags: ['latest', 'mainline', '1', '1.27', '1.27.4', 'bookworm', 'mainline-bookworm', '1.27.4-bookworm'], dir: 'nginx', created: CREATED, base, run: [run] });
}

function copiesSize(): number {
  const names = ['docker-entrypoint.sh', '10-listen-on-ipv6-by-default.sh', '15-local-resolvers.envsh', '20-envsubst-on-templates.sh', '30-tune-worker-processes.sh'];
  return names.reduce((n, f) => n + new TextEncoder().encode(source('nginx', f)).length, 0);
}
