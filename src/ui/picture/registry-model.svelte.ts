import { SvelteMap } from 'svelte/reactivity';
import type { Engine } from '../../engine/engine';
import type { HubEvent } from '../../engine/registry/hub-events';
import type { HubRepoView } from '../../engine/registry/hub-listing';
import type { HubPageSource } from '../hub/hub-page-model.svelte';
import { sandboxRegistries, type SandboxRegistry } from '../../engine/registry/sandbox-registries';
import type { OciEvent, OciEvents } from '../../engine/registry/oci-events';
import { RemoteRegistries, sameRegistry, type RemoteRegistry } from './remote-registries.svelte';

/** The hub's source, and the sandbox's events for every other registry. */
export interface RegistrySource extends HubPageSource {
  registryEvents?: OciEvents;
}

/** One layer of a push or pull in flight: the daemon's last status for it and how far it got. */
export interface TravellingLayer {
  /** The progress ID: the first 12 hex of the diffID (push) or of the blob digest (pull), as the CLI prints it. */
  id: string;
  status: string;
  current: number;
  total: number;
}

/** A push or pull in flight (or just finished), its layers base first. */
export interface PushView {
  /** Which way the layers travel: to the registry, or from it (pulls from registries other than the hub). */
  direction: 'push' | 'pull';
  /** "docker.io" for the built-in hub, else the host ("localhost:5000"). */
  registry: string;
  repository: string;
  /** The tag (or, for a pull by digest, the digest). */
  tag: string;
  /** Local image layers (short diffIDs), base first, for drawing the stack it leaves from; a pull's layers as the registry names them. */
  order: string[];
  layers: SvelteMap<string, TravellingLayer>;
  state: 'pushing' | 'pushed' | 'pulling' | 'pulled' | 'failed';
  digest?: string;
  /** Why it failed, when the registry said (the hub's refusals are in the terminal). */
  message?: string;
}

/**
 * The picture's registries area: the built-in hub's repositories and tags, the sandbox's
 * registry containers, the registries outside the sandbox the learner talked to, and the layers
 * of the current push (to any of them) moving from the local stack to the registry with the
 * daemon's own status words. Fed by the hub's and the other registries' events; reads listings
 * back after a push ends.
 */
export class RegistryModel {
  repositories = $state<HubRepoView[]>([]);
  /** Registries running inside the sandbox (registry:2 on a published port), read from their storage. */
  local = $state<SandboxRegistry[]>([]);
  /** The transfer the lane draws: the latest push (any registry) or pull (registries other than the hub). */
  push = $state<PushView | undefined>(undefined);
  readonly remotes: RemoteRegistries;
  /** Registries outside the sandbox the learner talked to (a sandbox registry is drawn as one). */
  outside = $derived.by((): RemoteRegistry[] => this.remotes.all.filter((r) => !this.local.some((l) => sameRegistry(l.host, r.host))));
  /** Whether there is anything to draw (the area stays out of the way until a registry is used). */
  active = $derived(this.repositories.length > 0 || this.local.length > 0 || this.outside.length > 0 || this.push !== undefined);
  readonly #offs: (() => void)[];
  #localRun = 0;

  constructor(
    private readonly engine: Engine,
    private readonly source: RegistrySource,
  ) {
    this.remotes = new RemoteRegistries(engine);
    this.#offs = [
      source.hubEvents.on((e) => this.#apply(e)),
      source.registryEvents?.on((e) => this.#applyOci(e)) ?? (() => undefined),
      engine.on((e) => {
        if (e.type === 'reset') {
          // A reset sandbox has talked to no registry yet.
          this.push = undefined;
          this.remotes.clear();
        }
        if (e.type === 'containerChanged' || e.type === 'containerRemoved' || e.type === 'reset') void this.refreshLocal();
      }),
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

  /** The lane, for the hub and every other registry alike. */
  #lane(registry: string, e: HubEvent | OciEvent): void {
    const mine = this.push?.registry === registry && this.push.repository === (e as { repository?: string }).repository;
    const pull = mine && this.push!.direction === 'pull';
    switch (e.type) {
      case 'pushStarted': {
        let order: string[] = [];
        try {
          order = this.engine.imageGet(e.source).config.rootfs.diff_ids.map((d) => d.slice(7, 19));
        } catch {
          // no such local tag: the push fails at once and draws nothing
        }
        this.push = { direction: 'push', registry, repository: e.repository, tag: e.tag, order, layers: new SvelteMap(), state: 'pushing' };
        return;
      }
      case 'pullStarted':
        this.push = { direction: 'pull', registry, repository: e.repository, tag: e.tag, order: [], layers: new SvelteMap(), state: 'pulling' };
        return;
      case 'pushProgress':
      case 'pullProgress':
        if (!mine || pull !== (e.type === 'pullProgress')) return;
        if (!this.push!.layers.has(e.id) && pull) this.push!.order = [...this.push!.order, e.id];
        this.push!.layers.set(e.id, { id: e.id, status: e.status, current: e.current, total: e.total });
        return;
      case 'pushed':
        if (mine && !pull) [this.push!.state, this.push!.digest] = ['pushed', e.digest];
        return;
      case 'pulled':
        if (pull) this.push!.state = 'pulled';
        return;
      case 'pushFailed':
      case 'pullFailed':
        if (mine && pull === (e.type === 'pullFailed')) [this.push!.state, this.push!.message] = ['failed', 'message' in e ? e.message : undefined];
        return;
    }
  }

  #apply(e: HubEvent): void {
    this.#lane('docker.io', e);
    if (e.type !== 'pushStarted' && e.type !== 'pushProgress' && e.type !== 'pushFailed') void this.refresh();
  }

  #applyOci(e: OciEvent): void {
    this.#lane(e.registry, e);
    this.remotes.apply(e);
    // A push to a sandbox registry lands in its container's storage.
    if (e.type === 'pushed') void this.refreshLocal();
  }
}
