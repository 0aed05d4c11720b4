import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { aptIndex, debConffiles, debControl, debFiles, debPath, debReadFile, downloadAll, type Stanza } from '../catalog/debian-packages';
import { debianPackages } from '../catalog/images/debian';
import { LayerBuilder } from '../catalog/layer-builder';
import { OTHER_DISTROS, UBUNTU_VERSIONS } from './distro-names';
import type { DebPackage, PackageIndexFile } from '../../src/shell/packages/package-format';

/**
 * Generates public/packages/ (the package database the in-container package managers read):
 * `npx tsx scripts/packages/generate.ts`. The roots below and their Depends + Pre-Depends +
 * Recommends closure (apt installs Recommends by default), minus what the Debian/Ubuntu base
 * images already have, from this Debian 12 machine's apt: control data (`dpkg-deb -f`), file
 * lists (`dpkg-deb -c`, merged /usr as the images are), conffiles, update-alternatives calls
 * read from the postinst scripts, and real bytes of small /etc files. .debs are cached under
 * /tmp and never committed. CentOS and Alpine names map onto the Debian file lists.
 */
export const ROOTS = ['vim', 'vim-tiny', 'nano', 'curl', 'wget', 'git', 'less', 'tree', 'procps', 'iputils-ping', 'net-tools', 'iproute2', 'python3', 'gcc', 'make', 'build-essential', 'nginx', 'openssh-client', 'ca-certificates', 'sudo', 'htop', 'jq', 'unzip', 'zip'];

const OUT = join(import.meta.dirname, '../../public/packages');
const MERGED: Array<[string, string]> = [['/bin', '/usr/bin'], ['/sbin', '/usr/sbin'], ['/lib', '/usr/lib'], ['/lib64', '/usr/lib64']];
const GROUP_IDS: Record<string, number> = { root: 0, daemon: 1, bin: 2, sys: 3, adm: 4, tty: 5, disk: 6, mail: 8, shadow: 42, utmp: 43, staff: 50, crontab: 101 };
const TEXT_LIMIT = 4096;

function mapPath(p: string): string {
  for (const [from, to] of MERGED) if (p === from || p.startsWith(from + '/')) return to + p.slice(from.length);
  return p;
}

function rel(field: string | undefined): string[][] {
  if (!field) return [];
  return field.split(',').map((alt) => alt.split('|').map((p) => p.trim().replace(/\s*\(.*\)/, '').replace(/:.*$/, '')).filter(Boolean)).filter((a) => a.length > 0);
}

/** Depends + Pre-Depends + Recommends closure: the first alternative apt would pick. */
function closure(roots: string[], base: Set<string>): string[] {
  const idx = aptIndex();
  const providers = new Map<string, string[]>();
  for (const s of idx.values()) for (const [p] of rel(s.Provides)) providers.set(p, [...(providers.get(p) ?? []), s.Package]);
  const seen = new Set<string>();
  const stack = [...roots];
  const has = (n: string) => seen.has(n) || base.has(n) || (providers.get(n) ?? []).some((p) => seen.has(p) || base.has(p));
  while (stack.length) {
    const name = stack.pop()!;
    if (seen.has(name) || base.has(name)) continue;
    const s = idx.get(name);
    if (!s) throw new Error(`no package ${name}`);
    seen.add(name);
    for (const alts of [...rel(s['Pre-Depends']), ...rel(s.Depends), ...rel(s.Recommends)]) {
      if (alts.some(has)) continue;
      const pick = alts.find((a) => idx.has(a) && a !== 'usrmerge') ?? alts.map((a) => providers.get(a)?.[0]).find(Boolean);
      if (pick) stack.push(pick);
    }
  }
  return [...seen].sort();
}

const isText = (b: Uint8Array) => !b.includes(0) && (() => { try { new TextDecoder('utf-8', { fatal: true }).decode(b); return true; } catch { return false; } })();

