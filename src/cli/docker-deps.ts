import type { Engine } from '../engine/engine';

/** What docker subcommands reach: the daemon (engine) and, later, registries. */
export interface DockerDeps {
  engine: Engine;
}
