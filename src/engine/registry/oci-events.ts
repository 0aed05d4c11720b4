/**
 * What pushes and pulls on registries other than the built-in hub tell the UI (the picture's
 * registries area): a sandbox registry container or a real one. `registry` is the reference's
 * domain as the learner typed it ("localhost:5000"). Push progress is the daemon's own per-layer
 * stream (Preparing, Pushing, Pushed, Layer already exists, Mounted from ...), so the picture
 * shows exactly what the terminal prints. Like HubEvents these only say what happened.
 */
export type OciEvent =
  /** `source` is the local reference pushed ("localhost:5000/x:latest"), `repository` its path there. */
  | { type: 'pushStarted'; registry: string; repository: string; tag: string; source: string }
  | { type: 'pushProgress'; registry: string; repository: string; id: string; status: string; current: number; total: number }
  | { type: 'pushed'; registry: string; repository: string; tag: string; digest: string }
  | { type: 'pushFailed'; registry: string; repository: string; tag: string; message: string }
  /** `tag` is the tag or digest pulled; layers are announced by the short blob digest, as the CLI prints them. */
  | { type: 'pullStarted'; registry: string; repository: string; tag: string }
  | { type: 'pullProgress'; registry: string; repository: string; id: string; status: string; current: number; total: number }
  | { type: 'pulled'; registry: string; repository: string; tag: string }
  | { type: 'pullFailed'; registry: string; repository: string; tag: string; message: string };

export type OciListener = (e: OciEvent) => void;

/** Kept by the sandbox outside the lazily loaded registry client, so a view can subscribe early. */
export class OciEvents {
  #listeners = new Set<OciListener>();

  /** Returns the unsubscribe function. */
  on(listener: OciListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(e: OciEvent): void {
    for (const l of [...this.#listeners]) l(e);
  }
}
