import type { Vfs } from '../../engine/fs/vfs';
import type { Entry } from '../../engine/layer/entry';
import { decodeCatalogLayer } from '../../engine/registry/catalog-layer';
import type { DebPackage, PackageFilesFile } from './package-format';
import { Alternatives } from './alternatives';
import { DpkgDb } from './dpkg-db';

const enc = new TextEncoder();
const INFO = '/var/lib/dpkg/info';

/**
 * dpkg's unpack/configure/remove against a container filesystem: the package's real file list
 * (with real sizes) lands in the filesystem, the database files change (status, info/*.list,
 * .md5sums, .conffiles, alternatives), so `docker diff` and a commit see exactly what dpkg
 * would have written. Honors path-exclude/path-include in /etc/dpkg/dpkg.cfg.d (minimized images).
 */
export class DebInstaller {
  readonly db: DpkgDb;
  readonly alternatives: Alternatives;
  private readonly excludes: Array<{ include: boolean; re: RegExp }>;

  constructor(private readonly fs: Vfs, private readonly now: () => string) {
    this.db = new DpkgDb(fs);
    this.alternatives = new Alternatives(fs, now);
    this.excludes = readExcludes(fs);
  }

  /** dpkg's name for a package: "libnl-3-200:amd64" for Multi-Arch: same. */
  static qualified(name: string, pkg: Pick<DebPackage, 'multiArch'>): string {
    return pkg.multiArch === 'same' ? `${name}:amd64` : name;
  }

  private excluded(path: string): boolean {
    let out = false;
    for (const r of this.excludes) if (r.re.test(path)) out = !r.include;
    return out;
  }

  /** Unpacks the files and records the package as installed (configure is `configure`). */
  unpack(name: string, pkg: DebPackage, files: PackageFilesFile, version: string): void {
    const fs = this.fs;
    const list: string[] = [];
    const entries = decodeCatalogLayer(files);
    const original = files.list.split('\n');
    for (const e of entries) this.place(e);
    for (const p of original) if (!this.excluded(p)) list.push(p);
    const q = DebInstaller.qualified(name, pkg);
    fs.writeFile(`${INFO}/${q}.list`, enc.encode(list.join('\n') + '\n'));
    const regular = entries.filter((e) => e.type === 'file' && !this.excluded(e.path));
    fs.writeFile(`${INFO}/${q}.md5sums`, { kind: 'synthetic', size: regular.reduce((n, e) => n + 35 + e.path.length - 1, 0), seed: `md5sums:${q}:${version}` });
    const conf = pkg.status.match(/^ (\/\S+) [0-9a-f]{32}/gm)?.map((l) => l.trim().split(' ')[0]) ?? [];
    if (conf.length) fs.writeFile(`${INFO}/${q}.conffiles`, enc.encode(conf.join('\n') + '\n'));
    this.db.put(name, pkg.status.replace(/^Version: .*$/m, `Version: ${version}`));
    this.log(`install ${q} <none> ${version}`);
  }

  private place(e: Entry): void {
    const fs = this.fs;
    if (this.excluded(e.path)) return;
    const st = fs.lstat(e.path);
    switch (e.type) {
      case 'dir':
        if (!st) fs.mkdir(e.path, { mode: e.mode, uid: e.uid, gid: e.gid });
        return;
      case 'file':
        if (st?.type === 'symlink') fs.unlink(e.path);
        fs.writeFile(e.path, e.content, { mode: e.mode, uid: e.uid, gid: e.gid });
        fs.chmod(e.path, e.mode);
        return;
      case 'symlink':
        if (st && st.type !== 'dir') fs.unlink(e.path);
        if (!st || st.type !== 'dir') fs.symlink(e.target, e.path);
        return;
      case 'hardlink':
        if (st && st.type !== 'dir') fs.unlink(e.path);
        fs.link(e.target, e.path);
        return;
      default:
        return;
    }
  }

  /** postinst's update-alternatives calls; returns the lines they print. */
  configure(name: string, pkg: DebPackage): string[] {
    const out: string[] = [];
    for (const a of pkg.alternatives) out.push(...this.alternatives.install(a));
    this.log(`status installed ${DebInstaller.qualified(name, pkg)} ${this.db.field(name, 'Version') ?? ''}`);
    return out;
  }

