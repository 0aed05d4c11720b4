import type { Content } from '../../engine/layer/entry';

/** One line of a file-tree explorer. */
export interface FileRow {
  path: string;
  name: string;
  depth: number;
  type: 'dir' | 'file' | 'symlink' | 'hardlink' | 'whiteout' | 'opaque';
  /** A/C/D as `docker diff` says it; "" in a merged view. */
  change: 'A' | 'C' | 'D' | '';
  /** Index (from the base, 0) of the layer the entry comes from, in a merged view. */
  origin?: number;
  /** Link target of a symlink or hardlink. */
  target?: string;
  content?: Content;
}
