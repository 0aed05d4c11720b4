import { LayerBuilder } from './layer-builder';
import { aptIndex, debFiles, downloadAll } from './debian-packages';

/**
 * A CentOS-family root filesystem. No rpm source is reachable here, so the published package
 * manifest (`rpm -qa` of the real image, docker-library/repo-info) names the packages, and each
 * package's files are taken from its Debian equivalent (RPM_TO_DEB), moved to Red Hat's paths
 * (/usr/lib64 instead of /usr/lib/x86_64-linux-gnu; merged /usr from CentOS 7 on). The images
 * are built with yum's tsflags=nodocs, so docs, man and info pages and translations are left out.
 * What is approximated: file names inside packages (Debian's, not Red Hat's), and sizes (scaled
 * by the caller to the published image size). The rpm database is a plain-text listing
 * (/var/lib/rpm/Packages: one "name-version-release.arch" per line) instead of Berkeley DB, for
 * the sandbox's rpm program to read.
 */
export const RPM_TO_DEB: Record<string, string[]> = {
  bash: ['bash'], coreutils: ['coreutils'], 'coreutils-single': ['coreutils'], grep: ['grep'], sed: ['sed'],
  gawk: ['gawk'], findutils: ['findutils'], tar: ['tar'], gzip: ['gzip'], xz: ['xz-utils'], 'xz-libs': ['liblzma5'],
  zlib: ['zlib1g'], glibc: ['libc6'], 'glibc-common': ['libc-bin'], 'ncurses-base': ['ncurses-base'],
  'ncurses-libs': ['libncursesw6', 'libtinfo6'], ncurses: ['ncurses-bin'], readline: ['libreadline8'],
  'util-linux': ['util-linux', 'mount', 'bsdutils'], libblkid: ['libblkid1'], libmount: ['libmount1'], libuuid: ['libuuid1'],
  libsmartcols: ['libsmartcols1'], libfdisk: ['libfdisk1'], 'procps-ng': ['procps', 'libproc2-0'], 'shadow-utils': ['passwd', 'login'],
  pam: ['libpam0g', 'libpam-modules', 'libpam-modules-bin', 'libpam-runtime'], 'python-libs': ['libpython3.11-minimal', 'libpython3.11-stdlib'],
  'python3-libs': ['libpython3.11-minimal', 'libpython3.11-stdlib'], 'vim-minimal': ['vim-tiny'], rpm: ['rpm', 'rpm-common'],
  'rpm-libs': ['librpm9', 'librpmio9'], 'rpm-build-libs': ['librpmbuild9', 'librpmsign9'], 'python3-dnf': ['python3-dnf'],
  libdnf: ['libdnf2'], libsolv: ['libsolv1'], 'ca-certificates': ['ca-certificates'], curl: ['curl'], libcurl: ['libcurl4'],
  'libcurl-minimal': ['libcurl4'], 'openssl-libs': ['libssl3'], nss: ['libnss3'], systemd: ['systemd'], 'systemd-libs': ['libsystemd0'],
  kmod: ['kmod'], iputils: ['iputils-ping'], hostname: ['hostname'], diffutils: ['diffutils'], cpio: ['cpio'], less: ['less'],
  libxml2: ['libxml2'], glib2: ['libglib2.0-0'], 'shared-mime-info': ['shared-mime-info'], 'dbus-libs': ['libdbus-1-3'],
  sqlite: ['libsqlite3-0'], 'sqlite-libs': ['libsqlite3-0'], gpgme: ['libgpgme11'], gnupg2: ['gpg', 'gpgv'], tzdata: ['tzdata'],
  gdbm: ['libgdbm6'], libffi: ['libffi8'], 'libstdc++': ['libstdc++6'], libgcc: ['libgcc-s1'], gmp: ['libgmp10'], expat: ['libexpat1'],
  'bzip2-libs': ['libbz2-1.0'], 'krb5-libs': ['libkrb5-3'], 'cyrus-sasl-lib': ['libsasl2-2'], libcap: ['libcap2'], libselinux: ['libselinux1'],
  libsepol: ['libsepol2'], libsemanage: ['libsemanage2'], 'audit-libs': ['libaudit1'], info: ['info'], acl: ['acl'], libacl: ['libacl1'],
  libattr: ['libattr1'], lua: ['liblua5.3-0'], 'lua-libs': ['liblua5.3-0'], popt: ['libpopt0'], pcre: ['libpcre3'], pcre2: ['libpcre2-8-0'],
  libgcrypt: ['libgcrypt20'], 'libgpg-error': ['libgpg-error0'], libtasn1: ['libtasn1-6'], 'p11-kit': ['libp11-kit0'],
  'elfutils-libelf': ['libelf1'], 'elfutils-libs': ['libdw1'], 'json-c': ['libjson-c5'], libssh2: ['libssh2-1'], nettle: ['libnettle8'],
  gnutls: ['libgnutls30'], libidn2: ['libidn2-0'], libunistring: ['libunistring2'], libzstd: ['libzstd1'], lz4: ['liblz4-1'], 'lz4-libs': ['liblz4-1'],
  libseccomp: ['libseccomp2'], libxcrypt: ['libcrypt1'], 'keyutils-libs': ['libkeyutils1'], libcom_err: ['libcom-err2'], cracklib: ['libcrack2'],
  'device-mapper-libs': ['libdevmapper1.02.1'], 'cryptsetup-libs': ['libcryptsetup12'], libdb: ['libdb5.3'], libyaml: ['libyaml-0-2'],
  libnghttp2: ['libnghttp2-14'], libpwquality: ['libpwquality1'], iproute: ['iproute2'], libarchive: ['libarchive13'], mpfr: ['libmpfr6'],
  libsigsegv: ['libsigsegv2'], binutils: ['binutils', 'binutils-x86-64-linux-gnu', 'libbinutils'], openldap: ['libldap-2.5-0'],
};

