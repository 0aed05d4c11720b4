import type { EngineState } from './engine-state';
import type { ContainerConfig } from './image/image-config';
import { appendLayer, withAuthor, withConfig } from './image/mutate';
import { configToBytes } from './image/config-json';
import { sha256Hex } from './digest';
import { rfc3339 } from './clock';
import { LayerStore } from './stores/layer-store';
import type { ImageRecord } from './stores/image-store';
import type { ContainerRecord } from './stores/container-store';
import { containerFs, isRuntimePath } from './container-fs';
import { parseNormalizedNamed, refString, tagNameOnly } from './reference';
import type { WriteOp } from '../storage/store';

export interface CommitOptions {
  reference?: string;
  comment?: string;
  author?: string;
  /** Config changes from `-c` (already parsed into config fields by the CLI). */
  changes?: Partial<ContainerConfig>;
}

/**
 * `docker commit` (moby image_commit.go): the writable layer, minus runtime files, becomes a new
 * layer on top of the container's image; the history entry's created_by is the container's Cmd
 * joined with spaces; an empty diff records `empty_layer` and adds no diff_id. Layer, image and
 * tag are stored in one transaction.
 */
export async function containerCommit(state: EngineState, c: ContainerRecord, o: CommitOptions): Promise<string> {
  const ref = o.reference ? refString(tagNameOnly(parseNormalizedNamed(o.reference))) : undefined;
  const fs = await containerFs(state, c);
  const upper = fs.upper().filter((e) => !isRuntimePath(e.path));
  const base = state.images.get(c.image);
  const now = rfc3339(state.clock.now());
  const layer = upper.length ? await LayerStore.prepare(upper) : undefined;
  const containerConfig: ContainerConfig = pick({ ...c.config, ...(o.changes ?? {}) });
  let cfg = base?.config ?? { architecture: 'amd64', os: 'linux', config: {}, history: [], rootfs: { type: 'layers' as const, diff_ids: [...c.layers] } };
  cfg = withConfig(cfg, containerConfig);
  cfg = withAuthor(cfg, o.author);
  cfg = appendLayer(cfg, layer?.record.diffId, {
    created: now,
    created_by: (c.config.Cmd ?? []).join(' '),
    author: o.author || undefined,
    comment: o.comment || undefined,
  });
  cfg = { ...cfg, created: now, container: c.id };
  const configBytes = configToBytes(cfg);
  const id = `sha256:${await sha256Hex(configBytes)}`;
  const rec: ImageRecord = { id, configBytes, parent: c.image, repoDigests: [], stored: now };
  const ops: WriteOp[] = [...(layer ? state.layers.putOps(layer) : []), ...state.images.putOps(rec)];
  const previous = ref ? state.refs.get(ref) : undefined;
  if (ref) ops.push(...state.refs.putOps(ref, id));
  await state.commit(ops, () => {
    if (layer) state.layers.added(layer);
    state.images.added(rec);
    if (ref) state.refs.set(ref, id);
  });
  state.events.emit({ type: 'imageCreated', id });
  if (ref) {
    if (previous && previous !== id) state.events.emit({ type: 'imageUntagged', id: previous, ref });
    state.events.emit({ type: 'imageTagged', id, ref });
  }
  return id;
}

/** The image-relevant part of a container's config (what Docker carries into the new image). */
function pick(cc: ContainerRecord['config']): ContainerConfig {
  const out: ContainerConfig = {
    Hostname: cc.Hostname,
    User: cc.User,
    ExposedPorts: cc.ExposedPorts,
    Env: cc.Env,
    Entrypoint: cc.Entrypoint,
    Cmd: cc.Cmd,
    Volumes: cc.Volumes,
    WorkingDir: cc.WorkingDir,
    Labels: cc.Labels,
    OnBuild: cc.OnBuild,
    StopSignal: cc.StopSignal,
    Shell: cc.Shell,
  };
  for (const k of Object.keys(out) as (keyof ContainerConfig)[]) if (out[k] === undefined) delete out[k];
  return out;
}
