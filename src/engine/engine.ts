import type { Store } from '../storage/store';
import { systemClock, type Clock } from './clock';
import { systemRandom, type RandomSource } from './random';
import { EventBus, type Listener } from './events';
import { noExecutor, type ExecIO, type Executor } from './executor';
import { EngineState, type RunningProcess } from './engine-state';
import { errors, isEngineError } from './errors';
import type { Changeset } from './layer/entry';
import type { ImageConfig } from './image/image-config';
import { appendLayer, EMPTY_IMAGE } from './image/mutate';
import { configToBytes } from './image/config-json';
import { LayerStore, type PreparedLayer } from './stores/layer-store';
import type { Image } from './stores/image-store';
import type { ContainerRecord } from './stores/container-store';
import { lookupImage } from './image-lookup';
import { imageHistory, type HistoryRow } from './image-history';
import { imagePut } from './image-put';
import { lookupContainer } from './container-lookup';
import { imageDelete, type DeleteRecord } from './image-delete';
import { containerCreate, type ContainerCreateOptions } from './container-create';
import { containerSettle, containerStart, containerStop } from './container-run';
import { containerCommit, type CommitOptions } from './container-commit';
import { containerFs } from './container-fs';
import { containerExec, type ContainerExecOptions } from './container-exec';
import type { LogLine } from './container-logs';
import { containerArchivePath, containerExtract } from './container-copy';
import type { Vfs } from './fs/vfs';
import { diskUsage, type DiskUsage } from './disk-usage';
import type { CowFs } from './fs/cow-fs';
import type { SandboxNetwork } from './network/sandbox-network';
import type { ContainerProcess, ContainerProcesses } from './container-processes';
import { parseNormalizedNamed, refString, tagNameOnly } from './reference';

export interface EngineOptions {
  store: Store;
  clock?: Clock;
  random?: RandomSource;
  executor?: Executor;
}

export interface ImageSummary {
  id: string;
  parentId: string;
  repoTags: string[];
  repoDigests: string[];
  created: string;
  size: number;
  containers: number;
}

export type { HistoryRow } from './image-history';

export interface ImportOptions {
  /** Base config (Cmd, Env, ...); history and rootfs are built from `layers`. */
  config: ImageConfig;
  tags?: string[];
  parent?: string;
}

/**
 * The simulated Docker daemon (DESIGN.md "engine.ts"): one method per Engine API operation,
 * options in, result out, DOM-free. State lives in the Store; every write is one transaction.
 */
export class Engine {
  readonly #s: EngineState;
  readonly #events = new EventBus();

  private constructor(o: EngineOptions) {
    this.#s = new EngineState(o.store, o.clock ?? systemClock, o.random ?? systemRandom, this.#events, o.executor ?? noExecutor);
  }

  static async open(o: EngineOptions): Promise<Engine> {
    const e = new Engine(o);
    await e.#s.load();
    await e.#recover();
    return e;
  }

