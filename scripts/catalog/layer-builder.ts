import type { CatalogLayerFile } from '../../src/engine/registry/catalog-format';

/**
 * Collects one layer's entries (path -> entry) and writes the compact line encoding of
 * src/engine/registry/catalog-layer.ts. Parent directories are added as 0755 root dirs when
 * missing, as a tar of a real rootfs has them.
 */
export type BEntry =
  | { type: 'dir'; mode: number; uid: number; gid: number }
  | { type: 'file'; mode: number; uid: number; gid: number; size: number; program?: string }
  | { type: 'text'; mode: number; uid: number; gid: number; text: string }
  | { type: 'symlink'; target: string }
  | { type: 'hardlink'; target: string; mode: number; uid: number; gid: number }
  | { type: 'whiteout' }
  | { type: 'opaque' };

export interface Owner {
  mode?: number;
  uid?: number;
  gid?: number;
}

const BIN_DIRS = /^\/(usr\/(local\/)?)?s?bin\//;

export class LayerBuilder {
  readonly entries = new Map<string, BEntry>();
  /** Directories that live in a lower layer: their children here need no dir entry. */
  readonly lower = new Set<string>();

  constructor(readonly id: string, readonly mtime: number) {}

  has(path: string): boolean {
    return this.entries.has(path);
  }

  get(path: string): BEntry | undefined {
    return this.entries.get(path);
  }

  private parents(path: string): void {
    const parts = path.split('/').filter(Boolean);
    let p = '';
    for (let i = 0; i < parts.length - 1; i++) {
      p += '/' + parts[i];
      if (!this.entries.has(p) && !this.lower.has(p)) this.entries.set(p, { type: 'dir', mode: 0o755, uid: 0, gid: 0 });
    }
  }

  dir(path: string, o: Owner = {}): this {
    if (path === '/') return this;
    this.parents(path);
    this.entries.set(path, { type: 'dir', mode: o.mode ?? 0o755, uid: o.uid ?? 0, gid: o.gid ?? 0 });
    return this;
  }

  /** A synthetic file; an executable in a bin directory becomes program `exe:<basename>`. */
  file(path: string, size: number, o: Owner & { program?: string } = {}): this {
    this.parents(path);
    const mode = o.mode ?? 0o644;
    let program = o.program;
    if (program === undefined && mode & 0o111 && BIN_DIRS.test(path)) program = path.slice(path.lastIndexOf('/') + 1);
    this.entries.set(path, { type: 'file', mode, uid: o.uid ?? 0, gid: o.gid ?? 0, size, program });
    return this;
  }

  text(path: string, text: string, o: Owner = {}): this {
    this.parents(path);
    this.entries.set(path, { type: 'text', mode: o.mode ?? 0o644, uid: o.uid ?? 0, gid: o.gid ?? 0, text });
    return this;
  }

  symlink(path: string, target: string): this {
    this.parents(path);
    this.entries.set(path, { type: 'symlink', target });
    return this;
  }

  hardlink(path: string, target: string, o: Owner = {}): this {
    this.parents(path);
    this.entries.set(path, { type: 'hardlink', target, mode: o.mode ?? 0o644, uid: o.uid ?? 0, gid: o.gid ?? 0 });
    return this;
  }

  whiteout(path: string): this {
    this.parents(path);
    this.entries.set(path, { type: 'whiteout' });
    return this;
  }

  /** Removes a path and everything under it. */
  remove(path: string): this {
    for (const p of [...this.entries.keys()]) if (p === path || p.startsWith(path + '/')) this.entries.delete(p);
    return this;
  }

  /** Bytes of file content (what LayerStore counts as the layer's size). */
  size(): number {
    let n = 0;
    for (const e of this.entries.values()) {
      if (e.type === 'file') n += e.size;
      else if (e.type === 'text') n += new TextEncoder().encode(e.text).length;
    }
    return n;
  }

  /**
   * Scales the sizes of synthetic non-program files so the layer's size is `target`: what no
   * package list here gives (caches, databases, files of packages we approximate) is spread over
   * the files that are there, keeping each file's share.
   */
  scaleTo(target: number): this {
    const fixed = this.size() - this.scalable();
    const scalable = this.scalable();
    if (scalable === 0) return this;
    const k = (target - fixed) / scalable;
    if (k <= 0) throw new Error(`layer ${this.id}: cannot scale to ${target}`);
    let rest = target - fixed;
    const files = [...this.entries.values()].filter((e): e is Extract<BEntry, { type: 'file' }> => e.type === 'file' && !e.program);
    files.forEach((e, i) => {
      const s = i === files.length - 1 ? rest : Math.round(e.size * k);
      e.size = Math.max(0, s);
      rest -= e.size;
    });
    return this;
  }

  private scalable(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.type === 'file' && !e.program) n += e.size;
    return n;
  }

  encode(facts: CatalogLayerFile['facts']): CatalogLayerFile {
    const byDir = new Map<string, string[]>();
    const dirs = new Set<string>();
    for (const [p, e] of this.entries) {
      if (e.type === 'dir') dirs.add(p);
      else {
        const d = p.slice(0, p.lastIndexOf('/')) || '/';
        byDir.set(d, [...(byDir.get(d) ?? []), p]);
      }
    }
    const all = [...new Set([...dirs, ...byDir.keys()])].sort();
    const lines: string[] = [];
    const texts: Record<string, string> = {};
    const own = (o: { mode: number; uid: number; gid: number }, dflt: number) => {
      const m = o.mode === dflt ? '' : o.mode.toString(8);
      const u = o.uid === 0 && o.gid === 0 ? '' : `${o.uid}:${o.gid}`;
      return u ? [m, u] : m ? [m] : [];
    };
    for (const d of all) {
      const de = this.entries.get(d);
      if (de?.type === 'dir') lines.push(['d', d, ...own(de, 0o755)].join('\t'));
      else if (de?.type === 'opaque') lines.push(['c', d].join('\t'), 'o');
      else if (d !== '/' || byDir.has('/')) lines.push(['c', d].join('\t'));
      for (const p of (byDir.get(d) ?? []).sort()) {
        const e = this.entries.get(p)!;
        const name = p.slice(p.lastIndexOf('/') + 1);
        switch (e.type) {
          case 'file':
            lines.push((e.program ? ['x', name, String(e.size), e.program, ...own(e, 0o755)] : ['f', name, String(e.size), ...own(e, 0o644)]).join('\t'));
            break;
          case 'text':
            texts[p] = e.text;
            lines.push(['t', name, ...own(e, 0o644)].join('\t'));
            break;
          case 'symlink':
            lines.push(['l', name, e.target].join('\t'));
            break;
          case 'hardlink':
            lines.push(['h', name, e.target, ...own(e, 0o644)].join('\t'));
            break;
          case 'whiteout':
            lines.push(['w', name].join('\t'));
            break;
          case 'opaque':
            break;
          case 'dir':
            break;
        }
      }
    }
    return { v: 1, id: this.id, facts, mtime: this.mtime, lines: lines.join('\n') + '\n', texts };
  }
}
