import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real Debian package data through apt (Debian 12 is this machine's distribution): the package
 * index for dependency closure, `apt-get download` for the .debs (cached under /tmp, never
 * committed), `dpkg-deb -c` for file lists with sizes, `dpkg-deb -f`/`--ctrl-tarfile` for the
 * control data a dpkg status file records, and `dpkg-deb --fsys-tarfile` to read small files.
 */
export const DEB_CACHE = '/tmp/layerlab-catalog-debs';

export interface Stanza {
  [field: string]: string;
}

export interface DebFile {
  /** absolute, "/usr/bin/bash" */
  path: string;
  type: 'dir' | 'file' | 'symlink' | 'hardlink';
  mode: number;
  owner: string;
  group: string;
  size: number;
  target?: string;
}

function parseStanzas(text: string): Stanza[] {
  const out: Stanza[] = [];
  for (const block of text.split(/\n\n+/)) {
    const s: Stanza = {};
    let key = '';
    for (const line of block.split('\n')) {
      if (/^\s/.test(line) && key) s[key] += '\n' + line;
      else {
        const i = line.indexOf(':');
        if (i <= 0) continue;
        key = line.slice(0, i);
        s[key] = line.slice(i + 1).trim();
      }
    }
    if (s.Package) out.push(s);
  }
  return out;
}

let index: Map<string, Stanza> | undefined;
let providers: Map<string, string[]> | undefined;

/** The candidate stanza of every amd64/all package (security and updates win over the release). */
export function aptIndex(): Map<string, Stanza> {
  if (index) return index;
  index = new Map();
  providers = new Map();
  const dir = '/var/lib/apt/lists';
  const files = readdirSync(dir).filter((f) => /_main_binary-amd64_Packages/.test(f));
  // release first, then updates and security, so the later (newer) stanza replaces it
  files.sort((a, b) => rank(a) - rank(b));
  for (const f of files) {
    const text = execFileSync('/usr/lib/apt/apt-helper', ['cat-file', join(dir, f)], { maxBuffer: 1 << 30 }).toString();
    for (const s of parseStanzas(text)) {
      index.set(s.Package, s);
      for (const p of splitRel(s.Provides ?? '')) {
        const name = p[0];
        providers.set(name, [...(providers.get(name) ?? []), s.Package]);
      }
    }
  }
  return index;
}

function rank(f: string): number {
  return f.includes('security') ? 2 : f.includes('updates') ? 1 : 0;
}

/** "a (>= 1) | b, c" -> [["a","b"],["c"]] (names only, arch qualifiers dropped). */
function splitRel(field: string): string[][] {
  return field
    .split(',')
    .map((alt) => alt.split('|').map((p) => p.trim().replace(/\s*\(.*\)/, '').replace(/:.*$/, '')).filter(Boolean))
    .filter((a) => a.length > 0);
}

/** debootstrap installs usr-is-merged (the image is built merged); usrmerge would pull in perl. */
const AVOID = new Set(['usrmerge']);

/** Depends + Pre-Depends closure, first satisfiable alternative, as debootstrap resolves it. */
export function dependencyClosure(roots: string[], installed: Set<string> = new Set()): string[] {
  const idx = aptIndex();
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name) || installed.has(name)) continue;
    const s = idx.get(name);
    if (!s) throw new Error(`no package ${name}`);
    seen.add(name);
    for (const alts of [...splitRel(s['Pre-Depends'] ?? ''), ...splitRel(s.Depends ?? '')]) {
      const have = alts.find((a) => seen.has(a) || installed.has(a) || (providers!.get(a) ?? []).some((p) => seen.has(p) || installed.has(p)));
      if (have) continue;
      const pick = alts.find((a) => idx.has(a) && !AVOID.has(a)) ?? alts.map((a) => providers!.get(a)?.[0]).find(Boolean);
      if (!pick) throw new Error(`unsatisfiable ${alts.join('|')} for ${name}`);
      stack.push(pick);
    }
  }
  return [...seen].sort();
}

/** Packages of the given Priority. */
export function packagesOfPriority(priority: string): string[] {
  return [...aptIndex().values()].filter((s) => s.Priority === priority).map((s) => s.Package).sort();
}

/** apt-get download's file name: the epoch's colon is written %3a. */
function debName(s: Stanza): string {
  return `${s.Package}_${s.Version.replace(':', '%3a')}_${s.Architecture}.deb`;
}

