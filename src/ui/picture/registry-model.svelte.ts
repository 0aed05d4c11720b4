import { SvelteMap } from 'svelte/reactivity';
import type { Engine } from '../../engine/engine';
import type { HubEvent } from '../../engine/registry/hub-events';
import type { HubRepoView } from '../../engine/registry/hub-listing';
import type { HubPageSource } from '../hub/hub-page-model.svelte';
import { sandboxRegistries, type SandboxRegistry } from '../../engine/registry/sandbox-registries';

/** One layer of a push in flight: the daemon's last status for it and how far it got. */
export interface TravellingLayer {
  /** The progress ID: the first 12 hex of the diffID. */
  id: string;
  status: string;
  current: number;
  total: number;
}

/** A push in flight (or just finished), in the local stack's order: base first. */
export interface PushView {
  repository: string;
  tag: string;
  /** Local image layers (short diffIDs), base first, for drawing the stack it leaves from. */
  order: string[];
  layers: SvelteMap<string, TravellingLayer>;
  state: 'pushing' | 'pushed' | 'failed';
  digest?: string;
}

/**
 * The picture's registries area: the built-in hub's repositories and tags, and the layers of
 * the current push moving from the local stack to the hub with the daemon's own status words.
 * Fed by the hub's events only; reads the hub's listing back after a push ends.
 */
export class RegistryModel {
  repositories = $state<HubRepoView[]>([]);
  /** Registries running inside the sandbox (registry:2 on a published port), read from their storage. */
  local = $state<SandboxRegistry[]>([]);
  push = $state<PushView | undefined>(undefined);
  /** Whether there is anything to draw (the area stays out of the way until a registry is used). */
  active = $derived(this.repositories.length > 0 || this.local.length > 0 || this.push !== undefined);
  readonly #offs: (() => void)[];
  #localRun = 0;

  constructor(
    private readonly engine: Engine,
    private readonly source: HubPageSource,
  ) {
    this.#offs = [
      source.hubEvents.on((e) => this.#apply(e)),
      engine.on((e) => (e.type === 'containerChanged' || e.type === 'containerRemoved' || e.type === 'reset') && void this.refreshLocal()),
      source.onCommand(() => void this.refreshLocal()),
    ];
    void this.refreshLocal();
  }

  /** Re-reads the sandbox registries; only the latest of overlapping reads lands. */
  async refreshLocal(): Promise<void> {
    const run = ++this.#localRun;
    const found = await sandboxRegistries(this.engine);
    if (run === this.#localRun) this.local = found;
  }

  /** Reads the hub's repositories (loads the hub module: call it once the page is idle). */
  async refresh(): Promise<void> {
    if (!this.source.hub) return;
    const listing = await (await this.source.hub()).listing(this.source.user(), { official: false });
    this.repositories = listing.repositories;
  }

  dispose(): void {
    for (const off of this.#offs) off();
    this.#localRun++;
  }

  #apply(e: HubEvent): void {
    switch (e.type) {
      case 'pushStarted': {
        let order: string[] = [];
        try {
          order = this.engine.imageGet(e.source).config.rootfs.diff_ids.map((d) => d.slice(7, 19));
        } catch {
          // no such local tag: the push fails at once and draws nothing
        }
        this.push = { repository: e.repository, tag: e.tag, order, layers: new SvelteMap(), state: 'pushing' };
        return;
      }
      case 'pushProgress': {
        if (this.push?.repository !== e.repository) return;
        this.push.layers.set(e.id, { id: e.id, status: e.status, current: e.current, total: e.total });
        return;
      }
      case 'pushed':
        if (this.push?.repository === e.repository) [this.push.state, this.push.digest] = ['pushed', e.digest];
        void this.refresh();
        return;
      case 'pushFailed':
        if (this.push?.repository === e.repository) this.push.state = 'failed';
        return;
      default:
        void this.refresh();
    }
  }
}
