import type { DebPackage } from '../../src/shell/packages/package-format';

/**
 * Ubuntu's published version strings where we have them (the file lists stay Debian's: no
 * Ubuntu archive is reachable here). noble's vim is 2:9.1.0016-1ubuntu7 (Launchpad, noble
 * release pocket); the rest fall back to Debian bookworm's versions.
 */
export const UBUNTU_VERSIONS: Record<string, Record<string, string> | undefined> = {
  vim: { noble: '2:9.1.0016-1ubuntu7' },
  'vim-common': { noble: '2:9.1.0016-1ubuntu7' },
  'vim-runtime': { noble: '2:9.1.0016-1ubuntu7' },
  'vim-tiny': { noble: '2:9.1.0016-1ubuntu7' },
  xxd: { noble: '2:9.1.0016-1ubuntu7' },
};

/**
 * CentOS (yum/dnf, rpm) and Alpine (apk) names for the root packages, each mapped onto the
 * Debian package whose file list it installs. Versions are Debian's unless listed here.
 */
const CENTOS: Record<string, string> = {
  'vim-enhanced': 'vim', 'vim-minimal': 'vim-tiny', 'vim-common': 'vim-common', 'vim-filesystem': 'vim-runtime', nano: 'nano', curl: 'curl', wget: 'wget', git: 'git', less: 'less', tree: 'tree',
  'procps-ng': 'procps', iputils: 'iputils-ping', 'net-tools': 'net-tools', iproute: 'iproute2', python3: 'python3', gcc: 'gcc', make: 'make', nginx: 'nginx',
  'openssh-clients': 'openssh-client', 'ca-certificates': 'ca-certificates', sudo: 'sudo', htop: 'htop', jq: 'jq', unzip: 'unzip', zip: 'zip', 'gpm-libs': 'libgpm2', which: 'debianutils',
};
const CENTOS_DEPS: Record<string, string[]> = { 'vim-enhanced': ['vim-common', 'gpm-libs', 'which'], 'vim-common': ['vim-filesystem'] };

const ALPINE: Record<string, string> = {
  vim: 'vim', nano: 'nano', curl: 'curl', wget: 'wget', git: 'git', less: 'less', tree: 'tree', procps: 'procps', 'iputils-ping': 'iputils-ping', 'net-tools': 'net-tools',
  iproute2: 'iproute2', python3: 'python3', gcc: 'gcc', make: 'make', 'build-base': 'build-essential', nginx: 'nginx', 'openssh-client': 'openssh-client',
  'ca-certificates': 'ca-certificates', sudo: 'sudo', htop: 'htop', jq: 'jq', unzip: 'unzip', zip: 'zip', xxd: 'xxd',
};
const ALPINE_DEPS: Record<string, string[]> = { vim: ['xxd'] };

export interface OtherPackage {
  deb: string;
  version: string;
  summary: string;
  size: number;
  installedSize: number;
  deps: string[];
}

export function OTHER_DISTROS(debs: Record<string, DebPackage>): Record<'centos' | 'alpine', Record<string, OtherPackage>> {
  const map = (names: Record<string, string>, deps: Record<string, string[]>) => {
    const out: Record<string, OtherPackage> = {};
    for (const [name, deb] of Object.entries(names)) {
      const d = debs[deb];
      if (!d) continue;
      out[name] = { deb, version: d.version.replace(/^\d+:/, '').replace(/[-+~].*$/, ''), summary: d.summary, size: d.size, installedSize: d.installedSize, deps: (deps[name] ?? []).filter((n) => names[n] && debs[names[n]]) };
    }
    return out;
  };
  return { centos: map(CENTOS, CENTOS_DEPS), alpine: map(ALPINE, ALPINE_DEPS) };
}
