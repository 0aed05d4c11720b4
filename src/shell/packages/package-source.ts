import type { DistrosFile, PackageFilesFile, PackageIndexFile } from './package-format';

/**
 * Where the package database (public/packages/, package-format.ts) comes from: fetched on the
 * first package-manager run, never in the page's initial bundle. The page fetches
 * `<base>packages/<path>`; Node (tests, the REPL) installs a file reader with setPackageFetch.
 */
export type PackageFetch = (path: string) => Promise<unknown>;

const viteBase = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
let fetchJson: PackageFetch = async (path) => {
  const r = await fetch(`${viteBase}packages/${path}`);
  if (!r.ok) throw new Error(`package database: ${path}: HTTP ${r.status}`);
  return r.json();
};

let index: Promise<PackageIndexFile> | undefined;
let distros: Promise<DistrosFile> | undefined;
const files = new Map<string, Promise<PackageFilesFile>>();

export const PackageSource = {
  /** Replaces the loader (and forgets what was loaded). */
  setFetch(f: PackageFetch): void {
    fetchJson = f;
    index = undefined;
    distros = undefined;
    files.clear();
  },
  index(): Promise<PackageIndexFile> {
    index ??= fetchJson('debian/index.json') as Promise<PackageIndexFile>;
    return index;
  },
  distros(): Promise<DistrosFile> {
    distros ??= fetchJson('distros.json') as Promise<DistrosFile>;
    return distros;
  },
  files(name: string): Promise<PackageFilesFile> {
    let p = files.get(name);
    if (!p) {
      p = fetchJson(`debian/files/${name}.json`) as Promise<PackageFilesFile>;
      files.set(name, p);
    }
    return p;
  },
};