  /** Removes the package's files (conffiles stay unless purging); returns update-alternatives lines. */
  remove(name: string, pkg: DebPackage, files: PackageFilesFile): string[] {
    const fs = this.fs;
    const out: string[] = [];
    for (const a of pkg.alternatives) out.push(...this.alternatives.remove(a));
    const keep = new Set(this.db.conffiles(name));
    const entries = decodeCatalogLayer(files);
    for (const e of [...entries].reverse()) {
      if (keep.has(e.path)) continue;
      const st = fs.lstat(e.path);
      if (!st) continue;
      if (st.type === 'dir') {
        if (e.type === 'dir' && fs.readdir(e.path).length === 0 && !SHARED_DIR.test(e.path)) fs.rmdir(e.path);
      } else if (e.type !== 'dir') fs.unlink(e.path);
    }
    const q = DebInstaller.qualified(name, pkg);
    for (const ext of ['list', 'md5sums']) if (fs.lstat(`${INFO}/${q}.${ext}`)) fs.unlink(`${INFO}/${q}.${ext}`);
    if (keep.size) this.db.markConfigFiles(name);
    else {
      if (fs.lstat(`${INFO}/${q}.conffiles`)) fs.unlink(`${INFO}/${q}.conffiles`);
      this.db.delete(name);
    }
    this.log(`remove ${q} ${this.db.field(name, 'Version') ?? ''} <none>`);
    return out;
  }

  /** purge after remove: the conffiles and the database entry go. */
  purge(name: string, pkg: DebPackage): void {
    const fs = this.fs;
    for (const p of this.db.conffiles(name)) if (fs.lstat(p)) fs.unlink(p);
    const q = DebInstaller.qualified(name, pkg);
    if (fs.lstat(`${INFO}/${q}.conffiles`)) fs.unlink(`${INFO}/${q}.conffiles`);
    this.db.delete(name);
    this.log(`purge ${q} <none> <none>`);
  }

  /** "(Reading database ... N files and directories currently installed.)": lines of every .list. */
  databaseCount(): number {
    let n = 0;
    let names: string[] = [];
    try {
      names = this.fs.readdir(INFO);
    } catch {
      return 0;
    }
    for (const f of names) {
      if (!f.endsWith('.list')) continue;
      const c = this.fs.readContent(`${INFO}/${f}`);
      // base images' lists are size-only; ~38 bytes a path is what Debian's lists average
      n += c.kind === 'bytes' ? c.bytes.reduce((k, b) => k + (b === 10 ? 1 : 0), 0) : Math.round(c.size / 38);
    }
    return n;
  }

  private log(line: string): void {
    const p = '/var/log/dpkg.log';
    if (this.fs.lstat('/var/log')) this.fs.writeFile(p, enc.encode(`${this.now()} ${line}\n`), { append: true, mode: 0o644 });
  }

  save(): void {
    this.db.save();
  }
}

const SHARED_DIR = /^\/(usr|usr\/bin|usr\/sbin|usr\/lib|usr\/share|usr\/share\/doc|usr\/share\/man|usr\/share\/man\/man\d|etc|var|var\/lib|bin|sbin|lib|usr\/lib\/x86_64-linux-gnu)$/;

function readExcludes(fs: Vfs): Array<{ include: boolean; re: RegExp }> {
  const dir = '/etc/dpkg/dpkg.cfg.d';
  const out: Array<{ include: boolean; re: RegExp }> = [];
  let names: string[] = [];
  try {
    names = fs.readdir(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    let text = '';
    try {
      text = new TextDecoder().decode(fs.readFile(`${dir}/${n}`));
    } catch {
      continue;
    }
    for (const m of text.matchAll(/^path-(exclude|include)[= ](\S+)/gm)) out.push({ include: m[1] === 'include', re: glob(m[2]) });
  }
  return out;
}

function glob(g: string): RegExp {
  return new RegExp('^' + g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
}
