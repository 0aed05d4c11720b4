import type { Vfs } from '../../engine/fs/vfs';

const STATUS = '/var/lib/dpkg/status';
const enc = new TextEncoder();

/**
 * dpkg's status database (/var/lib/dpkg/status) read from and written back to the container's
 * filesystem, so `dpkg -l`, apt and the committed layer all see the same truth. Like dpkg, the
 * previous file is kept as status-old on every write.
 */
export class DpkgDb {
  private stanzas = new Map<string, string>();
  private original = '';

  constructor(private readonly fs: Vfs) {
    try {
      this.original = new TextDecoder().decode(fs.readFile(STATUS));
    } catch {
      this.original = '';
    }
    for (const block of this.original.split(/\n\n+/)) {
      const m = /^Package: (\S+)/m.exec(block);
      if (m) this.stanzas.set(m[1], block.trim());
    }
  }

  names(): string[] {
    return [...this.stanzas.keys()].sort();
  }

  field(name: string, key: string): string | undefined {
    const s = this.stanzas.get(name);
    if (!s) return undefined;
    const m = new RegExp(`^${key}: ?(.*(?:\\n[ \\t].*)*)`, 'm').exec(s);
    return m ? m[1] : undefined;
  }

  stanza(name: string): string | undefined {
    return this.stanzas.get(name);
  }

  /** "install ok installed", "deinstall ok config-files", or undefined when unknown. */
  status(name: string): string | undefined {
    return this.field(name, 'Status');
  }

  isInstalled(name: string): boolean {
    return this.status(name) === 'install ok installed';
  }

  /** Installed, or provided by an installed package (Provides:). */
  satisfies(name: string): boolean {
    if (this.isInstalled(name)) return true;
    for (const n of this.stanzas.keys()) {
      if (!this.isInstalled(n)) continue;
      const p = this.field(n, 'Provides');
      if (p && p.split(',').some((x) => x.trim().replace(/\s*\(.*\)/, '') === name)) return true;
    }
    return false;
  }

  put(name: string, stanza: string): void {
    this.stanzas.set(name, stanza);
  }

  /** Removal keeps the stanza with its conffiles (dpkg -l shows "rc") until purge. */
  markConfigFiles(name: string): void {
    const s = this.stanzas.get(name);
    if (s) this.stanzas.set(name, s.replace(/^Status: .*$/m, 'Status: deinstall ok config-files'));
  }

  delete(name: string): void {
    this.stanzas.delete(name);
  }

  conffiles(name: string): string[] {
    const c = this.field(name, 'Conffiles');
    return c ? c.split('\n').map((l) => l.trim().split(' ')[0]).filter(Boolean) : [];
  }

  save(): void {
    const text = [...this.stanzas.values()].join('\n\n') + '\n';
    if (this.original) this.fs.writeFile(STATUS + '-old', enc.encode(this.original), { mode: 0o644 });
    this.fs.writeFile(STATUS, enc.encode(text), { mode: 0o644 });
    this.original = text;
  }
}
