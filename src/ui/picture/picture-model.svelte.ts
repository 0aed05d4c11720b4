import { SvelteMap } from 'svelte/reactivity';
import { containerImageName } from '../../engine/container-image-name';
import type { Engine } from '../../engine/engine';
import type { EngineEvent } from '../../engine/events';
import type { ContainerRecord } from '../../engine/stores/container-store';
import { familiarString, parseNormalizedNamed } from '../../engine/reference';
import { PictureNode } from './picture-node.svelte';
import { PictureImage } from './picture-image.svelte';
import { PictureContainer } from './picture-container.svelte';
import { Motion } from './motion.svelte';

export type Selection = { kind: 'layer'; key: string } | { kind: 'container'; id: string };

/**
 * The picture's reactive state, kept in step with the engine by its change events. Each event
 * touches only the blocks, images and containers it names, so a view keyed on them redraws
 * just those (issue 9: no re-render of the whole picture per event). Reads the engine's
 * facade only; never writes.
 */
export class PictureModel {
  readonly nodes = new SvelteMap<string, PictureNode>();
  readonly images = new SvelteMap<string, PictureImage>();
  readonly containers = new SvelteMap<string, PictureContainer>();
  /** Keys of the bottom blocks, in the order they appeared. */
  roots = $state<string[]>([]);
  /** Container IDs, newest first (as docker ps -a lists them). */
  containerOrder = $state<string[]>([]);
  selection = $state<Selection | undefined>(undefined);
  readonly motion = new Motion();
  readonly #off: () => void;

  constructor(readonly engine: Engine) {
    this.#load();
    this.#off = engine.on((e) => this.#apply(e));
  }

  dispose(): void {
    this.#off();
  }

  select(s: Selection | undefined): void {
    this.selection = s;
  }

  /** Counts a container's `docker diff` lines (lazily: it opens the container's filesystem). */
  async countChanges(id: string): Promise<void> {
    const c = this.containers.get(id);
    if (!c) return;
    const version = c.version;
    try {
      const n = (await this.engine.containerDiff(id)).length;
      if (c.version === version && this.containers.get(id) === c) c.changes = n;
    } catch {
      // removed meanwhile: its containerRemoved event drops it
    }
  }