  /** A container that was running when the page closed has exited (as after a daemon restart). */
  async #recover(): Promise<void> {
    for (const c of this.#s.containers.all()) {
      if (!c.state.Running) continue;
      const ended: ContainerRecord = { ...c, state: { ...c.state, Status: 'exited', Running: false, Pid: 0, ExitCode: 255, FinishedAt: c.state.StartedAt } };
      await this.#s.commit(this.#s.containers.putOps(ended), () => this.#s.containers.set(ended));
    }
  }

  set executor(x: Executor) {
    this.#s.executor = x;
  }

  get clock(): Clock {
    return this.#s.clock;
  }

  get random(): RandomSource {
    return this.#s.random;
  }

  on(listener: Listener): () => void {
    return this.#events.on(listener);
  }

  get listenerCount(): number {
    return this.#events.size;
  }

  // ---- images ----

  imageList(): ImageSummary[] {
    const s = this.#s;
    return s.images.all().map((img) => ({
      id: img.id,
      parentId: img.parent,
      repoTags: s.refs.refsOf(img.id).filter((r) => !r.includes('@')),
      repoDigests: [...img.repoDigests],
      created: img.config.created ?? '',
      size: this.imageSize(img),
      containers: s.containers.all().filter((c) => c.image === img.id).length,
    }));
  }

  imageSize(img: Image): number {
    return img.config.rootfs.diff_ids.reduce((n, d) => n + (this.#s.layers.get(d)?.size ?? 0), 0);
  }

  imageGet(refOrId: string): Image {
    return lookupImage(this.#s, refOrId);
  }

  imageRefs(id: string): string[] {
    return this.#s.refs.refsOf(id);
  }

  layer(diffId: string) {
    return this.#s.layers.get(diffId);
  }

  layerChangeset(diffId: string): Promise<Changeset> {
    return this.#s.layers.changeset(diffId);
  }

  /** Rows newest first, pairing history entries with layers in order (docker history). */
  imageHistory(refOrId: string): HistoryRow[] {
    return imageHistory(this.#s, refOrId);
  }

  async imageTag(source: string, target: string): Promise<void> {
    const img = lookupImage(this.#s, source);
    const ref = refString(tagNameOnly(parseNormalizedNamed(target)));
    const previous = this.#s.refs.get(ref);
    await this.#s.commit(this.#s.refs.putOps(ref, img.id), () => this.#s.refs.set(ref, img.id));
    if (previous && previous !== img.id) this.#events.emit({ type: 'imageUntagged', id: previous, ref });
    this.#events.emit({ type: 'imageTagged', id: img.id, ref });
  }

  imageDelete(refOrId: string, o: { force?: boolean; noPrune?: boolean } = {}): Promise<DeleteRecord[]> {
    return imageDelete(this.#s, refOrId, !!o.force, !o.noPrune);
  }

  /** Stores an image made of the given layers on top of nothing (catalog, load, import, builder). */
  async imageImport(layers: Changeset[], o: ImportOptions): Promise<string> {
    const prepared: PreparedLayer[] = [];
    for (const cs of layers) prepared.push(await LayerStore.prepare(cs));
    // rootfs comes from the layers themselves; history gets one entry per layer it lacks, so
    // the config keeps the invariant "non-empty history entries = diff_ids".
    const history = [...o.config.history];
    let missing = prepared.length - history.filter((h) => !h.empty_layer).length;
    while (missing-- > 0) history.push({ created: o.config.created, created_by: '' });
    const config: ImageConfig = { ...o.config, history, rootfs: { type: 'layers', diff_ids: prepared.map((p) => p.record.diffId) } };
    return this.imageStore(config, prepared, o.tags ?? [], o.parent ?? '');
  }

  /** Stores a finished config with its prepared layers and tags, in one transaction. */
  async imageStore(config: ImageConfig, layers: PreparedLayer[], tags: string[], parent = '', repoDigests: string[] = []): Promise<string> {
    return this.imageStoreRaw(configToBytes(config), layers, tags, parent, repoDigests);
  }

  /**
   * imageStore for config bytes that must be kept exactly as they came (docker load, import):
   * the image ID is sha256 of these bytes, so they are never re-serialized.
   */
  async imageStoreRaw(configBytes: Uint8Array, layers: PreparedLayer[], tags: string[], parent = '', repoDigests: string[] = []): Promise<string> {
    return imagePut(this.#s, configBytes, layers, tags, parent, repoDigests);
  }

  /** An image config for layers stacked on `base` (EMPTY_IMAGE for scratch). */
  static stack(base: ImageConfig, layers: Array<{ diffId: string | undefined; createdBy: string; created: string; comment?: string }>): ImageConfig {
    return layers.reduce((cfg, l) => appendLayer(cfg, l.diffId, { created: l.created, created_by: l.createdBy, comment: l.comment }), base ?? EMPTY_IMAGE);
  }

  // ---- containers ----

  containerList(o: { all?: boolean } = {}): ContainerRecord[] {
    // Newest first, as docker ps lists them.
    return this.#s.containers.all().filter((c) => o.all || c.state.Running).sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
  }

  containerGet(ref: string): ContainerRecord {
    return lookupContainer(this.#s, ref);
  }

  containerCreate(o: ContainerCreateOptions): Promise<ContainerRecord> {
    return containerCreate(this.#s, o);
  }

  /** Starts the container; with `io` its process is attached (await `.done` for the exit code). */
  async containerStart(ref: string, io?: ExecIO): Promise<RunningProcess> {
    return containerStart(this.#s, lookupContainer(this.#s, ref), io);
  }

  /** Waits until a just-started detached container has settled (container-run.ts containerSettle). */
  containerSettle(ref: string): Promise<void> {
    return containerSettle(this.#s, lookupContainer(this.#s, ref).id);
  }

  async containerWait(ref: string): Promise<number> {
    const c = lookupContainer(this.#s, ref);
    const p = this.#s.running.get(c.id);
    return p ? p.done : c.state.ExitCode;
  }

  async containerStop(ref: string): Promise<void> {
    await containerStop(this.#s, lookupContainer(this.#s, ref), 'stop');
  }

  async containerKill(ref: string): Promise<void> {
    let c: ContainerRecord;
    try {
      c = lookupContainer(this.#s, ref);
    } catch (e) {
      // moby's kill wraps every failure: "Cannot kill container: <name>: <cause>".
      if (isEngineError(e)) throw errors.cannotKillMissing(ref, e.message);
      throw e;
    }
    if (!c.state.Running) throw errors.cannotKill(ref, c.id);
    await containerStop(this.#s, c, 'kill');
  }

  containerExec(ref: string, o: ContainerExecOptions): Promise<number> {
    return containerExec(this.#s, lookupContainer(this.#s, ref), o);
  }

  /** The container's log so far; with `follow`, also each line written later until unsubscribed. */
  containerLogs(ref: string, follow?: (l: LogLine) => void): { lines: readonly LogLine[]; unfollow: () => void; done: Promise<number> | undefined } {
    const c = lookupContainer(this.#s, ref);
    const lines = [...this.#s.logs.lines(c.id)];
    const unfollow = follow ? this.#s.logs.follow(c.id, follow) : () => {};
    return { lines, unfollow, done: this.#s.running.get(c.id)?.done };
  }

  async containerRestart(ref: string): Promise<void> {
    const c = lookupContainer(this.#s, ref);
    await containerStop(this.#s, c, 'stop');
    await containerStart(this.#s, this.#s.containers.get(c.id)!);
  }

  async containerRename(ref: string, newName: string): Promise<void> {
    const s = this.#s;
    const c = lookupContainer(s, ref);
    const name = newName.replace(/^\//, '');
    const taken = s.containers.byName(name);
    if (taken) throw errors.renameConflict(name, taken.id);
    const renamed: ContainerRecord = { ...c, name };
    await s.commit(s.containers.putOps(renamed), () => s.containers.set(renamed));
    this.#events.emit({ type: 'containerChanged', id: c.id });
  }

  async containerRemove(ref: string, o: { force?: boolean } = {}): Promise<void> {
    const s = this.#s;
    const c = lookupContainer(s, ref);
    if (c.state.Running) {
      if (!o.force) throw errors.removeRunningContainer(ref.replace(/^\//, ''));
      await containerStop(s, c, 'kill');
    }
    if (!s.containers.get(c.id)) return; // --rm removed it while stopping
    await s.commit(s.containers.deleteOps(c.id), () => {
      s.containers.removed(c.id);
      s.liveFs.delete(c.id);
      s.logs.remove(c.id);
    });
    this.#events.emit({ type: 'containerRemoved', id: c.id });
  }

  async containerFs(ref: string): Promise<CowFs> {
    return containerFs(this.#s, lookupContainer(this.#s, ref));
  }

  async containerDiff(ref: string): Promise<Array<{ kind: 'A' | 'C' | 'D'; path: string }>> {
    return (await this.containerFs(ref)).diff();
  }

  /** `docker cp` out: the container's filesystem and the source path, which must exist. */
  containerArchivePath(ref: string, p: string): Promise<{ fs: Vfs; path: string }> {
    return containerArchivePath(this.#s, lookupContainer(this.#s, ref), ref, p);
  }

  /** `docker cp` in: `write` changes the container's filesystem; the change is stored before this resolves. */
  containerExtract<T>(ref: string, write: (fs: Vfs) => T): Promise<T> {
    return containerExtract(this.#s, lookupContainer(this.#s, ref), write);
  }

  /**
   * Connects `io` to a running container's process (docker attach). `done` resolves with the
   * container's exit code; `detach` leaves it running.
   */
  containerAttach(ref: string, io: ExecIO): { done: Promise<number>; detach: () => void } {
    const c = lookupContainer(this.#s, ref);
    const p = this.#s.running.get(c.id);
    if (!p?.attach) throw errors.attachStopped();
    return { done: p.done, detach: p.attach.attach(io) };
  }

  /** `docker system df` / `ps -s`: shared layers counted once, each container's writable-layer size. */
  diskUsage(): Promise<DiskUsage> {
    return diskUsage(this.#s);
  }

  containerCommit(ref: string, o: CommitOptions = {}): Promise<string> {
    return containerCommit(this.#s, lookupContainer(this.#s, ref), o);
  }

  /** `docker top`: the running container's processes. */
  containerTop(ref: string): ContainerProcess[] {
    const c = lookupContainer(this.#s, ref);
    if (!c.state.Running) throw errors.containerNotRunningCap(c.id);
    return this.#s.processes.list(c.id);
  }

  // ---- the sandbox ----

  /** The sandbox network (servers listen, clients connect; published ports). */
  get network(): SandboxNetwork {
    return this.#s.network;
  }

  /** Running containers' process tables (servers add workers and declare signal handlers). */
  get processes(): ContainerProcesses {
    return this.#s.processes;
  }

  /** The running container whose filesystem this is (a program finds its own container), if any. */
  containerOfFs(fs: unknown): string | undefined {
    for (const [id, f] of this.#s.liveFs) if (f === fs && this.#s.running.has(id)) return id;
    return undefined;
  }


  /** "Reset sandbox": everything goes, in one transaction. */
  async reset(): Promise<void> {
    for (const p of this.#s.running.values()) p.abort.abort();
    await this.#s.store.clear();
    this.#s.liveFs.clear();
    this.#s.running.clear();
    await this.#s.load();
    this.#events.emit({ type: 'reset' });
  }
}
