import type { Entry } from './entry';

/**
 * The name an entry has in a layer tar, Docker style: relative, no "./", directories end in
 * "/", whiteouts are "<dir>/.wh.<name>", opaque markers "<dir>/.wh..wh..opq" (image-spec
 * layer.md). The root directory itself, which Docker never writes, is "./".
 */
export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_NAME = '.wh..wh..opq';

export function tarName(e: Entry): string {
  const rel = e.path.slice(1);
  switch (e.type) {
    case 'dir':
      return rel === '' ? './' : `${rel}/`;
    case 'opaque':
      return rel === '' ? OPAQUE_NAME : `${rel}/${OPAQUE_NAME}`;
    case 'whiteout': {
      const i = rel.lastIndexOf('/');
      return `${rel.slice(0, i + 1)}${WHITEOUT_PREFIX}${rel.slice(i + 1)}`;
    }
    default:
      return rel;
  }
}
