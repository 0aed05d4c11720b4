import { createHash } from 'node:crypto';
import { rpmRootfs } from '../rpm-rootfs';
import { declareRepository, writeImage, writeLayer } from '../catalog-writer';
import type { LayerBuilder } from '../layer-builder';
import { CENTOS_RPMS } from './centos-packages';
import { BASHRC, GROUP, OS_RELEASE_7, OS_RELEASE_8, PASSWD, PROFILE, ROOT_BASH_PROFILE, ROOT_BASHRC, dnfRepo, yumRepo } from './centos-texts';

/**
 * centos:7, centos:latest (= 8, 8.4.2105) and centos:centos5 (the tag seed 003 builds FROM).
 * Packages from the published `rpm -qa` (centos-packages.ts), files from Debian equivalents
 * (rpm-rootfs.ts), release files and shell setup real (centos-texts.ts). Sizes, history and
 * config:
 * - centos:7: docker-library/repo-info repos/centos/local/7.md (image eeb6ee3f44bd, created
 *   2021-09-15T18:20:23Z, "Virtual Size ~ 203.93 Mb") and remote/7.md (ADD, LABEL, CMD lines).
 * - centos:8.4.2105: repo-info repos/centos/local/8.md when latest was 5d0da3dc9764 (created
 *   2021-09-15T18:20:05Z, "~ 231.22 Mb", label build-date 20210915); history as remote/8.md
 *   lists it (the seconds of the ADD/LABEL lines are approximated). Seed 002's centos:latest
 *   (470671670cac, 237MB) is the older 8.1.1911 build.
 * - centos:centos5: seed 003 shows it as d5844d902074, "467.1 MB" (2014, Docker 1.x); its
 *   history is the 2014 layout (MAINTAINER, ADD) plus CMD ["/bin/bash"] as the later builds
 *   had; the base image's empty scratch layer of 2014 is left out (approximated).
 * Big locale archives (glibc-common) are given a plausible size; all synthetic sizes are scaled.
 */
export const CENTOS_SIZES = { 7: 203_930_000, 8: 231_220_000, 5: 467_100_000 };
const ENV = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];

function common(b: LayerBuilder, bin: string): void {
  b.text('/etc/bashrc', BASHRC).text('/etc/profile', PROFILE).text('/etc/passwd', PASSWD).text('/etc/group', GROUP);
  const users = PASSWD.trim().split('\n').map((l) => l.split(':')[0]);
  b.text('/etc/shadow', users.map((u) => `${u}:${u === 'root' ? '!!' : '*'}:18000:0:99999:7:::`).join('\n') + '\n', { mode: 0o000 });
  b.text('/etc/shells', `/bin/sh\n/bin/bash\n${bin === '/usr/bin' ? '/usr/bin/sh\n/usr/bin/bash\n' : ''}`);
  b.text('/etc/hosts', '127.0.0.1   localhost localhost.localdomain localhost4 localhost4.localdomain4\n::1         localhost localhost.localdomain localhost6 localhost6.localdomain6\n');
  b.text('/root/.bashrc', ROOT_BASHRC).text('/root/.bash_profile', ROOT_BASH_PROFILE).text('/root/.bash_logout', '# ~/.bash_logout\n');
  b.symlink(`${bin}/sh`, 'bash');
  b.remove('/usr/bin/vim.tiny').file(`${bin}/vi`, 928_000, { mode: 0o755, program: 'vi' });
  for (const n of ['rvi', 'view', 'rview', 'ex']) b.symlink(`${bin}/${n}`, 'vi');
}

async function image(major: 5 | 7 | 8, b: LayerBuilder, meta: { key: string; tags: string[]; created: string; labels?: Record<string, string>; history: (file: string) => Array<{ created: string; created_by: string; empty_layer?: boolean }> }): Promise<void> {
  b.scaleTo(CENTOS_SIZES[major]);
  const layer = await writeLayer(b);
  const file = createHash('sha256').update(layer.diffId).digest('hex');
  await writeImage({
    repository: 'centos',
    key: meta.key,
    tags: meta.tags,
    config: { Env: ENV, Cmd: ['/bin/bash'], ...(meta.labels ? { Labels: meta.labels } : {}) },
    history: meta.history(file),
    layers: [layer],
  });
}

