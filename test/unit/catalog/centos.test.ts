import { describe, expect, it } from 'vitest';
import { committedCatalog } from './catalog-fixture';
import type { Changeset } from '../../../src/engine/layer/entry';
import { programOfContent } from '../../../src/engine/layer/executable';

const catalog = committedCatalog();

const text = (cs: Changeset, path: string) => {
  const e = cs.find((x) => x.path === path);
  return e?.type === 'file' && e.content.kind === 'bytes' ? new TextDecoder().decode(e.content.bytes) : undefined;
};
const prog = (cs: Changeset, path: string) => {
  const e = cs.find((x) => x.path === path);
  return e?.type === 'file' ? programOfContent(e.content) : e?.type;
};

describe('centos', () => {
  it('tags: latest is 8.4.2105, 7 is 7.9.2009, centos5 is the seed 003 image', async () => {
    expect(await catalog.resolve('centos', 'latest')).toBe('centos/8');
    expect(await catalog.resolve('centos', 'centos7')).toBe('centos/7');
    expect(await catalog.resolve('docker.io/library/centos', 'centos5')).toBe('centos/centos5');
  });

  it('centos:7: os-release, release files, bash prompt, yum and rpm programs, rpm listing, history', async () => {
    const img = (await catalog.find('centos', '7'))!;
    expect(img.config.config.Cmd).toEqual(['/bin/bash']);
    expect(img.config.config.Labels?.['org.label-schema.build-date']).toBe('20201113');
    const cs = await catalog.changeset(img.layers[0].id);
    expect(text(cs, '/etc/os-release')?.split('\n').slice(0, 6)).toEqual([
      'NAME="CentOS Linux"', 'VERSION="7 (Core)"', 'ID="centos"', 'ID_LIKE="rhel fedora"', 'VERSION_ID="7"', 'PRETTY_NAME="CentOS Linux 7 (Core)"',
    ]);
    expect(text(cs, '/etc/centos-release')).toBe('CentOS Linux release 7.9.2009 (Core)\n');
    expect(cs.find((e) => e.path === '/etc/redhat-release')).toMatchObject({ type: 'symlink', target: 'centos-release' });
    expect(text(cs, '/etc/bashrc')).toContain('[ "$PS1" = "\\\\s-\\\\v\\\\\\$ " ] && PS1="[\\u@\\h \\W]\\\\$ "\n');
    expect(cs.find((e) => e.path === '/bin')).toMatchObject({ type: 'symlink', target: 'usr/bin' });
    expect([prog(cs, '/usr/bin/bash'), prog(cs, '/usr/bin/yum'), prog(cs, '/usr/bin/rpm'), prog(cs, '/usr/bin/vi'), prog(cs, '/usr/bin/apt-get'), prog(cs, '/usr/bin/dnf')])
      .toEqual(['bash', 'yum', 'rpm', 'vi', undefined, undefined]);
    expect(cs.find((e) => e.path === '/usr/bin/sh')).toMatchObject({ type: 'symlink', target: 'bash' });
    const rpms = text(cs, '/var/lib/rpm/Packages')!.trim().split('\n');
    expect(rpms).toHaveLength(148);
    expect(rpms).toEqual(expect.arrayContaining(['bash-4.2.46-34.el7.x86_64', 'yum-3.4.3-168.el7.centos.noarch', 'centos-release-7-9.2009.0.el7.centos.x86_64']));
    expect(text(cs, '/etc/yum.repos.d/CentOS-Base.repo')).toMatch(/^\[base\]\nname=CentOS-\$releasever - Base\n/m);
    expect(cs.some((e) => e.path.startsWith('/var/lib/dpkg') || e.path.startsWith('/etc/apt'))).toBe(false);
    expect(cs.some((e) => e.path.startsWith('/usr/share/man/'))).toBe(false);
    expect(cs.some((e) => e.path.includes('x86_64-linux-gnu'))).toBe(false);
    expect(img.config.history.map((h) => h.created_by!.replace(/file:[0-9a-f]{64}/, 'file:X'))).toEqual([
      '/bin/sh -c #(nop) ADD file:X in / ',
      '/bin/sh -c #(nop)  LABEL org.label-schema.schema-version=1.0 org.label-schema.name=CentOS Base Image org.label-schema.vendor=CentOS org.label-schema.license=GPLv2 org.label-schema.build-date=20201113 org.opencontainers.image.title=CentOS Base Image org.opencontainers.image.vendor=CentOS org.opencontainers.image.licenses=GPL-2.0-only org.opencontainers.image.created=2020-11-13 00:00:00+00:00',
      '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
    ]);
  });

  it('centos:latest (8): dnf with yum as a link to it, platform python, CentOS 8 repos', async () => {
    const cs = await catalog.changeset((await catalog.find('centos', 'latest'))!.layers[0].id);
    expect(text(cs, '/etc/os-release')).toContain('PRETTY_NAME="CentOS Linux 8"\n');
    expect(text(cs, '/etc/centos-release')).toBe('CentOS Linux release 8.4.2105\n');
    expect(prog(cs, '/usr/bin/dnf-3')).toBe('dnf');
    expect(cs.find((e) => e.path === '/usr/bin/yum')).toMatchObject({ type: 'symlink', target: 'dnf-3' });
    expect(prog(cs, '/usr/libexec/platform-python3.6')).toBe('python3');
    expect(cs.filter((e) => e.path.startsWith('/etc/yum.repos.d/')).map((e) => e.path)).toEqual(expect.arrayContaining(['/etc/yum.repos.d/CentOS-Linux-BaseOS.repo', '/etc/yum.repos.d/CentOS-Linux-AppStream.repo']));
    expect(text(cs, '/var/lib/rpm/Packages')).toContain('\ndnf-4.4.2-11.el8.noarch\n');
  });

  it('centos:centos5: /etc/redhat-release, unmerged /bin with bash, /selinux, MAINTAINER history', async () => {
    const img = (await catalog.find('centos', 'centos5'))!;
    const cs = await catalog.changeset(img.layers[0].id);
    expect(text(cs, '/etc/redhat-release')).toBe('CentOS release 5.11 (Final)\n');
    expect(cs.find((e) => e.path === '/etc/os-release')).toBeUndefined();
    expect(cs.find((e) => e.path === '/bin')?.type).toBe('dir');
    expect([prog(cs, '/bin/bash'), prog(cs, '/usr/bin/yum')]).toEqual(['bash', 'yum']);
    expect(cs.find((e) => e.path === '/selinux')?.type).toBe('dir');
    expect(img.config.history[0].created_by).toBe('/bin/sh -c #(nop) MAINTAINER The CentOS Project <cloud-ops@centos.org> - ami_creator');
  });
});
