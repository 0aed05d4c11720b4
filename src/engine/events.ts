/** Change events for the UI and the lesson checker: they only say what changed, the state is read back. */
export type EngineEvent =
  | { type: 'imageCreated'; id: string }
  | { type: 'imageTagged'; id: string; ref: string }
  | { type: 'imageUntagged'; id: string; ref: string }
  | { type: 'imageDeleted'; id: string }
  | { type: 'containerCreated'; id: string }
  | { type: 'containerChanged'; id: string }
  | { type: 'containerRemoved'; id: string }
  | { type: 'reset' };

export type Listener = (e: EngineEvent) => void;

export class EventBus {
  #listeners = new Set<Listener>();

  /** Returns the unsubscribe function (components must call it on unmount). */
  on(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(e: EngineEvent): void {
    for (const l of [...this.#listeners]) l(e);
  }

  get size(): number {
    return this.#listeners.size;
  }
}
