import type { ProcessContext } from '../process';
import { nowSeconds } from '../coreutils/lib/hooks';
import { PackageSource } from './package-source';
import type { Entry } from '../../engine/layer/entry';
import { executableContent } from '../../engine/layer/executable';
import { PackageFiles } from './rpm-installer';
import { RpmCatalog, type CentosMajor, type RpmPkg } from './rpm-catalog';
import { RpmDb } from './rpm-db';

const enc = new TextEncoder();

/** CentOS's signing keys as `rpm -qa` lists them once imported, and as yum/dnf print them. */
export const CENTOS_KEYS: Record<7 | 8, { id: string; nvr: string; userid: string; fingerprint: string; file: string }> = {
  7: { id: 'F4A80EB5', nvr: 'gpg-pubkey-f4a80eb5-53a7ff4b', userid: 'CentOS-7 Key (CentOS 7 Official Signing Key) <security@centos.org>', fingerprint: '6341 ab27 53d7 8a78 a7c2 7bb1 24c6 a8a7 f4a8 0eb5', file: '/etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7' },
  8: { id: '8483C65D', nvr: 'gpg-pubkey-8483c65d-5ccc5b19', userid: 'CentOS (CentOS Official Signing Key) <security@centos.org>', fingerprint: '99DB 70FA E1D7 CE22 7FB6 4882 05B5 55B3 8483 C65D', file: '/etc/pki/rpm-gpg/RPM-GPG-KEY-centosofficial' },
};

/**
 * One yum/dnf transaction against the container: rpm's install order (dependencies first),
 * the files of every package placed under Red Hat's paths, the rpm database rewritten, the
 * package manager's log appended. Output is the caller's (yum and dnf word it differently).
 */
export class RpmTransaction {
  readonly db: RpmDb;
  readonly files: PackageFiles;
  private readonly entries = new Map<string, Entry[]>();

  constructor(private readonly ctx: ProcessContext, readonly major: CentosMajor) {
    this.db = new RpmDb(ctx.fs);
    this.files = new PackageFiles(ctx.fs, RpmCatalog.layout(major));
  }

  /** Fetches the packages' file lists (the "download"). */
  async load(pkgs: RpmPkg[]): Promise<void> {
    const got = await Promise.all(pkgs.map((p) => (p.deb ? PackageSource.files(p.deb) : undefined)));
    pkgs.forEach((p, i) => {
      const f = got[i];
      this.entries.set(p.name, f ? this.files.entries(f) : [{ type: 'file', path: '/usr/bin/which', mode: 0o755, uid: 0, gid: 0, mtime: 0, content: executableContent('which', 29_240) }]);
    });
  }

  async entriesOf(p: RpmPkg): Promise<Entry[]> {
    if (!this.entries.has(p.name)) await this.load([p]);
    return this.entries.get(p.name)!;
  }

  /** rpm's order: a package after everything it requires. */
  static order(pkgs: RpmPkg[]): RpmPkg[] {
    const byName = new Map(pkgs.map((p) => [p.name, p]));
    const out: RpmPkg[] = [];
    const seen = new Set<string>();
    const visit = (p: RpmPkg) => {
      if (seen.has(p.name)) return;
      seen.add(p.name);
      for (const d of [...p.deps].sort().reverse()) {
        const q = byName.get(d);
        if (q) visit(q);
      }
      out.push(p);
    };
    for (const p of [...pkgs].sort((a, b) => (a.name < b.name ? 1 : -1))) visit(p);
    return out;
  }

  install(p: RpmPkg): void {
    this.files.place(this.entries.get(p.name) ?? []);
    this.db.add(RpmCatalog.nvra(p));
  }

  async erase(p: RpmPkg): Promise<void> {
    this.files.erase(await this.entriesOf(p));
    this.db.delete(p.name);
  }

  importKey(): void {
    if (this.major !== 5) this.db.add(CENTOS_KEYS[this.major].nvr);
  }

  hasKey(): boolean {
    return this.major === 5 || this.db.has('gpg-pubkey');
  }

  /** "Nov 24 06:00:03" (yum.log) or ISO (dnf.rpm.log). */
  stamp(iso = false): string {
    const d = new Date(nowSeconds(this.ctx) * 1000);
    if (iso) return d.toISOString().replace(/\.\d+Z$/, 'Z');
    const m = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    return `${m} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)}`;
  }

  log(path: string, line: string): void {
    const fs = this.ctx.fs;
    const dir = path.slice(0, path.lastIndexOf('/'));
    if (!fs.stat(dir)) fs.mkdir(dir, { recursive: true });
    fs.writeFile(path, enc.encode(line + '\n'), { append: true, mode: 0o600 });
  }

  /** Writes a synthetic file of `size` bytes (metadata caches, history databases). */
  blob(path: string, size: number): void {
    const fs = this.ctx.fs;
    const dir = path.slice(0, path.lastIndexOf('/'));
    if (!fs.stat(dir)) fs.mkdir(dir, { recursive: true });
    fs.writeFile(path, { kind: 'synthetic', size, seed: `rpm-cache:${path}:${size}` }, { mode: 0o644 });
  }

  save(): void {
    this.db.save();
  }
}

/** "00:01" at a steady 8 MB/s (the sandbox's network, as apt-get's output assumes). */
export function transferTime(bytes: number): string {
  const s = Math.floor(bytes / 8e6);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
