import type { Engine } from '../engine';

/**
 * What the docker CLI asks of the built-in hub. The CLI imports only these types; the Hub
 * itself (with the catalog, gzip and layer decoding) is loaded by a dynamic import the first
 * time a registry command runs, so the page's first download does not carry it.
 */

/** One message of the daemon's pull/push stream (moby jsonmessage.JSONMessage). */
export interface ProgressMessage {
  id?: string;
  status: string;
  /**
   * Present on per-layer updates (progress.Update: `{}` in the JSON stream, or byte counts);
   * absent on plain messages (progress.Message), which end the terminal's redraw region.
   */
  progress?: { current: number; total: number };
}

export type ProgressSink = (m: ProgressMessage) => void;

/** Credentials the client sends (from ~/.docker/config.json); none for anonymous pulls. */
export interface HubAuth {
  username: string;
  password: string;
}

/**
 * Simulated network. The progress timeline is always computed at `bytesPerSecond` (default
 * 20 MB/s), so the order of the messages is the same either way; `instant` only skips the
 * waiting (tests, the piped REPL, the benchmark).
 */
export interface TransferOptions {
  instant: boolean;
  bytesPerSecond?: number;
  /** Aborted on Ctrl-C: the transfer stops and nothing is stored. */
  signal?: AbortSignal;
}

export interface SearchResult {
  name: string;
  description: string;
  starCount: number;
  isOfficial: boolean;
}

export interface HubService {
  /** Pulls a normalized reference string ("docker.io/library/ubuntu:latest") into the engine. */
  pull(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void>;
  /** Pushes a local tag ("docker.io/user/app:1.0") to the hub. */
  push(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void>;
  search(term: string, o: { limit: number; auth?: HubAuth }): Promise<SearchResult[]>;
  /** Checks credentials; an unknown username is registered with that password (`created`). */
  login(auth: HubAuth): Promise<{ created: boolean }>;
  /** Public by default, as on Docker Hub; the owner may make a repository private. */
  setPrivate(auth: HubAuth, repository: string, isPrivate: boolean): Promise<void>;
}

/** How the sandbox reaches the hub: loaded on first use. */
export type HubLoader = () => Promise<HubService>;
