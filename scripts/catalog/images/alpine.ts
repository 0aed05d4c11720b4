import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { LayerBuilder } from '../layer-builder';
import { declareRepository, writeImage, writeLayer } from '../catalog-writer';
import { debPath } from '../debian-packages';
import type { CatalogLayerFacts } from '../../../src/engine/registry/catalog-format';

/**
 * alpine:3.20 (latest): no apk source here, so the tree is built from published facts: the
 * minirootfs layout (busybox applets as symlinks to /bin/busybox, apk in /sbin, musl, OpenSSL,
 * zlib), /etc/os-release in Alpine's format, CMD ["/bin/sh"]. The applet list is Debian's
 * busybox's (close to Alpine's build). `docker images` shows alpine:3.20 as 7.8MB (Docker Hub);
 * synthetic sizes are scaled to it.
 */
export const ALPINE_SIZE = 7_800_000;

export const ALPINE_CREATED = '2024-09-06T22:20:07Z';

let layerDone: Promise<CatalogLayerFacts> | undefined;
/** The alpine:3.20 layer object (registry:2 builds on it). */
export function alpineLayer(): Promise<CatalogLayerFacts> {
  layerDone ??= writeLayer(alpineBuilder());
  return layerDone;
}

function alpineBuilder(): LayerBuilder {
  const created = ALPINE_CREATED;
  const b = new LayerBuilder('alpine-3.20.3', Date.parse(created) / 1000);
  for (const d of ['/dev', '/home', '/media/cdrom', '/media/floppy', '/media/usb', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/local/bin', '/usr/local/lib', '/usr/local/share', '/var/cache/apk', '/var/lib/apk', '/var/log', '/var/spool/cron', '/etc/apk/keys', '/etc/profile.d', '/etc/crontabs', '/lib/apk/db']) b.dir(d);
  b.dir('/root', { mode: 0o700 }).dir('/tmp', { mode: 0o1777 }).dir('/var/tmp', { mode: 0o1777 });
  b.file('/bin/busybox', 804616, { mode: 0o755, program: 'busybox' });
  const x = '/tmp/layerlab-catalog-x/busybox-static';
  execFileSync('mkdir', ['-p', x]);
  execFileSync('dpkg-deb', ['-x', debPath('busybox-static'), x]);
  const applets = execFileSync(`${x}/bin/busybox`, ['--list-full']).toString().split('\n').filter((a) => a && !a.endsWith('/busybox'));
  for (const a of applets) b.symlink('/' + a, '/bin/busybox');
  b.file('/sbin/apk', 133744, { mode: 0o755, program: 'apk' });
  b.file('/lib/ld-musl-x86_64.so.1', 649928, { mode: 0o755 });
  b.symlink('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1');
  b.file('/lib/libapk.so.2.14.0', 194936, { mode: 0o755 });
  b.file('/lib/libz.so.1.3.1', 100392, { mode: 0o755 });
  b.symlink('/lib/libz.so.1', 'libz.so.1.3.1');
  b.file('/usr/lib/libcrypto.so.3', 4426632, { mode: 0o755 });
  b.file('/usr/lib/libssl.so.3', 624096, { mode: 0o755 });
  b.file('/usr/bin/ssl_client', 14320, { mode: 0o755 });
  b.file('/usr/bin/scanelf', 63152, { mode: 0o755 });
  b.file('/usr/bin/getconf', 34808, { mode: 0o755 });
  b.file('/lib/apk/db/installed', 17000);
  b.file('/etc/ssl/certs/ca-certificates.crt', 219342);
  b.text('/etc/os-release', 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n');
  b.text('/etc/alpine-release', '3.20.3\n');
  b.text('/etc/apk/repositories', 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/community\n');
  b.text('/etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\n');
  b.text('/etc/hostname', 'localhost\n');
  b.text('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n');
  b.text('/etc/profile', 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n\nexport PAGER=less\numask 022\n\n# use nicer PS1 for bash and busybox ash\nif [ -n "$BASH_VERSION" -o "$BB_ASH_VERSION" ]; then\n\tPS1=\'\\h:\\w\\$ \'\n# use nicer PS1 for zsh\nelif [ -n "$ZSH_VERSION" ]; then\n\tPS1=\'%m:%~%# \'\n# set up fallback default PS1\nelse\n\t: "${HOSTNAME:=$(hostname)}"\n\tPS1=\'${HOSTNAME%%.*}:$PWD\'\n\t[ "$(id -u)" -eq 0 ] && PS1="${PS1}# " || PS1="${PS1}\\$ "\nfi\n\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n');
  b.text('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nlp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\nsync:x:5:0:sync:/sbin:/bin/sync\nshutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\nhalt:x:7:0:halt:/sbin:/sbin/halt\nmail:x:8:12:mail:/var/mail:/sbin/nologin\nnews:x:9:13:news:/usr/lib/news:/sbin/nologin\nuucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin\ncron:x:16:16:cron:/var/spool/cron:/sbin/nologin\nftp:x:21:21::/var/lib/ftp:/sbin/nologin\nsshd:x:22:22:sshd:/dev/null:/sbin/nologin\ngames:x:35:35:games:/usr/games:/sbin/nologin\nntp:x:123:123:NTP:/var/empty:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n');
  b.text('/etc/group', 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin\nadm:x:4:root,daemon\ntty:x:5:\ndisk:x:6:root\nlp:x:7:lp\nkmem:x:9:\nwheel:x:10:root\nfloppy:x:11:root\nmail:x:12:mail\nnews:x:13:news\nuucp:x:14:uucp\ncron:x:16:cron\naudio:x:18:\ncdrom:x:19:\ndialout:x:20:root\nftp:x:21:\nsshd:x:22:\ninput:x:23:\ntape:x:26:root\nvideo:x:27:root\nnetdev:x:28:\nkvm:x:34:kvm\ngames:x:35:\nshadow:x:42:\nwww-data:x:82:\nusers:x:100:games\nntp:x:123:\nabuild:x:300:\nutmp:x:406:\nping:x:999:\nnogroup:x:65533:\nnobody:x:65534:\n');
  b.text('/etc/shadow', 'root:*::0:::::\n', { mode: 0o640, gid: 42 });
  b.scaleTo(ALPINE_SIZE);
  return b;
}

export async function alpine(): Promise<void> {
  declareRepository('alpine', 'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!', 11000);
  const created = ALPINE_CREATED;
  const layer = await alpineLayer();
  const file = createHash('sha256').update(layer.diffId).digest('hex');
  await writeImage({
    repository: 'alpine',
    key: 'alpine/3.20',
    tags: ['3.20', '3.20.3', '3', 'latest'],
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
    history: [
      { created, created_by: `/bin/sh -c #(nop) ADD file:${file} in / ` },
      { created, created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]', empty_layer: true },
    ],
    layers: [layer],
  });
}
