import { execFileSync } from 'node:child_process';
import { LayerBuilder } from '../layer-builder';
import { declareRepository, writeImage, writeLayer } from '../catalog-writer';
import { debFiles, debPath } from '../debian-packages';

/**
 * busybox:latest built as /work/shared/tools/real-docker.sh builds its local busybox (and as the
 * official glibc variant is laid out): /bin/busybox from Debian's busybox-static, every applet a
 * hard link to it in /bin, the official image's /etc/passwd, group and shadow, CMD ["sh"].
 * The official image also carries glibc's libraries under /lib (its glibc variant is dynamic):
 * they are synthetic files here, sized so the total matches the published 4.26MB
 * (busybox:1.36.1 `docker images` size, 4261550 bytes, docker-library/repo-info
 * repos/busybox/local/latest.md "Virtual Size ~ 4.26 Mb").
 */
export const BUSYBOX_SIZE = 4261550;

const PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;
const GROUPS = 'root daemon bin sys adm tty disk lp mail kmem wheel cdrom dialout floppy video audio tape www-data operator utmp plugdev staff lock netdev users nogroup';
const GIDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 18, 19, 28, 29, 32, 33, 37, 43, 46, 50, 54, 82, 100, 65534];

export async function busybox(): Promise<void> {
  declareRepository('busybox', 'Busybox base image.', 3400);
  const created = '2024-09-26T21:31:42Z';
  const b = new LayerBuilder('busybox-1.36.1-glibc', Date.parse(created) / 1000);
  for (const d of ['/bin', '/dev', '/etc', '/home', '/usr/sbin', '/var/spool/mail', '/var/www']) b.dir(d);
  b.dir('/root', { mode: 0o700 }).dir('/tmp', { mode: 0o1777 });
  const bin = debFiles('busybox-static').find((f) => f.path === '/bin/busybox')!;
  b.file('/bin/busybox', bin.size, { mode: 0o755, program: 'busybox' });
  const x = '/tmp/layerlab-catalog-x/busybox-static';
  execFileSync('mkdir', ['-p', x]);
  execFileSync('dpkg-deb', ['-x', debPath('busybox-static'), x]);
  const applets = execFileSync(`${x}/bin/busybox`, ['--list']).toString().split('\n').filter((a) => a && a !== 'busybox');
  for (const a of applets) b.hardlink(`/bin/${a}`, '/bin/busybox', { mode: 0o755 });
  b.text('/etc/passwd', PASSWD);
  const groups = GROUPS.split(' ').map((g, i) => `${g}:x:${GIDS[i]}:${g === 'wheel' ? 'root' : ''}`);
  b.text('/etc/group', groups.join('\n') + '\n');
  const shadow = PASSWD.trim().split('\n').map((l) => l.split(':')[0]).map((u) => `${u}:${u === 'root' ? '' : '*'}:10933:0:99999:7:::`);
  b.text('/etc/shadow', shadow.join('\n') + '\n', { mode: 0o600 });
  const libs: Array<[string, number]> = [
    ['/lib/x86_64-linux-gnu/libc.so.6', 1922136], ['/lib/x86_64-linux-gnu/libm.so.6', 907784],
    ['/lib/x86_64-linux-gnu/libresolv.so.2', 68104], ['/lib/x86_64-linux-gnu/libnss_files.so.2', 14416],
    ['/lib/x86_64-linux-gnu/libnss_dns.so.2', 14416], ['/lib64/ld-linux-x86-64.so.2', 210968],
  ];
  for (const [p, s] of libs) b.file(p, s, { mode: 0o755 });
  b.scaleTo(BUSYBOX_SIZE);
  const layer = await writeLayer(b);
  await writeImage({
    repository: 'busybox',
    key: 'busybox/latest',
    tags: ['latest', '1.36', '1.36.1', 'glibc'],
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'] },
    history: [
      { created, created_by: 'BusyBox 1.36.1 (glibc), Debian 12' },
      { created, created_by: 'CMD ["sh"]', comment: 'buildkit.dockerfile.v0', empty_layer: true },
    ],
    layers: [layer],
  });
}