/** `update-alternatives --install link name path prio [--slave link name path]...` from postinst. */
function alternatives(name: string): DebPackage['alternatives'] {
  const dir = `/tmp/layerlab-packages-ctrl/${name}`;
  mkdirSync(dir, { recursive: true });
  execFileSync('dpkg-deb', ['-e', debPath(name), dir]);
  const file = join(dir, 'postinst');
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').replace(/\\\n\s*/g, ' ');
  const out: DebPackage['alternatives'] = [];
  for (const m of text.matchAll(/update-alternatives\s+(?:--quiet\s+)?--install\s+(\S+)\s+(\S+)\s+(\S+)\s+(\d+)([^\n]*)/g)) {
    if (/\$/.test(m[0])) continue;
    const slaves = [...m[5].matchAll(/--slave\s+(\S+)\s+(\S+)\s+(\S+)/g)].map((s) => [s[1], s[2], s[3]] as [string, string, string]);
    out.push({ link: m[1], name: m[2], path: m[3], priority: Number(m[4]), slaves });
  }
  return out;
}

const STATUS_ORDER = ['Package', 'Essential', 'Protected', 'Status', 'Priority', 'Section', 'Installed-Size', 'Origin', 'Maintainer', 'Bugs', 'Architecture', 'Multi-Arch', 'Source', 'Version', 'Config-Version', 'Replaces', 'Provides', 'Depends', 'Pre-Depends', 'Recommends', 'Suggests', 'Breaks', 'Conflicts', 'Enhances', 'Conffiles', 'Description'];

function statusStanza(name: string): string {
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

function packageFiles(name: string, s: Stanza): { layer: ReturnType<LayerBuilder['encode']>; list: string[] } {
  const b = new LayerBuilder(`deb-${name}-${s.Version}`, 0);
  const list: string[] = [];
  for (const f of debFiles(name)) {
    list.push(f.path === '/' ? '/.' : f.path);
    const path = mapPath(f.path);
    if (path === '/') continue;
    const own = { mode: f.mode, uid: 0, gid: GROUP_IDS[f.group] ?? 0 };
    if (f.type === 'dir') b.dir(path, own);
    else if (f.type === 'symlink') b.symlink(path, f.target!);
    else if (f.type === 'hardlink') b.hardlink(path, mapPath(f.target!), own);
    else if (f.size <= TEXT_LIMIT && path.startsWith('/etc/')) {
      const bytes = debReadFile(name, f.path);
      if (isText(bytes)) b.text(path, new TextDecoder().decode(bytes), own);
      else b.file(path, f.size, own);
    } else b.file(path, f.size, own);
  }
  const layer = b.encode({} as never);
  return { layer, list };
}

function main(): void {
  const base = new Set(debianPackages());
  const names = closure(ROOTS, base);
  downloadAll(names);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'debian/files'), { recursive: true });
  const packages: Record<string, DebPackage> = {};
  const idx = aptIndex();
  for (const name of names) {
    const s = idx.get(name)!;
    const { layer, list } = packageFiles(name, s);
    writeFileSync(join(OUT, 'debian/files', `${name}.json`), JSON.stringify({ ...layer, list: list.join('\n') }));
    packages[name] = {
      version: s.Version,
      ubuntu: UBUNTU_VERSIONS[name],
      arch: s.Architecture,
      multiArch: s['Multi-Arch'],
      section: s.Section ?? '',
      priority: s.Priority ?? 'optional',
      installedSize: Number(s['Installed-Size'] ?? 0),
      size: Number(s.Size ?? 0),
      summary: (s.Description ?? '').split('\n')[0],
      depends: [...rel(s['Pre-Depends']), ...rel(s.Depends)],
      recommends: rel(s.Recommends),
      suggests: rel(s.Suggests).map((a) => a[0]),
      provides: rel(s.Provides).map((a) => a[0]),
      status: statusStanza(name),
      alternatives: alternatives(name),
    };
  }
  const index: PackageIndexFile = { v: 1, distro: 'debian', release: 'bookworm', base: [...base].sort(), roots: ROOTS, packages };
  writeFileSync(join(OUT, 'debian/index.json'), JSON.stringify(index));
  writeFileSync(join(OUT, 'distros.json'), JSON.stringify(OTHER_DISTROS(packages), null, 1) + '\n');
  const total = names.reduce((n, p) => n + packages[p].installedSize, 0);
  console.log(`${names.length} packages, ${total} kB installed`);
}

main();
