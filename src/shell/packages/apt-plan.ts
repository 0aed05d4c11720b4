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

/**
 * apt's package lists (ShowList in apt-private/private-output.h): names after a two-space indent,
 * a new line when the names so far plus the next one reach ScreenWidth - 3. ScreenWidth is the
 * terminal's columns - 1 (for the cursor), 79 off a terminal or below 5 columns (InitOutput).
 */
export function showList(title: string, names: string[], columns: number | undefined): string {
  if (!names.length) return '';
  const screen = (columns !== undefined && columns >= 5 ? columns - 1 : 79) - 3;
  let out = title;
  let used = 0;
  for (const n of names) {
    if (used === 0 || used + n.length >= screen) {
      out += '\n  ';
      used = 0;
    } else {
      out += ' ';
      used++;
    }
    out += n;
    used += n.length;
  }
  return out + '\n';
}