  #load(): void {
    for (const img of this.engine.imageList().sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0))) this.#addImage(img.id, false);
    for (const c of [...this.engine.containerList({ all: true })].reverse()) this.#addContainer(c, false);
  }

  #apply(e: EngineEvent): void {
    switch (e.type) {
      case 'imageCreated':
        return this.#addImage(e.id, true);
      case 'imageTagged':
      case 'imageUntagged':
        return this.#retag(e.id);
      case 'imageDeleted':
        return this.#removeImage(e.id);
      case 'containerCreated':
        return this.#addContainerById(e.id);
      case 'containerChanged':
        return this.#updateContainer(e.id);
      case 'containerRemoved':
        return this.#removeContainer(e.id);
      case 'reset':
        this.selection = undefined;
        this.nodes.clear();
        this.images.clear();
        this.containers.clear();
        this.roots = [];
        this.containerOrder = [];
        return this.#load();
    }
  }

  #tagsOf(id: string): string[] {
    return this.engine.imageRefs(id).filter((r) => !r.includes('@')).map((r) => familiarString(parseNormalizedNamed(r)));
  }

  /** Makes sure every block of a stack exists; returns whether the top one is new. */
  #ensureStack(diffIds: readonly string[], createdBy: readonly string[], fresh: boolean): boolean {
    let created = false;
    for (let i = diffIds.length === 0 ? 0 : 1; i <= diffIds.length; i++) {
      const node = new PictureNode(diffIds.slice(0, i));
      if (this.nodes.has(node.key)) {
        created = false;
        continue;
      }
      node.size = this.engine.layer(node.diffId)?.size ?? 0;
      node.createdBy = createdBy[i - 1] ?? '';
      node.fresh = fresh;
      this.nodes.set(node.key, node);
      const parent = node.parentKey === undefined ? undefined : this.nodes.get(node.parentKey);
      if (parent) parent.children = [...parent.children, node.key];
      else this.roots = [...this.roots, node.key];
      created = true;
    }
    return created;
  }

  #addImage(id: string, fresh: boolean): void {
    if (this.images.has(id)) return;
    let img;
    try {
      img = this.engine.imageGet(id);
    } catch {
      return;
    }
    const diffIds = img.config.rootfs.diff_ids;
    // History lines pair with layers in order, skipping metadata-only steps (docker history).
    const createdBy = img.config.history.filter((h) => !h.empty_layer).map((h) => h.created_by ?? '');
    const newTop = this.#ensureStack(diffIds, createdBy, fresh);
    const top = PictureNode.keyOf(diffIds);
    const node = this.nodes.get(top)!;
    if (fresh && newTop && img.config.container && this.containers.has(img.config.container)) node.fromContainer = true;
    const size = diffIds.reduce((n, d) => n + (this.engine.layer(d)?.size ?? 0), 0);
    const pi = new PictureImage(id, top, diffIds.length, size, this.#tagsOf(id));
    pi.fresh = fresh;
    this.images.set(id, pi);
    node.images = [...node.images, id];
    this.#countStacks(top, 1);
  }

  #countStacks(key: string, delta: number): void {
    for (let n = this.nodes.get(key); n; n = n.parentKey === undefined ? undefined : this.nodes.get(n.parentKey)) n.stacks += delta;
  }

  #retag(id: string): void {
    const img = this.images.get(id);
    if (img) img.tags = this.#tagsOf(id);
  }

  #removeImage(id: string): void {
    const img = this.images.get(id);
    if (!img) return;
    this.images.delete(id);
    const node = this.nodes.get(img.top);
    if (node) node.images = node.images.filter((i) => i !== id);
    this.#countStacks(img.top, -1);
    this.#prune(img.top);
  }

  /** Drops blocks nothing stands on any more, from the top down. */
  #prune(key: string | undefined): void {
    while (key !== undefined) {
      const node = this.nodes.get(key);
      if (!node || !node.empty) return;
      this.nodes.delete(key);
      if (this.selection?.kind === 'layer' && this.selection.key === key) this.selection = undefined;
      const parent = node.parentKey === undefined ? undefined : this.nodes.get(node.parentKey);
      if (parent) parent.children = parent.children.filter((k) => k !== key);
      else this.roots = this.roots.filter((k) => k !== key);
      key = node.parentKey;
    }
  }

  #addContainerById(id: string): void {
    let rec: ContainerRecord;
    try {
      rec = this.engine.containerGet(id);
    } catch {
      return;
    }
    this.#addContainer(rec, true);
  }

  #addContainer(rec: ContainerRecord, fresh: boolean): void {
    if (this.containers.has(rec.id)) return;
    this.#ensureStack(rec.layers, [], fresh);
    const on = PictureNode.keyOf(rec.layers);
    const c = new PictureContainer(rec.id, rec.name, rec.image, on, rec.state.Status, containerImageName(rec));
    c.fresh = fresh;
    this.containers.set(rec.id, c);
    const node = this.nodes.get(on)!;
    node.containers = [rec.id, ...node.containers];
    this.containerOrder = [rec.id, ...this.containerOrder];
  }

  #updateContainer(id: string): void {
    const c = this.containers.get(id);
    if (!c) return this.#addContainerById(id);
    let rec: ContainerRecord;
    try {
      rec = this.engine.containerGet(id);
    } catch {
      return;
    }
    c.status = rec.state.Status;
    c.name = rec.name;
    c.version++;
    if (c.changes !== undefined) void this.countChanges(id);
  }

  #removeContainer(id: string): void {
    const c = this.containers.get(id);
    if (!c) return;
    this.containers.delete(id);
    this.containerOrder = this.containerOrder.filter((x) => x !== id);
    if (this.selection?.kind === 'container' && this.selection.id === id) this.selection = undefined;
    const node = this.nodes.get(c.on);
    if (node) node.containers = node.containers.filter((x) => x !== id);
    this.#prune(c.on);
  }
}
