import type { DebPackage, PackageIndexFile } from './package-format';
import type { DpkgDb } from './dpkg-db';

/**
 * apt's install resolution over the package database: Depends, Pre-Depends and Recommends
 * (installed by default, as in the official images), the first alternative that is already
 * satisfied or available, virtual names through Provides; dependencies come before their
 * dependents (unpack order).
 */
export function planInstall(index: PackageIndexFile, db: DpkgDb, requested: string[]): string[] {
  const providers = new Map<string, string>();
  for (const [n, p] of Object.entries(index.packages)) for (const v of p.provides) if (!providers.has(v)) providers.set(v, n);
  const order: string[] = [];
  const seen = new Set<string>();
  const satisfied = (n: string) => seen.has(n) || db.satisfies(n) || (providers.has(n) && seen.has(providers.get(n)!));
  const visit = (name: string) => {
    if (seen.has(name) || db.isInstalled(name)) return;
    const p: DebPackage | undefined = index.packages[name];
    if (!p) return;
    seen.add(name);
    for (const alts of [...p.depends, ...p.recommends]) {
      if (alts.some(satisfied)) continue;
      const pick = alts.find((a) => index.packages[a]) ?? alts.map((a) => providers.get(a)).find((x): x is string => !!x);
      if (pick) visit(pick);
    }
    order.push(name);
  };
  for (const r of requested) visit(r);
  return order;
}

/** apt's package lists: names wrapped at the screen width with a two-space indent. */
export function showList(title: string, names: string[], width = 80): string {
  if (!names.length) return '';
  const lines: string[] = [];
  let cur = ' ';
  for (const n of names) {
    if (cur.length + 1 + n.length > width - 1 && cur.trim()) {
      lines.push(cur);
      cur = ' ';
    }
    cur += ' ' + n;
  }
  lines.push(cur);
  return `${title}\n${lines.join('\n')}\n`;
}
