import type { Engine } from '../engine';
import { errors, isEngineError } from '../errors';
import { digestOf, createHasher } from '../digest';
import { readLayerTar } from '../layer/read-layer-tar';
import { LayerStore, type PreparedLayer } from '../stores/layer-store';
import { configFromBytes, configToBytes } from '../image/config-json';
import { familiarString, parseNormalizedNamed, refString } from '../reference';
import { path } from '../fs/path';
import { maybeGunzip, readArchive } from './read-archive';

/**
 * `docker load` as the classic store does it (moby image/tarexport/load.go): manifest.json
 * decides everything (index.json, repositories and v1 directories are ignored), so our save
 * format, Docker >= 25's and Docker <= 24's `<id>/layer.tar` layout all load. Each layer may be
 * gzip-compressed; its uncompressed bytes must hash to the config's diffID ("invalid diffID").
 * The config bytes are stored exactly as they came, so the image ID is sha256 of them.
 *
 * Sandbox limit: layers are kept as changesets whose canonical tar is their diffID. A layer
 * written by another tool (GNU tar pads and orders differently) re-serializes to other bytes;
 * then the config is rewritten with the canonical diffIDs and the image gets a new ID, which
 * `notes` says plainly. Daemon-side failures come back as stream errors, printed without the
 * "Error response from daemon" prefix, so they are thrown as client messages.
 */
export interface LoadResult {
  /** Lines for stdout, in Docker's order. */
  lines: string[];
  /** Sandbox notes for stderr (layers normalized, image ID changed). */
  notes: string[];
  ids: string[];
}

const dec = new TextDecoder();
const fail = (msg: string) => errors.clientMessage(msg);

interface ManifestItem {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
  Parent?: string;
}

export async function loadImage(engine: Engine, input: Uint8Array): Promise<LoadResult> {
  const tmp = `/var/lib/docker/tmp/docker-import-${Math.floor(engine.random() * 4294967296)}`;
  let files: Map<string, Uint8Array>;
  try {
    files = readArchive(input);
  } catch (e) {
    if (isEngineError(e)) throw e;
    // moby untars in a re-executed child (chrootarchive); its failure comes back wrapped.
    throw fail(`Error processing tar file(exit status 1): ${(e as Error).message}`);
  }
  const open = (name: string) => {
    const b = files.get(path.normalize('/' + name).slice(1));
    if (!b) throw fail(`open ${tmp}/${name}: no such file or directory`);
    return b;
  };
  // Without manifest.json moby falls back to the pre-1.10 loader, which needs "repositories".
  if (!files.has('manifest.json')) throw fail(`open ${tmp}/repositories: no such file or directory`);
  let manifest: ManifestItem[] | null;
  try {
    manifest = JSON.parse(dec.decode(open('manifest.json'))) as ManifestItem[] | null;
  } catch (e) {
    throw fail((e as Error).message);
  }
  if (manifest === null) throw fail('invalid manifest, manifest cannot be null (but can be [])');
  const out: LoadResult = { lines: [], notes: [], ids: [] };
  let idLines = '';
  let refCount = 0;
  for (const m of manifest) {
    let configBytes = open(m.Config);
    const config = configFromBytes(configBytes);
    if (config.os !== 'linux') throw fail(`cannot load ${config.os} image on linux`);
    const diffIds = config.rootfs.diff_ids;
    if (m.Layers.length !== diffIds.length) throw fail(`invalid manifest, layers length mismatch: expected ${m.Layers.length}, got ${diffIds.length}`);
    const prepared: PreparedLayer[] = [];
    for (let i = 0; i < diffIds.length; i++) {
      const have = engine.layer(diffIds[i]);
      if (have) {
        prepared.push({ record: have, changeset: await engine.layerChangeset(diffIds[i]) });
        continue;
      }
      const tar = maybeGunzip(open(m.Layers[i]));
      const h = await createHasher();
      h.update(tar);
      const actual = `sha256:${h.digest()}`;
      if (actual !== diffIds[i]) throw fail(`invalid diffID for layer ${i}: expected "${diffIds[i]}", got "${actual}"`);
      prepared.push(await LayerStore.prepare(readLayerTar(tar)));
    }
    const canonical = prepared.map((p) => p.record.diffId);
    if (canonical.some((d, i) => d !== diffIds[i])) {
      const originalId = await digestOf(configBytes);
      configBytes = configToBytes({ ...config, rootfs: { type: 'layers', diff_ids: canonical } });
      out.notes.push(`layerlab: the layers of ${originalId} were re-packed in the sandbox's canonical tar form, so the image ID is ${await digestOf(configBytes)} here`);
    }
    const refs = (m.RepoTags ?? []).map((t) => {
      const r = parseNormalizedNamed(t);
      if (r.tag === undefined) throw fail(`invalid tag "${t}"`);
      return r;
    });
    const previous = new Map<string, string>();
    for (const img of engine.imageList()) for (const t of img.repoTags) previous.set(t, img.id);
    const parent = m.Parent && engine.imageList().some((i) => i.id === m.Parent) ? m.Parent : '';
    const id = await engine.imageStoreRaw(configBytes, prepared, refs.map(refString), parent);
    out.ids.push(id);
    idLines += `Loaded image ID: ${id}\n`;
    refCount = 0;
    for (const r of refs) {
      const prev = previous.get(refString(r));
      if (prev && prev !== id) out.lines.push(`The image ${familiarString(r)} already exists, renaming the old one with ID ${prev} to empty string`);
      out.lines.push(`Loaded image: ${familiarString(r)}`);
      refCount++;
    }
  }
  // load.go prints every "Loaded image ID" line only when the LAST image had no tags.
  if (refCount === 0) out.lines.push(...idLines.split('\n').filter(Boolean));
  return out;
}
