import type { Vfs } from '../../engine/fs/vfs';

/**
 * What apt knows about the image it runs in: the distribution (from /etc/os-release), the
 * archive URIs and suites its sources name, and the index files `apt-get update` fetches.
 * Debian's InRelease sizes were recorded with `apt-get update` on Debian 12 (bookworm);
 * Ubuntu's noble InRelease is 256 kB as Ubuntu's archive serves it; the Packages sizes are
 * approximations of the archives' compressed indexes (no Ubuntu archive is reachable here).
 */
export interface AptDistro {
  id: 'ubuntu' | 'debian';
  codename: string;
  /** The status of the package lists: fetched by `apt-get update` or not yet. */
  fetches: Array<{ uri: string; suite: string; what: string; size: number; file: string }>;
}

const enc = new TextDecoder();

export function osRelease(fs: Vfs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of ['/etc/os-release', '/usr/lib/os-release']) {
    try {
      for (const l of enc.decode(fs.readFile(p)).split('\n')) {
        const m = /^([A-Z_]+)=("?)(.*)\2$/.exec(l);
        if (m) out[m[1]] = m[3];
      }
      return out;
    } catch {
      continue;
    }
  }
  return out;
}

function fileName(uri: string, rest: string): string {
  return `${uri.replace(/^https?:\/\//, '').replace(/\/$/, '')}/dists/${rest}`.replace(/\//g, '_');
}

export function aptDistro(fs: Vfs): AptDistro {
  const os = osRelease(fs);
  const id = os.ID === 'ubuntu' ? 'ubuntu' : 'debian';
  const codename = os.VERSION_CODENAME || (id === 'ubuntu' ? 'noble' : 'bookworm');
  const fetches: AptDistro['fetches'] = [];
  const add = (uri: string, suite: string, what: string, size: number) => {
    const rest = what === 'InRelease' ? `${suite}/InRelease` : `${suite}/${what.split(' ')[0]}/binary-amd64/Packages.lz4`;
    fetches.push({ uri, suite, what, size, file: fileName(uri, rest) });
  };
  if (id === 'ubuntu') {
    const a = 'http://archive.ubuntu.com/ubuntu';
    const s = 'http://security.ubuntu.com/ubuntu';
    add(a, codename, 'InRelease', 256_000);
    add(s, `${codename}-security`, 'InRelease', 126_000);
    add(a, `${codename}-updates`, 'InRelease', 126_000);
    add(a, `${codename}-backports`, 'InRelease', 126_000);
    add(a, codename, 'universe amd64 Packages', 19_300_000);
    add(s, `${codename}-security`, 'main amd64 Packages', 1_120_000);
    add(a, codename, 'main amd64 Packages', 1_808_000);
    add(a, codename, 'restricted amd64 Packages', 117_000);
    add(a, codename, 'multiverse amd64 Packages', 331_000);
    add(a, `${codename}-updates`, 'main amd64 Packages', 1_420_000);
    add(a, `${codename}-updates`, 'universe amd64 Packages', 1_500_000);
    add(a, `${codename}-backports`, 'universe amd64 Packages', 31_800);
  } else {
    const d = 'http://deb.debian.org/debian';
    const s = 'http://deb.debian.org/debian-security';
    add(d, codename, 'InRelease', 151_000);
    add(d, `${codename}-updates`, 'InRelease', 55_400);
    add(s, `${codename}-security`, 'InRelease', 34_800);
    add(d, codename, 'main amd64 Packages', 8_792_000);
    add(d, `${codename}-updates`, 'main amd64 Packages', 13_500);
    add(s, `${codename}-security`, 'main amd64 Packages', 269_000);
  }
  return { id, codename, fetches };
}

export const LISTS = '/var/lib/apt/lists';

/** True once `apt-get update` has written index files (fresh images ship an empty lists dir). */
export function haveLists(fs: Vfs): boolean {
  try {
    return fs.readdir(LISTS).some((n) => n.endsWith('Packages.lz4') || n.endsWith('_Packages'));
  } catch {
    return false;
  }
}

/** apt's SizeToStr: 4 significant digits, one decimal under 100 of a unit, SI multiples. */
export function sizeToStr(bytes: number): string {
  const ext = ['', 'k', 'M', 'G', 'T'];
  let v = bytes;
  for (let i = 0; i < ext.length; i++) {
    if (v < 100 && i !== 0) return `${v.toFixed(1)} ${ext[i]}`;
    if (v < 10000) return `${v.toFixed(0)} ${ext[i]}`;
    v /= 1000;
  }
  return `${v.toFixed(0)} P`;
}
