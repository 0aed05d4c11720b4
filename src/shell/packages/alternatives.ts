import type { Vfs } from '../../engine/fs/vfs';
import type { DebAlternative } from './package-format';

const enc = new TextEncoder();
const ADMIN = '/var/lib/dpkg/alternatives';

interface Choice {
  path: string;
  priority: number;
  slaves: string[];
}

interface Group {
  mode: string;
  link: string;
  slaves: Array<[string, string]>;
  choices: Choice[];
}

/**
 * update-alternatives as maintainer scripts call it: the admin file
 * /var/lib/dpkg/alternatives/<name> (its text format: mode, link, slave name/link pairs, a blank
 * line, then path/priority/slave targets per choice), the /etc/alternatives/<name> symlink and
 * the generic link. In auto mode the highest priority wins, and a change is announced as
 * "using X to provide L (N) in auto mode".
 */
export class Alternatives {
  constructor(private readonly fs: Vfs, private readonly now: () => string) {}

  private read(name: string): Group | undefined {
    let text: string;
    try {
      text = new TextDecoder().decode(this.fs.readFile(`${ADMIN}/${name}`));
    } catch {
      return undefined;
    }
    const lines = text.split('\n');
    const g: Group = { mode: lines[0], link: lines[1], slaves: [], choices: [] };
    let i = 2;
    for (; lines[i] !== ''; i += 2) g.slaves.push([lines[i], lines[i + 1]]);
    i++;
    while (i < lines.length && lines[i] !== '') {
      const c: Choice = { path: lines[i], priority: Number(lines[i + 1]), slaves: [] };
      i += 2;
      for (let k = 0; k < g.slaves.length; k++) c.slaves.push(lines[i++] ?? '');
      g.choices.push(c);
    }
    return g;
  }

  private write(name: string, g: Group): void {
    const fs = this.fs;
    if (!g.choices.length) {
      if (fs.lstat(`${ADMIN}/${name}`)) fs.unlink(`${ADMIN}/${name}`);
      return;
    }
    const lines = [g.mode, g.link, ...g.slaves.flatMap(([n, l]) => [n, l]), ''];
    for (const c of g.choices) lines.push(c.path, String(c.priority), ...c.slaves);
    lines.push('', '');
    fs.writeFile(`${ADMIN}/${name}`, enc.encode(lines.join('\n')), { mode: 0o644 });
  }

  private best(g: Group): Choice | undefined {
    return [...g.choices].sort((a, b) => b.priority - a.priority)[0];
  }

  private current(name: string): string | undefined {
    try {
      return this.fs.readlink(`/etc/alternatives/${name}`);
    } catch {
      return undefined;
    }
  }

  private point(name: string, g: Group, c: Choice): void {
    this.relink(`/etc/alternatives/${name}`, c.path);
    this.relink(g.link, `/etc/alternatives/${name}`);
    g.slaves.forEach(([sn, sl], k) => {
      const target = c.slaves[k];
      if (target && this.fs.stat(target)) {
        this.relink(`/etc/alternatives/${sn}`, target);
        this.relink(sl, `/etc/alternatives/${sn}`);
      } else this.drop(sn, sl);
    });
  }

  private relink(path: string, target: string): void {
    const st = this.fs.lstat(path);
    if (st?.type === 'symlink' && this.fs.readlink(path) === target) return;
    if (st && st.type !== 'dir') this.fs.unlink(path);
    if (!st || st.type !== 'dir') this.fs.symlink(target, path);
  }

  private drop(name: string, link: string): void {
    for (const p of [`/etc/alternatives/${name}`, link]) if (this.fs.lstat(p)?.type === 'symlink') this.fs.unlink(p);
  }

  install(a: DebAlternative): string[] {
    if (!this.fs.stat(a.path)) return [];
    const g = this.read(a.name) ?? { mode: 'auto', link: a.link, slaves: a.slaves.map(([l, n]) => [n, l] as [string, string]), choices: [] };
    for (const [l, n] of a.slaves) if (!g.slaves.some(([sn]) => sn === n)) {
      g.slaves.push([n, l]);
      for (const c of g.choices) c.slaves.push('');
    }
    const choice: Choice = { path: a.path, priority: a.priority, slaves: g.slaves.map(([sn]) => a.slaves.find(([, n]) => n === sn)?.[2] ?? '') };
    g.choices = [...g.choices.filter((c) => c.path !== a.path), choice];
    const before = this.current(a.name);
    const best = this.best(g)!;
    this.write(a.name, g);
    this.log(`run with --install ${a.link} ${a.name} ${a.path} ${a.priority}`);
    if (g.mode === 'auto' && before !== best.path) {
      this.point(a.name, g, best);
      this.log(`link group ${a.name} updated to point to ${best.path}`);
      return [`update-alternatives: using ${best.path} to provide ${g.link} (${a.name}) in auto mode`];
    }
    return [];
  }

  remove(a: DebAlternative): string[] {
    const g = this.read(a.name);
    if (!g) return [];
    g.choices = g.choices.filter((c) => c.path !== a.path);
    this.write(a.name, g);
    this.log(`run with --remove ${a.name} ${a.path}`);
    const best = this.best(g);
    if (!best) {
      this.drop(a.name, g.link);
      for (const [sn, sl] of g.slaves) this.drop(sn, sl);
      return [];
    }
    if (this.current(a.name) === best.path) return [];
    this.point(a.name, g, best);
    return [`update-alternatives: using ${best.path} to provide ${g.link} (${a.name}) in auto mode`];
  }

  private log(s: string): void {
    if (this.fs.lstat('/var/log')) this.fs.writeFile('/var/log/alternatives.log', enc.encode(`update-alternatives ${this.now()}: ${s}\n`), { append: true, mode: 0o644 });
  }
}
