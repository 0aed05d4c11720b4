import type { Vfs } from '../../engine/fs/vfs';

const PACKAGES = '/var/lib/rpm/Packages';

/**
 * The rpm database as the catalog's CentOS images carry it: a plain-text listing at
 * /var/lib/rpm/Packages, one name-version-release.arch a line (scripts/catalog/rpm-rootfs.ts),
 * read from and written back to the container's filesystem so `rpm -qa`, yum/dnf and the
 * committed layer agree.
 */
export class RpmDb {
  private readonly byName = new Map<string, string>();

  constructor(private readonly fs: Vfs) {
    let text = '';
    try {
      text = new TextDecoder().decode(fs.readFile(PACKAGES));
    } catch {
      text = '';
    }
    for (const l of text.split('\n')) if (l.trim()) this.byName.set(RpmDb.nameOf(l.trim()), l.trim());
  }

  /** "bash" of "bash-4.2.46-34.el7.x86_64" (the name may itself contain dashes). */
  static nameOf(nevra: string): string {
    const m = /^(.+)-[^-]+-[^-]+?(\.(x86_64|noarch|i386|i686))?$/.exec(nevra);
    return m ? m[1] : nevra;
  }

  all(): string[] {
    return [...this.byName.values()].sort();
  }

  get(name: string): string | undefined {
    return this.byName.get(name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  add(nevra: string): void {
    this.byName.set(RpmDb.nameOf(nevra), nevra);
  }

  delete(name: string): void {
    this.byName.delete(name);
  }

  save(): void {
    this.fs.writeFile(PACKAGES, new TextEncoder().encode(this.all().join('\n') + '\n'), { mode: 0o644 });
  }
}
