import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Catalog } from '../../../src/engine/registry/catalog';

/** The committed catalog, read from public/catalog/ as the page would fetch it. */
export const CATALOG_DIR = join(import.meta.dirname, '../../../public/catalog');

export function committedCatalog(): Catalog {
  return new Catalog(async (path) => JSON.parse(await readFile(join(CATALOG_DIR, path), 'utf8')));
}