/** The cached .deb of a package, downloaded with apt-get on first use. */
export function debPath(name: string): string {
  mkdirSync(DEB_CACHE, { recursive: true });
  const s = aptIndex().get(name);
  if (!s) throw new Error(`no package ${name}`);
  const file = join(DEB_CACHE, debName(s));
  if (!existsSync(file)) execFileSync('apt-get', ['download', '-q', `${name}=${s.Version}`], { cwd: DEB_CACHE, stdio: 'pipe' });
  return file;
}

export function downloadAll(names: string[]): void {
  mkdirSync(DEB_CACHE, { recursive: true });
  const missing = names.filter((n) => !existsSync(join(DEB_CACHE, debName(aptIndex().get(n)!))));
  if (missing.length > 0) {
    execFileSync('apt-get', ['download', '-q', ...missing.map((n) => `${n}=${aptIndex().get(n)!.Version}`)], { cwd: DEB_CACHE, stdio: 'pipe' });
  }
}

const PERM: Record<string, number> = { r: 4, w: 2, x: 1, s: 1, t: 1, S: 0, T: 0, '-': 0 };

function parseMode(s: string): number {
  const bits = s.slice(1);
  let m = 0;
  for (let g = 0; g < 3; g++) {
    const part = bits.slice(g * 3, g * 3 + 3);
    const v = (part[0] === 'r' ? 4 : 0) + (part[1] === 'w' ? 2 : 0) + PERM[part[2]];
    m = m * 8 + v;
  }
  if (/[sS]/.test(bits[2])) m |= 0o4000;
  if (/[sS]/.test(bits[5])) m |= 0o2000;
  if (/[tT]/.test(bits[8])) m |= 0o1000;
  return m;
}

/** The data files of a .deb, as `dpkg-deb -c` lists them. */
export function debFiles(name: string): DebFile[] {
  const out = execFileSync('dpkg-deb', ['-c', debPath(name)], { maxBuffer: 1 << 28 }).toString();
  const files: DebFile[] = [];
  for (const line of out.split('\n')) {
    const m = /^(\S{10}) (\S+)\/(\S+)\s+(\d+) \S+ \S+ \.(\/.*)$/.exec(line);
    if (!m) continue;
    const [, perm, owner, group, size, rest] = m;
    let path = rest;
    let target: string | undefined;
    let type: DebFile['type'] = perm[0] === 'd' ? 'dir' : perm[0] === 'l' ? 'symlink' : perm[0] === 'h' ? 'hardlink' : 'file';
    if (type === 'symlink') [path, target] = rest.split(' -> ');
    const link = / link to \.(\/.*)$/.exec(rest);
    if (link) {
      type = 'hardlink';
      path = rest.slice(0, link.index);
      target = link[1];
    }
    path = path.replace(/\/$/, '') || '/';
    files.push({ path, type, mode: parseMode(perm), owner, group, size: Number(size), target });
  }
  return files;
}

/** The control file of a .deb (for the dpkg status database). */
export function debControl(name: string): string {
  return execFileSync('dpkg-deb', ['-f', debPath(name)]).toString().replace(/\n+$/, '');
}

/** The conffiles list of a .deb, with their md5sums as dpkg records them in status. */
export function debConffiles(name: string): Array<{ path: string; md5: string }> {
  const tmp = `/tmp/layerlab-catalog-ctrl/${name}`;
  mkdirSync(tmp, { recursive: true });
  execFileSync('dpkg-deb', ['-e', debPath(name), tmp]);
  if (!existsSync(join(tmp, 'conffiles'))) return [];
  const sums = new Map<string, string>();
  if (existsSync(join(tmp, 'md5sums'))) {
    for (const l of readFileSync(join(tmp, 'md5sums'), 'utf8').split('\n')) {
      const m = /^([0-9a-f]{32})\s+(.*)$/.exec(l);
      if (m) sums.set('/' + m[2], m[1]);
    }
  }
  return readFileSync(join(tmp, 'conffiles'), 'utf8').split('\n').filter((l) => l.startsWith('/')).map((path) => ({ path, md5: sums.get(path) ?? '' }));
}

/** One file's bytes from a package's data (small config files). */
export function debReadFile(name: string, path: string): Uint8Array {
  const tmp = `/tmp/layerlab-catalog-x/${name}`;
  if (!existsSync(tmp)) {
    mkdirSync(tmp, { recursive: true });
    execFileSync('dpkg-deb', ['-x', debPath(name), tmp]);
  }
  return new Uint8Array(readFileSync(join(tmp, path)));
}
