import type { Entry } from '../../engine/layer/entry';
import { decodeCatalogLayer } from '../../engine/registry/catalog-layer';
import type { PackageFilesFile } from './package-format';

/**
 * The package database holds Debian file lists; CentOS and Alpine packages install the same
 * files under their own distribution's paths (the runtime twin of scripts/catalog/rpm-rootfs.ts):
 * - Red Hat: /lib/x86_64-linux-gnu -> /lib64, merged /usr from CentOS 7 on (/bin -> /usr/bin);
 * - Alpine: no multiarch directories (/usr/lib/x86_64-linux-gnu -> /usr/lib);
 * - both: docs, man pages and translations are left out (yum's tsflags=nodocs in the CentOS
 *   images; Alpine ships them in separate -doc packages), Debian's packaging files too;
 * - Debian's alternative names become the real command names (vim.basic is /usr/bin/vim).
 */
export type DistroLayout = 'rpm' | 'rpm-merged' | 'apk';

const SKIP = [/^\/usr\/share\/(doc|man|info|locale|lintian|bug|bash-completion|doc-base)(\/|$)/, /^\/etc\/(dpkg|apt)(\/|$)/, /^\/usr\/share\/debhelper(\/|$)/];
const RENAMES: Record<string, string> = { '/usr/bin/vim.basic': '/usr/bin/vim', '/usr/bin/vim.tiny': '/usr/bin/vi' };

function mapPath(p: string, layout: DistroLayout): string {
  let q = p;
  if (layout === 'apk') q = q.replace(/^(\/usr)?\/lib\/x86_64-linux-gnu(\/|$)/, '$1/lib$2');
  else {
    q = q.replace(/^\/lib\/x86_64-linux-gnu(\/|$)/, '/lib64$1').replace(/^\/usr\/lib\/x86_64-linux-gnu(\/|$)/, '/usr/lib64$1');
    if (layout === 'rpm-merged') q = q.replace(/^\/(bin|sbin|lib|lib64)(\/|$)/, '/usr/$1$2');
  }
  return RENAMES[q] ?? q;
}

const retarget = (t: string, layout: DistroLayout) =>
  layout === 'apk' ? t.replace(/\/lib\/x86_64-linux-gnu\//g, '/lib/').replace(/^x86_64-linux-gnu\//, '') : t.replace(/\/lib\/x86_64-linux-gnu\//g, '/lib64/').replace(/^x86_64-linux-gnu\//, '').replace(/^vim\.basic$/, 'vim');

export const DistroPaths = {
  /** The package's entries as the distribution lays them out (parents before children). */
  entries(files: PackageFilesFile, layout: DistroLayout): Entry[] {
    const out = new Map<string, Entry>();
    for (const e of decodeCatalogLayer(files)) {
      if (e.type === 'whiteout' || e.type === 'opaque') continue;
      if (SKIP.some((r) => r.test(e.path))) continue;
      if (e.type === 'dir' && /^\/(bin|sbin|lib|lib64)$/.test(e.path) && layout === 'rpm-merged') continue;
      const path = mapPath(e.path, layout);
      if (e.type === 'symlink') out.set(path, { ...e, path, target: retarget(e.target, layout) });
      else if (e.type === 'hardlink') out.set(path, { ...e, path, target: mapPath(e.target, layout) });
      else out.set(path, { ...e, path });
    }
    // a symlink the rename made point at itself (vim -> vim) is Debian's alternative link: drop it
    for (const [p, e] of out) if (e.type === 'symlink' && p.endsWith('/' + e.target)) out.delete(p);
    return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },

  /** The paths a package owns (what `rpm -ql` lists): files and links, not shared directories. */
  owned(entries: Entry[]): string[] {
    return entries.filter((e) => e.type !== 'dir').map((e) => e.path);
  },
};
