import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FetchJson } from '../src/engine/registry/catalog';

/**
 * The official image catalog read from public/catalog/ (as the page fetches it), or from
 * LAYERLAB_CATALOG when set (a catalog elsewhere, e.g. one extracted from another commit).
 */
export function catalogFromDisk(root: string): FetchJson {
  const dir = process.env.LAYERLAB_CATALOG ?? join(root, 'public/catalog');
  return async (p: string) => JSON.parse(await readFile(join(dir, p), 'utf8'));
}
