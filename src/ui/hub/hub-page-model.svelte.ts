import type { HubEvents } from '../../engine/registry/hub-events';
import type { HubListingView } from '../../engine/registry/hub-listing';

/** What the hub page needs of the sandbox (a Sandbox fits; tests may hand in their own). */
export interface HubPageSource {
  hub: (() => Promise<{ listing(user: string | undefined, o?: { official?: boolean }): Promise<HubListingView> }>) | undefined;
  hubEvents: HubEvents;
  /** The Docker ID `docker login` stored, or undefined. */
  user(): string | undefined;
  /** Called after each command line (a `docker logout` changes who is signed in). */
  onCommand(listener: () => void): () => void;
}

/**
 * The hub page's state: who is signed in and what the hub holds for them, re-read after every
 * push, login and visibility change the hub announces, and after each command (logout only
 * edits ~/.docker/config.json, which the hub never hears about).
 */
export class HubPageModel {
  user = $state<string | undefined>(undefined);
  listing = $state<HubListingView | undefined>(undefined);
  error = $state<string | undefined>(undefined);
  readonly #offs: Array<() => void>;
  #generation = 0;

  constructor(private readonly source: HubPageSource) {
    this.#offs = [
      source.hubEvents.on((e) => e.type !== 'pushProgress' && e.type !== 'pushStarted' && void this.refresh()),
      source.onCommand(() => {
        if (source.user() !== this.user) void this.refresh();
      }),
    ];
  }

  async refresh(): Promise<void> {
    const generation = ++this.#generation;
    const user = this.source.user();
    if (!this.source.hub) {
      this.user = user;
      this.error = 'This sandbox has no built-in hub.';
      return;
    }
    try {
      const listing = await (await this.source.hub()).listing(user);
      // A slower, older read must not overwrite a newer one.
      if (generation !== this.#generation) return;
      [this.user, this.listing, this.error] = [user, listing, undefined];
    } catch (e) {
      if (generation === this.#generation) this.error = e instanceof Error ? e.message : String(e);
    }
  }

  dispose(): void {
    for (const off of this.#offs) off();
  }
}
