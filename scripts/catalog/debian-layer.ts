import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LayerBuilder } from './layer-builder';
import { addPackageFiles, dpkgInfoFiles, statusStanza } from './debian-rootfs';
import { dependencyClosure, downloadAll } from './debian-packages';
import { OUT } from './catalog-writer';

/**
 * The layer an `apt-get install --no-install-recommends` RUN leaves on a Debian image: the new
 * packages' files (the slim image's dpkg path excludes apply: /etc/dpkg/dpkg.cfg.d/docker), the
 * whole dpkg status rewritten with them, their .list/.md5sums, and the caches and logs apt and
 * dpkg touch. `installed` is the lower image's package list.
 */
export interface PackagesLayerOptions {
  id: string;
  mtime: number;
  installed: string[];
  /** Roots; their dependency closure over `installed` is installed. */
  install: string[];
  slim: boolean;
}

export function debianPackagesLayer(o: PackagesLayerOptions): { b: LayerBuilder; added: string[] } {
  const have = new Set(o.installed);
  const added = dependencyClosure(o.install, have);
  downloadAll(added);
  const b = new LayerBuilder(o.id, o.mtime);
  const lists = new Map<string, string[]>();
  for (const pkg of added) lists.set(pkg, addPackageFiles(b, pkg, o.slim));
  b.text('/var/lib/dpkg/status', [...new Set([...o.installed, ...added])].sort().map(statusStanza).join('\n\n') + '\n');
  // dpkg's backup of the previous status: its size only, to keep the catalog small
  b.file('/var/lib/dpkg/status-old', new TextEncoder().encode(o.installed.map(statusStanza).join('\n\n') + '\n').length);
  dpkgInfoFiles(b, lists);
  b.file('/etc/ld.so.cache', 9000 + (o.installed.length + added.length) * 120);
  b.file('/var/cache/debconf/config.dat', 18000 + added.length * 40);
  b.file('/var/cache/debconf/templates.dat', 900000 + added.length * 800);
  b.file('/var/log/dpkg.log', 60000 + (o.installed.length + added.length) * 1600);
  b.file('/var/log/apt/history.log', 400 + added.length * 60);
  b.file('/var/log/apt/term.log', 1200 + added.length * 300);
  b.file('/var/log/apt/eipp.log.xz', 17000);
  b.dir('/var/lib/apt/lists').dir('/var/lib/apt/lists/partial', { mode: 0o700, uid: 42, gid: 0 });
  return { b, added };
}

/** A text file of an already written catalog layer (the base's /etc/passwd, say). */
export function layerText(id: string, path: string): string {
  const file = JSON.parse(readFileSync(join(OUT, 'layers', id + '.json'), 'utf8')) as { texts: Record<string, string> };
  const t = file.texts[path];
  if (t === undefined) throw new Error(`${id}: no text ${path}`);
  return t;
}

/** /etc/passwd, group, shadow and gshadow with one system user added (groupadd/useradd --system). */
export function addSystemUser(b: LayerBuilder, baseId: string, user: { name: string; uid: number; gid: number; gecos: string; home: string; shell: string }, days: number): void {
  b.text('/etc/passwd', layerText(baseId, '/etc/passwd') + `${user.name}:x:${user.uid}:${user.gid}:${user.gecos}:${user.home}:${user.shell}\n`);
  b.text('/etc/group', layerText(baseId, '/etc/group') + `${user.name}:x:${user.gid}:\n`);
  b.text('/etc/shadow', layerText(baseId, '/etc/shadow') + `${user.name}:!:${days}::::::\n`, { mode: 0o640, gid: 42 });
  b.text('/etc/gshadow', layerText(baseId, '/etc/gshadow') + `${user.name}:!::\n`, { mode: 0o640, gid: 42 });
  for (const p of ['/etc/passwd-', '/etc/group-']) b.text(p, layerText(baseId, p.slice(0, -1)));
}