const SKIP = [/^\/usr\/share\/(doc|man|info|locale|lintian|bug|bash-completion)\//, /^\/etc\/(dpkg|apt)\//, /^\/usr\/share\/doc$/, /^\/usr\/lib\/python3\/dist-packages\/[^/]*\.dist-info/];

export interface RpmRootfsOptions {
  id: string;
  mtime: number;
  /** `rpm -qa` as published: "bash-4.2.46-34.el7.x86_64". */
  rpms: string[];
  mergedUsr: boolean;
  /** Path prefixes moved after mapping (Debian's python3.11 library tree to the image's python). */
  renames?: Array<[string, string]>;
}

export function rpmName(nevra: string): string {
  const m = /^(.+)-[^-]+-[^-]+\.(x86_64|noarch|i386|i686)$/.exec(nevra);
  if (!m) throw new Error(`not an rpm NEVRA: ${nevra}`);
  return m[1];
}

function redHatPath(p: string, merged: boolean): string {
  let q = p.replace(/^\/lib\/x86_64-linux-gnu(\/|$)/, '/lib64$1').replace(/^\/usr\/lib\/x86_64-linux-gnu(\/|$)/, '/usr/lib64$1');
  if (merged) for (const d of ['bin', 'sbin', 'lib', 'lib64']) if (q === `/${d}` || q.startsWith(`/${d}/`)) q = `/usr${q}`;
  return q;
}

const retarget = (t: string) => t.replace(/\/lib\/x86_64-linux-gnu\//g, '/lib64/').replace(/^x86_64-linux-gnu\//, '');

export function rpmRootfs(o: RpmRootfsOptions): LayerBuilder {
  const b = new LayerBuilder(o.id, o.mtime);
  if (o.mergedUsr) for (const d of ['bin', 'sbin', 'lib', 'lib64']) b.symlink(`/${d}`, `usr/${d}`);
  const idx = aptIndex();
  const debs = [...new Set(o.rpms.flatMap((r) => RPM_TO_DEB[rpmName(r)] ?? []))].filter((d) => idx.has(d));
  downloadAll(debs);
  for (const deb of debs) {
    for (const f of debFiles(deb)) {
      if (f.path === '/' || SKIP.some((r) => r.test(f.path))) continue;
      let path = redHatPath(f.path, o.mergedUsr);
      for (const [from, to] of o.renames ?? []) if (path === from || path.startsWith(from + '/')) path = to + path.slice(from.length);
      if (o.mergedUsr && /^\/(bin|sbin|lib|lib64)$/.test(f.path)) continue;
      const own = { mode: f.mode, uid: 0, gid: 0 };
      if (f.type === 'dir') {
        if (b.get(path)?.type !== 'symlink') b.dir(path, own);
      } else if (f.type === 'symlink') b.symlink(path, retarget(f.target!));
      else if (f.type === 'hardlink') b.hardlink(path, redHatPath(f.target!, o.mergedUsr), own);
      else b.file(path, f.size, own);
    }
  }
  // binutils' triplet-prefixed names are Debian's; Red Hat installs the plain names
  for (const [p, e] of [...b.entries]) {
    const m = /^(.*\/)x86_64-linux-gnu-([^/]+)$/.exec(p);
    if (e.type === 'file' && e.program) e.program = e.program.replace(/^x86_64-linux-gnu-/, '');
    if (e.type === 'symlink') e.target = e.target.replace(/x86_64-linux-gnu-/, '');
    if (m) b.remove(p).entries.set(m[1] + m[2], e);
    else if (p.includes('x86_64-linux-gnu')) b.remove(p);
  }
  // the base directories of the filesystem rpm
  for (const d of ['/boot', '/dev', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/local/bin', '/usr/local/sbin', '/usr/local/lib', '/usr/local/share', '/usr/local/src', '/var/cache', '/var/log', '/var/spool/mail', '/var/lib/rpm', '/etc/yum.repos.d', '/etc/profile.d', '/etc/sysconfig']) b.dir(d);
  b.dir('/root', { mode: 0o550 }).dir('/tmp', { mode: 0o1777 }).dir('/var/tmp', { mode: 0o1777 });
  b.text('/var/lib/rpm/Packages', [...o.rpms].sort().join('\n') + '\n');
  return b;
}
