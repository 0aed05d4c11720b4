import { LayerBuilder } from './layer-builder';
import { debConffiles, debControl, debFiles, debReadFile, downloadAll } from './debian-packages';

/**
 * A Debian-family root filesystem from real packages: every package's `dpkg-deb -c` listing
 * (merged /usr as bookworm images have it), the files maintainer scripts create (passwd, group,
 * shadow, root's dotfiles, /etc/profile, alternatives), and a dpkg status database built from
 * the packages' real control data. Small /etc text files keep their real bytes.
 */
export interface RootfsOptions {
  id: string;
  mtime: number;
  packages: string[];
  /** debuerreotype's slimify path rules (debian:*-slim). */
  slim?: boolean;
  /** Merged /usr: /bin -> usr/bin etc. */
  mergedUsr?: boolean;
}

const GROUP_IDS: Record<string, number> = { root: 0, daemon: 1, bin: 2, sys: 3, adm: 4, tty: 5, disk: 6, mail: 8, shadow: 42, utmp: 43, staff: 50, crontab: 101 };

// debuerreotype scripts/.slimify-excludes and .slimify-includes
const SLIM_EXCLUDE = [/^\/usr\/share\/doc\/./, /^\/usr\/share\/groff\/./, /^\/usr\/share\/info\/./, /^\/usr\/share\/linda\/./, /^\/usr\/share\/lintian\/overrides\/./, /^\/usr\/share\/locale\/./, /^\/usr\/share\/man\/./];
const SLIM_INCLUDE = [/^\/usr\/share\/doc\/[^/]+\/copyright$/, /^\/usr\/share\/locale\/locale\.alias$/];

const MERGED: Array<[string, string]> = [['/bin', '/usr/bin'], ['/sbin', '/usr/sbin'], ['/lib', '/usr/lib'], ['/lib64', '/usr/lib64']];

/** Text files whose real bytes the catalog keeps (the rest of /etc under this size too). */
const TEXT_LIMIT = 4096;
const isText = (b: Uint8Array) => !b.includes(0) && (() => { try { new TextDecoder('utf-8', { fatal: true }).decode(b); return true; } catch { return false; } })();

function mapPath(p: string, merged: boolean): string {
  if (!merged) return p;
  for (const [from, to] of MERGED) if (p === from || p.startsWith(from + '/')) return to + p.slice(from.length);
  return p;
}

const STATUS_ORDER = ['Package', 'Essential', 'Protected', 'Status', 'Priority', 'Section', 'Installed-Size', 'Origin', 'Maintainer', 'Bugs', 'Architecture', 'Multi-Arch', 'Source', 'Version', 'Config-Version', 'Replaces', 'Provides', 'Depends', 'Pre-Depends', 'Recommends', 'Suggests', 'Breaks', 'Conflicts', 'Enhances', 'Conffiles', 'Description'];

/** One package's stanza as dpkg writes it in /var/lib/dpkg/status. */
export function statusStanza(name: string): string {
  const fields = new Map<string, string>();
  let key = '';
  for (const line of debControl(name).split('\n')) {
    if (/^\s/.test(line)) fields.set(key, fields.get(key) + '\n' + line);
    else {
      key = line.slice(0, line.indexOf(':'));
      fields.set(key, line.slice(key.length + 1).trim());
    }
  }
  fields.set('Status', 'install ok installed');
  const conf = debConffiles(name);
  if (conf.length > 0) fields.set('Conffiles', '\n' + conf.map((c) => ` ${c.path} ${c.md5}`).join('\n'));
  const keys = [...STATUS_ORDER.filter((k) => fields.has(k)), ...[...fields.keys()].filter((k) => !STATUS_ORDER.includes(k))];
  return keys.map((k) => `${k}: ${fields.get(k)}`.replace(/: \n/, ':\n')).join('\n');
}

export function debianRootfs(o: RootfsOptions): LayerBuilder {
  const merged = o.mergedUsr ?? true;
  const b = new LayerBuilder(o.id, o.mtime);
  downloadAll(o.packages);
  if (merged) for (const [from, to] of MERGED) b.symlink(from, to.slice(1));
  const lists = new Map<string, string[]>();
  for (const pkg of o.packages) lists.set(pkg, addPackageFiles(b, pkg, o.slim ?? false, merged));
  maintainerFiles(b, o);
  // dpkg's database: real status, synthetic .list/.md5sums of their real sizes
  b.text('/var/lib/dpkg/status', o.packages.map(statusStanza).join('\n\n') + '\n');
  dpkgInfoFiles(b, lists, merged);
  for (const d of ['/var/lib/dpkg/alternatives', '/var/lib/dpkg/updates', '/var/lib/dpkg/triggers', '/var/lib/dpkg/parts']) b.dir(d);
  for (const f of ['/var/lib/dpkg/lock', '/var/lib/dpkg/lock-frontend', '/var/lib/dpkg/diversions', '/var/lib/dpkg/statoverride', '/var/lib/dpkg/available']) b.text(f, '');
  // `apt-get install` needs `apt-get update` first, as in the real images
  b.dir('/var/lib/apt/lists').dir('/var/lib/apt/lists/partial', { mode: 0o700, uid: 42, gid: 0 });
  b.dir('/var/cache/apt/archives/partial', { mode: 0o700, uid: 42, gid: 0 });
  b.file('/etc/ld.so.cache', 9000 + o.packages.length * 120);
  b.file('/var/cache/debconf/config.dat', 18000);
  b.file('/var/cache/debconf/templates.dat', 900000);
  b.file('/var/log/dpkg.log', 60000 + o.packages.length * 1600);
  b.file('/var/log/alternatives.log', 1000);
  b.file('/var/log/apt/eipp.log.xz', 17000);
  return b;
}

