import { declareRepository, writeLayer } from '../catalog-writer';
import { appImage, source } from '../app-image';
import { debianPackagesLayer } from '../debian-layer';
import { LayerBuilder } from '../layer-builder';
import { bookwormSlimBase } from './debian';

/**
 * httpd:2.4 (2.4.63; latest, 2) on debian:bookworm-slim, by docker-library/httpd 2.4/Dockerfile
 * (sources/httpd/, with httpd-foreground): the prefix dir, WORKDIR (BuildKit's empty layer), the
 * runtime packages, the source build in /usr/local/apache2 (the libraries its binaries link, as
 * the RUN's ldd | apt-mark manual keeps them) and httpd-foreground: 6 layers, as repo-info
 * repos/httpd/remote/2.4.md lists them. conf/httpd.conf is httpd 2.4.62's docs/conf/
 * httpd.conf.in (apache/httpd) with `make install`'s substitutions for this prefix and the
 * Dockerfile's own sed run on it (GNU sed, the real expressions); the LoadModule block follows
 * the install rule (modules in config-stubs order, those of default "yes" enabled), an
 * approximation of configure's choice. `docker images` shows httpd:2.4 (bookworm) as 148MB.
 */
export const HTTPD_SIZE = 148_000_000;
const CREATED = '2026-09-19T00:20:50Z';
const PREFIX = '/usr/local/apache2';

function httpdInstall(b: LayerBuilder): void {
  const own = { uid: 0, gid: 0 };
  b.text(`${PREFIX}/conf/httpd.conf`, source('httpd', 'httpd.conf'));
  b.text(`${PREFIX}/htdocs/index.html`, '<html><body><h1>It works!</h1></body></html>\n');
  b.file(`${PREFIX}/bin/httpd`, 2_497_064, { mode: 0o755, program: 'httpd' });
  for (const [n, s] of [['apachectl', 3_439], ['htpasswd', 80_384], ['htdigest', 24_304], ['htdbm', 80_192], ['ab', 88_144], ['logresolve', 18_696], ['rotatelogs', 35_840], ['httxt2dbm', 19_064], ['fcgistarter', 23_448], ['checkgid', 18_440], ['htcacheclean', 51_960], ['apxs', 24_568], ['envvars', 1_057], ['envvars-std', 1_057], ['dbmmanage', 9_077]] as const) {
    b.file(`${PREFIX}/bin/${n}`, s, { mode: n.startsWith('envvars') ? 0o644 : 0o755 });
  }
  for (const f of ['mime.types', 'magic']) b.file(`${PREFIX}/conf/${f}`, f === 'magic' ? 13_077 : 60_847);
  for (const f of ['httpd-autoindex', 'httpd-dav', 'httpd-default', 'httpd-info', 'httpd-languages', 'httpd-manual', 'httpd-mpm', 'httpd-multilang-errordoc', 'httpd-ssl', 'httpd-userdir', 'httpd-vhosts', 'proxy-html']) {
    b.file(`${PREFIX}/conf/extra/${f}.conf`, 2_000);
    b.file(`${PREFIX}/conf/original/extra/${f}.conf`, 2_000);
  }
  b.file(`${PREFIX}/conf/original/httpd.conf`, 20_000);
  const mods = [...source('httpd', 'httpd.conf').matchAll(/LoadModule \w+ modules\/(mod_\w+\.so)/g)].map((m) => m[1]);
  for (const m of mods) b.file(`${PREFIX}/modules/${m}`, 60_000, own);
  b.file(`${PREFIX}/modules/httpd.exp`, 13_000);
  for (const f of ['README', 'apache_pb.gif', 'apache_pb.png', 'apache_pb.svg', 'blank.gif', 'folder.gif', 'text.gif']) b.file(`${PREFIX}/icons/${f}`, 2_300);
  for (const f of ['HTTP_NOT_FOUND.html.var', 'HTTP_FORBIDDEN.html.var', 'HTTP_INTERNAL_SERVER_ERROR.html.var', 'README']) b.file(`${PREFIX}/error/${f}`, 12_000);
  for (const f of ['httpd.h', 'http_config.h', 'ap_config.h', 'apr.h']) b.file(`${PREFIX}/include/${f}`, 40_000);
  b.file(`${PREFIX}/cgi-bin/printenv`, 820);
  b.file(`${PREFIX}/cgi-bin/test-cgi`, 1_261);
  b.dir(`${PREFIX}/logs`);
  b.dir(`${PREFIX}/build`);
}

export async function httpd(): Promise<void> {
  declareRepository('httpd', 'The Apache HTTP Server Project', 4900);
  const base = await bookwormSlimBase();
  const mtime = Date.parse(CREATED) / 1000;
  const prefix = new LayerBuilder('httpd-2.4.63-prefix', mtime);
  prefix.dir(PREFIX, { uid: 33, gid: 33 });
  const deps = debianPackagesLayer({ id: 'httpd-2.4.63-deps', mtime, installed: base.packages, install: ['ca-certificates', 'libaprutil1-ldap', 'libldap-common'], slim: true });
  const installed = [...base.packages, ...deps.added].sort();
  const { b: build } = debianPackagesLayer({ id: 'httpd-2.4.63-build', mtime, installed, install: ['libapr1', 'libaprutil1', 'libbrotli1', 'libcurl4', 'libjansson4', 'liblua5.2-0', 'libnghttp2-14', 'libpcre3', 'libssl3', 'libxml2'], slim: true });
  httpdInstall(build);
  const rest = HTTPD_SIZE - base.layers[0].size - prefix.size() - deps.b.size() - new TextEncoder().encode(source('httpd', 'httpd-foreground')).length;
  build.scaleTo(rest);
  await appImage({ repository: 'httpd', key: 'httpd/2.4', tags: ['latest', '2', '2.4', '2.4.63', 'bookworm', '2.4-bookworm', '2.4.63-bookworm'], dir: 'httpd', created: CREATED, base, run: [() => writeLayer(prefix), () => writeLayer(deps.b), () => writeLayer(build)] });
}
