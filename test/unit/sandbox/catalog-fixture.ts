import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../../../src/engine/registry/catalog';
import { LayerStore } from '../../../src/engine/stores/layer-store';
import { configToBytes } from '../../../src/engine/image/config-json';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { PipeTerminal } from '../../../src/terminal/pipe-terminal';

const root = fileURLToPath(new URL('../../../public/catalog/', import.meta.url));
export const catalog = new Catalog(async (p) => JSON.parse(readFileSync(root + p, 'utf8')));

/** Puts a catalog image into the sandbox's engine as a pull would (same config bytes, same layers). */
export async function loadImage(sb: Sandbox, name: string, tag = 'latest'): Promise<string> {
  const img = await catalog.find(name, tag);
  if (!img) throw new Error(`no ${name}:${tag} in the catalog`);
  const layers = await Promise.all(img.layers.map(async (l) => LayerStore.prepare(await catalog.changeset(l.id))));
  return sb.engine.imageStoreRaw(configToBytes(img.config), layers, [`${name}:${tag}`]);
}

export async function sandboxWith(...images: string[]): Promise<Sandbox> {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(11) });
  for (const i of images) await loadImage(sb, ...(i.split(':') as [string, string?]));
  return sb;
}

/** What the piped REPL shows for `script` (no prompts, no echo). */
export async function piped(sb: Sandbox, script: string): Promise<string> {
  let out = '';
  async function* lines() {
    for (const l of script.split('\n')) yield l;
  }
  await sb.runTerminal(new PipeTerminal(lines(), (s) => (out += s)));
  return out;
}