export async function centos(): Promise<void> {
  declareRepository('centos', 'DEPRECATED; The official build of CentOS.', 7800);
  // centos:7
  const c7 = rpmRootfs({ id: 'centos-7.9.2009-20201113', mtime: Date.parse('2020-11-13T00:00:00Z') / 1000, rpms: CENTOS_RPMS[7], mergedUsr: true, renames: [['/usr/lib/python3.11', '/usr/lib64/python2.7'], ['/usr/lib/python3/dist-packages', '/usr/lib/python2.7/site-packages']] });
  common(c7, '/usr/bin');
  c7.text('/etc/os-release', OS_RELEASE_7).text('/etc/centos-release', 'CentOS Linux release 7.9.2009 (Core)\n').symlink('/etc/redhat-release', 'centos-release').symlink('/etc/system-release', 'centos-release');
  c7.text('/etc/centos-release-upstream', 'Derived from Red Hat Enterprise Linux 7.8 (Source)\n').text('/etc/system-release-cpe', 'cpe:/o:centos:centos:7\n');
  c7.text('/etc/yum.repos.d/CentOS-Base.repo', yumRepo(7));
  c7.text('/etc/yum.conf', '[main]\ncachedir=/var/cache/yum/$basearch/$releasever\nkeepcache=0\ndebuglevel=2\nlogfile=/var/log/yum.log\nexactarch=1\nobsoletes=1\ngpgcheck=1\nplugins=1\ninstallonly_limit=5\nbugtracker_url=http://bugs.centos.org/set_project.php?project_id=23&ref=http://bugs.centos.org/bug_report_page.php?category=yum\ndistroverpkg=centos-release\noverride_install_langs=en_US.utf8\ntsflags=nodocs\n');
  c7.file('/usr/bin/yum', 801, { mode: 0o755, program: 'yum' }).file('/usr/bin/python2.7', 7_144, { mode: 0o755, program: 'python' });
  c7.symlink('/usr/bin/python2', 'python2.7').symlink('/usr/bin/python', 'python2');
  c7.file('/usr/lib/locale/locale-archive', 102_000_000).file('/etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7', 1690);
  await image(7, c7, {
    key: 'centos/7', tags: ['7', 'centos7', '7.9.2009', 'centos7.9.2009'], created: '2021-09-15T18:20:23Z',
    labels: { 'org.label-schema.build-date': '20201113', 'org.label-schema.license': 'GPLv2', 'org.label-schema.name': 'CentOS Base Image', 'org.label-schema.schema-version': '1.0', 'org.label-schema.vendor': 'CentOS', 'org.opencontainers.image.created': '2020-11-13 00:00:00+00:00', 'org.opencontainers.image.licenses': 'GPL-2.0-only', 'org.opencontainers.image.title': 'CentOS Base Image', 'org.opencontainers.image.vendor': 'CentOS' },
    history: (file) => [
      { created: '2021-09-15T18:20:23Z', created_by: `/bin/sh -c #(nop) ADD file:${file} in / ` },
      { created: '2021-09-15T18:20:23Z', created_by: '/bin/sh -c #(nop)  LABEL org.label-schema.schema-version=1.0 org.label-schema.name=CentOS Base Image org.label-schema.vendor=CentOS org.label-schema.license=GPLv2 org.label-schema.build-date=20201113 org.opencontainers.image.title=CentOS Base Image org.opencontainers.image.vendor=CentOS org.opencontainers.image.licenses=GPL-2.0-only org.opencontainers.image.created=2020-11-13 00:00:00+00:00', empty_layer: true },
      { created: '2021-09-15T18:20:23Z', created_by: '/bin/sh -c #(nop)  CMD ["/bin/bash"]', empty_layer: true },
    ],
  });
  // centos:8 = latest
  const c8 = rpmRootfs({ id: 'centos-8.4.2105-20210915', mtime: Date.parse('2021-09-15T00:00:00Z') / 1000, rpms: CENTOS_RPMS[8], mergedUsr: true, renames: [['/usr/lib/python3.11', '/usr/lib64/python3.6'], ['/usr/lib/python3/dist-packages', '/usr/lib/python3.6/site-packages']] });
  common(c8, '/usr/bin');
  c8.text('/etc/os-release', OS_RELEASE_8).text('/etc/centos-release', 'CentOS Linux release 8.4.2105\n').symlink('/etc/redhat-release', 'centos-release').symlink('/etc/system-release', 'centos-release');
  c8.text('/etc/centos-release-upstream', 'Derived from Red Hat Enterprise Linux 8.4\n').text('/etc/system-release-cpe', 'cpe:/o:centos:centos:8\n');
  for (const [f, id, name, repo, on] of [['BaseOS', 'baseos', 'BaseOS', 'BaseOS', true], ['AppStream', 'appstream', 'AppStream', 'AppStream', true], ['Extras', 'extras', 'Extras', 'extras', true], ['Plus', 'plus', 'Plus', 'centosplus', false], ['PowerTools', 'powertools', 'PowerTools', 'PowerTools', false]] as const) {
    c8.text(`/etc/yum.repos.d/CentOS-Linux-${f}.repo`, dnfRepo(id, name, repo, on));
  }
  c8.text('/etc/dnf/dnf.conf', '[main]\ngpgcheck=1\ninstallonly_limit=3\nclean_requirements_on_remove=True\nbest=True\nskip_if_unavailable=False\ntsflags=nodocs\n');
  c8.symlink('/etc/yum.conf', 'dnf/dnf.conf');
  c8.file('/usr/bin/dnf-3', 1_954, { mode: 0o755, program: 'dnf' }).symlink('/usr/bin/dnf', 'dnf-3').symlink('/usr/bin/yum', 'dnf-3');
  c8.file('/usr/libexec/platform-python3.6', 11_408, { mode: 0o755, program: 'python3' }).symlink('/usr/libexec/platform-python', 'platform-python3.6');
  c8.file('/etc/pki/rpm-gpg/RPM-GPG-KEY-centosofficial', 1_683);
  await image(8, c8, {
    key: 'centos/8', tags: ['latest', '8', 'centos8', '8.4.2105', 'centos8.4.2105'], created: '2021-09-15T18:20:05Z',
    labels: { 'org.label-schema.build-date': '20210915', 'org.label-schema.license': 'GPLv2', 'org.label-schema.name': 'CentOS Base Image', 'org.label-schema.schema-version': '1.0', 'org.label-schema.vendor': 'CentOS' },
    history: (file) => [
      { created: '2021-09-15T18:20:04Z', created_by: `/bin/sh -c #(nop) ADD file:${file} in / ` },
      { created: '2021-09-15T18:20:04Z', created_by: '/bin/sh -c #(nop)  LABEL org.label-schema.schema-version=1.0 org.label-schema.name=CentOS Base Image org.label-schema.vendor=CentOS org.label-schema.license=GPLv2 org.label-schema.build-date=20210915', empty_layer: true },
      { created: '2021-09-15T18:20:05Z', created_by: '/bin/sh -c #(nop)  CMD ["/bin/bash"]', empty_layer: true },
    ],
  });
  // centos:centos5 (not merged /usr, /selinux and lost+found as seed 003's `ls -l /` shows)
  const c5 = rpmRootfs({ id: 'centos-5.11-20140926', mtime: Date.parse('2014-09-26T12:21:00Z') / 1000, rpms: CENTOS_RPMS[5], mergedUsr: false, renames: [['/usr/lib/python3.11', '/usr/lib64/python2.4'], ['/usr/lib/python3/dist-packages', '/usr/lib/python2.4/site-packages']] });
  common(c5, '/bin');
  c5.text('/etc/redhat-release', 'CentOS release 5.11 (Final)\n').dir('/selinux').dir('/lost+found', { mode: 0o700 }).dir('/root', { mode: 0o750 });
  c5.text('/etc/yum.repos.d/CentOS-Base.repo', yumRepo(5));
  c5.text('/etc/yum.conf', '[main]\ncachedir=/var/cache/yum\nkeepcache=0\ndebuglevel=2\nlogfile=/var/log/yum.log\ndistroverpkg=redhat-release\ntolerant=1\nexactarch=1\nobsoletes=1\ngpgcheck=1\nplugins=1\n');
  c5.file('/usr/bin/yum', 762, { mode: 0o755, program: 'yum' }).file('/usr/bin/python2.4', 8_304, { mode: 0o755, program: 'python' });
  c5.symlink('/usr/bin/python', 'python2.4').file('/usr/lib/locale/locale-archive', 56_000_000).file('/etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-5', 1_504);
  await image(5, c5, {
    key: 'centos/centos5', tags: ['centos5', '5', '5.11', 'centos5.11'], created: '2014-09-26T12:21:51Z',
    history: (file) => [
      { created: '2014-09-26T12:20:55Z', created_by: '/bin/sh -c #(nop) MAINTAINER The CentOS Project <cloud-ops@centos.org> - ami_creator', empty_layer: true },
      { created: '2014-09-26T12:21:50Z', created_by: `/bin/sh -c #(nop) ADD file:${file} in /` },
      { created: '2014-09-26T12:21:51Z', created_by: '/bin/sh -c #(nop) CMD [/bin/bash]', empty_layer: true },
    ],
  });
}
