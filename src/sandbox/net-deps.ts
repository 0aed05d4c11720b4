import type { Engine } from '../engine/engine';
import type { NetDeps } from '../shell/net/net-deps';

/** Names the network programs answer to (src/shell/net/net-programs.ts), known before it loads. */
export const NET_PROGRAMS = ['curl', 'wget', 'nginx', 'httpd', 'redis-server', 'registry', 'python3', 'python', 'python3.11', 'python3.12', 'node', 'nodejs'];

/** The sandbox network and process table as the network programs see them. */
export function netDeps(engine: Engine): NetDeps {
  return {
    network: engine.network,
    processes: engine.processes,
    containerOf: (fs) => engine.containerOfFs(fs),
    now: () => engine.clock.now(),
  };
}
