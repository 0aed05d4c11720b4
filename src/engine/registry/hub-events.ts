/**
 * What the built-in hub tells the UI (the hub page, the picture's registries area). Like the
 * engine's events these only say what happened; a view reads the state back from the hub.
 * Push progress is the daemon's own per-layer stream (Preparing, Pushing, Pushed, Layer already
 * exists, Mounted from ...), so the picture shows exactly what the terminal prints.
 */
export type HubEvent =
  | { type: 'login'; username: string }
  /** `source` is the local reference pushed ("docker.io/alice/app:1.0"), `repository` its hub path. */
  | { type: 'pushStarted'; repository: string; tag: string; source: string }
  | { type: 'pushProgress'; repository: string; id: string; status: string; current: number; total: number }
  | { type: 'pushed'; repository: string; tag: string; digest: string }
  | { type: 'pushFailed'; repository: string; tag: string }
  | { type: 'repositoryChanged'; repository: string };

export type HubListener = (e: HubEvent) => void;

/**
 * Lives outside the lazily loaded hub module, so a view can subscribe before the first registry
 * command loads the hub.
 */
export class HubEvents {
  #listeners = new Set<HubListener>();

  /** Returns the unsubscribe function. */
  on(listener: HubListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(e: HubEvent): void {
    for (const l of [...this.#listeners]) l(e);
  }
}
