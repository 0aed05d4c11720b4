import { createHash } from 'node:crypto';
import { debianRootfs } from '../debian-rootfs';
import { debianPackages } from './debian';
import { declareRepository, writeImage, writeLayer } from '../catalog-writer';

/**
 * ubuntu:24.04 (latest, noble) and 22.04 (jammy). No Ubuntu package source is reachable here, so
 * the file tree is Debian bookworm's minbase package files (Ubuntu's base is the same package
 * set: apt, bash, coreutils, dash, dpkg... and no tzdata, vim or procps) under Ubuntu's real
 * release files (/etc/os-release text as `cat /etc/os-release` prints it in the ubuntu:24.04
 * container and on 22.04.5 systems). Sizes: `docker images` shows ubuntu:24.04 as 78.1MB and
 * ubuntu:22.04 as 77.9MB (Docker Hub tag pages, one layer each); synthetic sizes are scaled to them.
 */
export const UBUNTU_SIZES = { '24.04': 78_100_000, '22.04': 77_900_000 };

interface Release {
  version: '24.04' | '22.04';
  point: string;
  codename: string;
  full: string;
  debianVersion: string;
  created: string;
}

const RELEASES: Release[] = [
  { version: '24.04', point: '24.04.3', codename: 'noble', full: 'Noble Numbat', debianVersion: 'trixie/sid', created: '2025-10-01T13:39:42Z' },
  { version: '22.04', point: '22.04.5', codename: 'jammy', full: 'Jammy Jellyfish', debianVersion: 'bookworm/sid', created: '2025-10-01T13:39:31Z' },
];

function osRelease(r: Release): string {
  return `PRETTY_NAME="Ubuntu ${r.point} LTS"
NAME="Ubuntu"
VERSION_ID="${r.version}"
VERSION="${r.point} LTS (${r.full})"
VERSION_CODENAME=${r.codename}
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=${r.codename}
${r.version === '24.04' ? 'LOGO=ubuntu-logo\n' : ''}`;
}

function sources(r: Release): [string, string] {
  if (r.version === '24.04') {
    return ['/etc/apt/sources.list.d/ubuntu.sources', `Types: deb
URIs: http://archive.ubuntu.com/ubuntu/
Suites: noble noble-updates noble-backports
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg

Types: deb
URIs: http://security.ubuntu.com/ubuntu/
Suites: noble-security
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg
`];
  }
  const c = r.codename;
  return ['/etc/apt/sources.list', [c, `${c}-updates`, `${c}-backports`].map((s) => `deb http://archive.ubuntu.com/ubuntu/ ${s} main restricted universe multiverse`).join('\n') + `\ndeb http://security.ubuntu.com/ubuntu/ ${c}-security main restricted universe multiverse\n`];
}

export async function ubuntu(): Promise<void> {
  declareRepository('ubuntu', 'Ubuntu is a Debian-based Linux operating system based on free software.', 17000);
  for (const r of RELEASES) {
    const pkgs = debianPackages().filter((p) => p !== 'tzdata' && p !== 'debian-archive-keyring');
    const b = debianRootfs({ id: `ubuntu-${r.version}-${r.created.slice(0, 10).replace(/-/g, '')}`, mtime: Date.parse(r.created) / 1000, packages: pkgs });
    b.remove('/usr/share/doc/base-files').remove('/etc/dpkg/origins/debian');
    b.text('/usr/lib/os-release', osRelease(r));
    b.text('/etc/lsb-release', `DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=${r.version}\nDISTRIB_CODENAME=${r.codename}\nDISTRIB_DESCRIPTION="Ubuntu ${r.point} LTS"\n`);
    b.text('/etc/debian_version', r.debianVersion + '\n');
    b.text('/etc/issue', `Ubuntu ${r.point} LTS \\n \\l\n\n`);
    b.text('/etc/issue.net', `Ubuntu ${r.point} LTS\n`);
    b.text('/etc/dpkg/origins/ubuntu', 'Vendor: Ubuntu\nVendor-URL: http://www.ubuntu.com/\nBugs: https://bugs.launchpad.net/ubuntu/+filebug\nParent: Debian\n');
    b.symlink('/etc/dpkg/origins/default', 'ubuntu');
    const [srcPath, srcText] = sources(r);
    b.text(srcPath, srcText);
    if (r.version === '24.04') {
      // noble's image ships an "ubuntu" user (uid 1000)
      const passwd = b.get('/etc/passwd');
      if (passwd?.type === 'text') passwd.text += 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n';
      const group = b.get('/etc/group');
      if (group?.type === 'text') group.text += 'ubuntu:x:1000:\n';
      b.dir('/home/ubuntu', { mode: 0o750, uid: 1000, gid: 1000 });
    }
    b.scaleTo(UBUNTU_SIZES[r.version]);
    const layer = await writeLayer(b);
    const file = createHash('sha256').update(layer.diffId).digest('hex');
    const nop = (s: string) => ({ created: r.created, created_by: `/bin/sh -c #(nop)  ${s}`, empty_layer: true });
    await writeImage({
      repository: 'ubuntu',
      key: `ubuntu/${r.version}`,
      tags: r.version === '24.04' ? ['24.04', 'noble', 'latest', `noble-${r.created.slice(0, 10).replace(/-/g, '')}`] : ['22.04', 'jammy', `jammy-${r.created.slice(0, 10).replace(/-/g, '')}`],
      config: {
        Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        Cmd: ['/bin/bash'],
        Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': r.version },
      },
      history: [
        nop('ARG RELEASE'),
        nop('ARG LAUNCHPAD_BUILD_ARCH'),
        nop('LABEL org.opencontainers.image.ref.name=ubuntu'),
        nop(`LABEL org.opencontainers.image.version=${r.version}`),
        { created: r.created, created_by: `/bin/sh -c #(nop) ADD file:${file} in / ` },
        nop('CMD ["/bin/bash"]'),
      ],
      layers: [layer],
    });
  }
}
