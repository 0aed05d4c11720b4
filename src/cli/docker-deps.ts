import type { Engine } from '../engine/engine';
import type { HubLoader } from '../engine/registry/hub-api';

/** What docker subcommands reach: the daemon (engine) and the registries. */
export interface DockerDeps {
  engine: Engine;
  /** The built-in Docker Hub, loaded on first use; without it registry commands say no. */
  hub?: HubLoader;
  /** Simulated network: `instant` forces no waiting even on a terminal (tests, benchmark). */
  transfers?: { instant?: boolean; bytesPerSecond?: number };
}
