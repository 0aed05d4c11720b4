import type { Vfs } from '../../engine/fs/vfs';
import type { OtherPackage } from './package-format';
import type { DistroLayout } from './distro-paths';
import type { RpmDb } from './rpm-db';

/**
 * What yum/dnf know of the CentOS repositories: each package of distros.json with the
 * epoch:version-release and repository the real CentOS repos carried (vim-enhanced
 * 2:7.4.629-8.el7_9 in CentOS 7 updates, 2:8.0.1763-16.el8 in CentOS 8 AppStream, 2:7.0.109-7.2.el5
 * in CentOS 5 base; gpm-libs 1.20.7-6.el7 / 1.20.7-17.el8). Packages without a known CentOS
 * version carry their upstream (Debian) version with release "1.el<major>" (approximated).
 * Sizes are the Debian package's (the files installed are Debian's, see distro-paths.ts).
 */
export interface RpmPkg {
  name: string;
  epoch: number;
  version: string;
  release: string;
  arch: string;
  repo: string;
  /** bytes of the .rpm */
  size: number;
  /** bytes installed */
  installed: number;
  deb: string;
  summary: string;
  deps: string[];
}

export type CentosMajor = 5 | 7 | 8;

/** GNU which: not in the CentOS images, required by vim-enhanced; one executable (no Debian twin). */
export const WHICH: OtherPackage = { deb: '', version: '2.21', summary: 'Displays where a particular program in your path is located', size: 42_000, installedSize: 75, deps: [] };

const KNOWN: Record<CentosMajor, Record<string, [number, string, string, string]>> = {
  7: {
    'vim-enhanced': [2, '7.4.629', '8.el7_9', 'updates'], 'vim-common': [2, '7.4.629', '8.el7_9', 'updates'], 'vim-filesystem': [2, '7.4.629', '8.el7_9', 'updates'],
    'gpm-libs': [0, '1.20.7', '6.el7', 'base'], which: [0, '2.20', '7.el7', 'base'], nano: [0, '2.3.1', '10.el7', 'base'], tree: [0, '1.6.0', '10.el7', 'base'], wget: [0, '1.14', '18.el7_6.1', 'base'],
    git: [0, '1.8.3.1', '25.el7_9', 'updates'], 'net-tools': [0, '2.0', '0.25.20131004git.el7', 'base'],
  },
  8: {
    'vim-enhanced': [2, '8.0.1763', '16.el8', 'appstream'], 'vim-common': [2, '8.0.1763', '16.el8', 'appstream'], 'vim-filesystem': [2, '8.0.1763', '16.el8', 'appstream'],
    'gpm-libs': [0, '1.20.7', '17.el8', 'appstream'], which: [0, '2.21', '12.el8', 'baseos'], nano: [0, '2.9.8', '1.el8', 'baseos'], tree: [0, '1.7.0', '15.el8', 'baseos'], wget: [0, '1.19.5', '10.el8', 'appstream'],
    git: [0, '2.27.0', '1.el8', 'appstream'], 'net-tools': [0, '2.0', '0.52.20160912git.el8', 'baseos'],
  },
  5: {
    'vim-enhanced': [2, '7.0.109', '7.2.el5', 'base'], 'vim-common': [2, '7.0.109', '7.2.el5', 'base'], 'gpm-libs': [0, '1.20.1', '74.1', 'base'],
  },
};

export const RpmCatalog = {
  /** The CentOS release of the container (/etc/redhat-release), 7 when unknown. */
  major(fs: Vfs): CentosMajor {
    let text = '';
    try {
      text = new TextDecoder().decode(fs.readFile('/etc/redhat-release'));
    } catch {
      return 7;
    }
    const m = /release (\d+)/.exec(text);
    return m && (m[1] === '5' || m[1] === '8') ? (Number(m[1]) as CentosMajor) : 7;
  },

  layout(major: CentosMajor): DistroLayout {
    return major === 5 ? 'rpm' : 'rpm-merged';
  },

  pkg(name: string, p: OtherPackage, major: CentosMajor): RpmPkg {
    if (name === 'vim-enhanced' && major !== 5) p = { ...p, deps: [...p.deps, 'which'] };
    const k = KNOWN[major][name];
    const arch = name === 'vim-filesystem' && major === 8 ? 'noarch' : 'x86_64';
    const [epoch, version, release, repo] = k ?? [0, p.version, `1.el${major}`, major === 8 ? 'baseos' : 'base'];
    return { name, epoch, version, release, arch, repo, size: p.size, installed: p.installedSize * 1024, deb: p.deb, summary: p.summary, deps: p.deps };
  },

  /** "vim-enhanced-7.4.629-8.el7_9.x86_64": the rpm database's and rpm -qa's form. */
  nvra(p: RpmPkg): string {
    return `${p.name}-${p.version}-${p.release}.${p.arch}`;
  },

  evr(p: RpmPkg, zeroEpoch = false): string {
    return `${p.epoch || zeroEpoch ? `${p.epoch}:` : ''}${p.version}-${p.release}`;
  },

  /** The transaction: what was asked (in order) and the dependencies not yet installed. */
  plan(repo: Record<string, OtherPackage>, db: RpmDb, names: string[], major: CentosMajor): { asked: RpmPkg[]; deps: RpmPkg[] } {
    const asked: RpmPkg[] = [];
    const deps: RpmPkg[] = [];
    const seen = new Set<string>();
    repo = { ...repo, which: WHICH };
    const visit = (n: string, top: boolean) => {
      if (seen.has(n) || db.has(n) || !repo[n]) return;
      seen.add(n);
      const p = RpmCatalog.pkg(n, repo[n], major);
      (top ? asked : deps).push(p);
      for (const d of p.deps) visit(d, false);
    };
    for (const n of names) visit(n, true);
    deps.sort((a, b) => (a.name < b.name ? -1 : 1));
    return { asked, deps };
  },

  /** What the repositories call a name learners type (`yum install vim` finds vim-enhanced). */
  resolve(repo: Record<string, OtherPackage>, name: string): string | undefined {
    if (repo[name]) return name;
    if (name === 'vim') return 'vim-enhanced';
    return undefined;
  },
};
