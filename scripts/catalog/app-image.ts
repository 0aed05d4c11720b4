import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dockerfileHistory } from './dockerfile-history';
import { LayerBuilder } from './layer-builder';
import { writeImage, writeLayer } from './catalog-writer';
import type { CatalogLayerFacts } from '../../src/engine/registry/catalog-format';
import type { ContainerConfig, HistoryEntry } from '../../src/engine/image/image-config';

/**
 * An official image built FROM a catalog image by its real Dockerfile: the base's history and
 * layers, then one history entry per instruction (BuildKit's texts) and one layer per
 * RUN/COPY/ADD/WORKDIR, in order (WORKDIR's is the shared empty layer: its directory exists). COPY layers of small files are made here from the files kept beside
 * the Dockerfile; RUN layers come from the caller (`run[i]` for the i-th RUN).
 */
export const SOURCES = join(import.meta.dirname, 'sources');

export function source(dir: string, name: string): string {
  return readFileSync(join(SOURCES, dir, name), 'utf8');
}

export interface AppImage {
  repository: string;
  key: string;
  tags: string[];
  /** scripts/catalog/sources/<dir>/Dockerfile and the COPY sources. */
  dir: string;
  created: string;
  base: { config: ContainerConfig; history: HistoryEntry[]; layers: CatalogLayerFacts[] };
  run: Array<Promise<CatalogLayerFacts> | (() => Promise<CatalogLayerFacts>)>;
  buildArgs?: Record<string, string>;
  dockerfile?: string;
}

export async function appImage(a: AppImage): Promise<void> {
  const { config, steps } = await dockerfileHistory(a.dockerfile ?? source(a.dir, 'Dockerfile'), a.base.config, a.created, a.buildArgs);
  const layers = [...a.base.layers];
  const mtime = Date.parse(a.created) / 1000;
  let runs = 0;
  for (const s of steps) {
    if (s.cmd === 'run') {
      const r = a.run[runs++];
      if (!r) throw new Error(`${a.key}: no layer for RUN #${runs}`);
      layers.push(await (typeof r === 'function' ? r() : r));
    } else if (s.cmd === 'workdir') {
      layers.push(await writeLayer(new LayerBuilder('empty', 0)));
    } else if (s.cmd === 'copy' || s.cmd === 'add') {
      // named by content, so the same file copied the same way is one shared layer (node:22 and :20)
      const id = `copy-${createHash('sha256').update(JSON.stringify([a.dir, s.args, mtime])).digest('hex').slice(0, 12)}`;
      layers.push(await writeLayer(copyLayer(id, mtime, a.dir, s.args)));
    }
  }
  if (runs !== a.run.length) throw new Error(`${a.key}: ${a.run.length} RUN layers given for ${runs} RUN steps`);
  await writeImage({ repository: a.repository, key: a.key, tags: a.tags, config, history: [...a.base.history, ...steps.map((s) => s.history)], layers });
}

/** COPY src... dest: one file into a directory (dest ends in / or names an existing dir) or to a path. */
function copyLayer(id: string, mtime: number, dir: string, args: string[]): LayerBuilder {
  const b = new LayerBuilder(id, mtime);
  const flags = args.filter((x) => x.startsWith('--'));
  const [dest, ...srcs] = args.filter((x) => !x.startsWith('--')).reverse();
  const chmod = flags.find((f) => f.startsWith('--chmod='));
  for (const src of srcs.reverse()) {
    const name = src.replace(/^\.\//, '');
    const base = name.slice(name.lastIndexOf('/') + 1);
    // a destination named like a file ("config.yml") is the file; "/docker-entrypoint.d" is a directory
    const intoDir = dest.endsWith('/') || srcs.length > 1 || /\.d$/.test(dest) || !/\.[a-z]+$/.test(dest.slice(dest.lastIndexOf('/') + 1));
    const to = intoDir ? `${dest.replace(/\/$/, '')}/${base}` : dest;
    const text = source(dir, base);
    const mode = chmod ? parseInt(chmod.slice(8), 8) : text.startsWith('#!') ? 0o755 : 0o644;
    b.text(to.replace(/^\/\//, '/'), text, { mode });
  }
  return b;
}