/** Adds one package's data files to a layer (slim path rules, merged /usr); returns its dpkg file list. */
export function addPackageFiles(b: LayerBuilder, pkg: string, slim: boolean, merged = true): string[] {
  const listed: string[] = [];
  for (const f of debFiles(pkg)) {
    if (slim && SLIM_EXCLUDE.some((r) => r.test(f.path)) && !SLIM_INCLUDE.some((r) => r.test(f.path))) continue;
    const path = mapPath(f.path, merged);
    listed.push(f.path);
    if (path === '/') continue;
    const own = { mode: f.mode, uid: 0, gid: GROUP_IDS[f.group] ?? 0 };
    if (f.type === 'dir') {
      if (b.get(path)?.type !== 'symlink') b.dir(path, own);
    } else if (f.type === 'symlink') b.symlink(path, f.target!);
    else if (f.type === 'hardlink') b.hardlink(path, mapPath(f.target!, merged), own);
    else if (f.size <= TEXT_LIMIT && (path.startsWith('/etc/') || path === '/usr/lib/os-release')) {
      const bytes = debReadFile(pkg, f.path);
      if (isText(bytes)) b.text(path, new TextDecoder().decode(bytes), own);
      else b.file(path, f.size, own);
    } else b.file(path, f.size, own);
  }
  return listed;
}

/** dpkg's per-package .list and .md5sums files (synthetic, of their real sizes). */
export function dpkgInfoFiles(b: LayerBuilder, lists: Map<string, string[]>, merged = true): void {
  for (const [pkg, files] of lists) {
    const arch = /Multi-Arch: same/.test(debControl(pkg)) ? ':amd64' : '';
    const list = files.map((p) => (p === '/' ? '/.' : p)).join('\n') + '\n';
    b.file(`/var/lib/dpkg/info/${pkg}${arch}.list`, list.length);
    b.file(`/var/lib/dpkg/info/${pkg}${arch}.md5sums`, files.filter((p) => b.get(mapPath(p, merged))?.type === 'file' || b.get(mapPath(p, merged))?.type === 'text').reduce((n, p) => n + 35 + p.length, 0));
  }
}

/** What packages' maintainer scripts and the image build leave behind. */
function maintainerFiles(b: LayerBuilder, o: RootfsOptions): void {
  const days = Math.floor(o.mtime / 86400);
  const text = (pkg: string, p: string) => new TextDecoder().decode(debReadFile(pkg, p));
  if (o.packages.includes('base-passwd')) {
    const passwd = text('base-passwd', '/usr/share/base-passwd/passwd.master');
    const group = text('base-passwd', '/usr/share/base-passwd/group.master');
    const withApt = o.packages.includes('apt') ? passwd + '_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\n' : passwd;
    b.text('/etc/passwd', withApt);
    b.text('/etc/group', group);
    const users = withApt.trim().split('\n').map((l) => l.split(':')[0]);
    b.text('/etc/shadow', users.map((u) => `${u}:*:${days}:0:99999:7:::`).join('\n') + '\n', { mode: 0o640, gid: 42 });
    b.text('/etc/gshadow', group.trim().split('\n').map((l) => `${l.split(':')[0]}:*::`).join('\n') + '\n', { mode: 0o640, gid: 42 });
  }
  if (o.packages.includes('base-files')) {
    b.text('/root/.bashrc', text('base-files', '/usr/share/base-files/dot.bashrc'));
    b.text('/root/.profile', text('base-files', '/usr/share/base-files/dot.profile'));
    b.text('/etc/profile', text('base-files', '/usr/share/base-files/profile'));
    b.text('/etc/motd', text('base-files', '/usr/share/base-files/motd'));
  }
  if (o.packages.includes('mawk')) {
    for (const n of ['awk', 'nawk']) {
      b.symlink(`/etc/alternatives/${n}`, '/usr/bin/mawk');
      b.symlink(`/usr/bin/${n}`, `/etc/alternatives/${n}`);
    }
  }
  if (o.packages.includes('debianutils')) {
    b.symlink('/etc/alternatives/which', '/usr/bin/which.debianutils');
    b.symlink('/usr/bin/which', '/etc/alternatives/which');
  }
  if (o.packages.includes('tzdata')) {
    b.symlink('/etc/localtime', '/usr/share/zoneinfo/Etc/UTC');
    b.text('/etc/timezone', 'Etc/UTC\n');
  }
  b.text('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n');
  b.text('/etc/fstab', '# UNCONFIGURED FSTAB FOR BASE SYSTEM\n');
  b.text('/etc/machine-id', '');
  b.dir('/root', { mode: 0o700 }).dir('/tmp', { mode: 0o1777 }).dir('/var/tmp', { mode: 0o1777 });
}
