import type { Engine } from '../engine/engine';
import type { HubLoader } from '../engine/registry/hub-api';
import type { OciEvents } from '../engine/registry/oci-events';

/** What docker subcommands reach: the daemon (engine) and the registries. */
export interface DockerDeps {
  engine: Engine;
  /** The built-in Docker Hub, loaded on first use; without it registry commands say no. */
  hub?: HubLoader;
  /** Where pushes and pulls on other registries are announced (the picture's registries area). */
  registryEvents?: OciEvents;
  /** Simulated network: `instant` forces no waiting even on a terminal (tests, benchmark). */
  transfers?: { instant?: boolean; bytesPerSecond?: number };
}
