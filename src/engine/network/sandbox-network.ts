import type { HttpHandler } from './http-message';

/** The host's namespace; containers' namespaces are their IDs. */
export const HOST_NS = 'host';

/** The address a published port's traffic comes from, as a server in the container logs it. */
export const BRIDGE_GATEWAY = '172.17.0.1';

export interface PortPublish {
  hostIp: string;
  hostPort: number;
  containerPort: number;
}

/** What a connection attempt finds: a handler, or the failure a client reports. */
export type Connection =
  | { kind: 'open'; handler: HttpHandler; clientIp: string }
  | { kind: 'refused' }
  /** A published port whose container has no server on it: docker-proxy accepts, then closes. */
  | { kind: 'reset' }
  | { kind: 'unresolved' };

/**
 * The sandbox's only network (DOM-free; no real sockets). Each network namespace (the host, or
 * a running container) has its own listening ports; `docker run -p` publishes host ports that
 * forward to a container's port while the container runs, as docker-proxy does. Nothing outside
 * the sandbox is reachable: other host names do not resolve.
 */
export class SandboxNetwork {
  #listeners = new Map<string, Map<number, HttpHandler>>();
  #published = new Map<number, { ns: string; containerPort: number }>();

  /** A server starts listening on `port` in namespace `ns`; returns the close function. */
  listen(ns: string, port: number, handler: HttpHandler): () => void {
    let m = this.#listeners.get(ns);
    if (!m) this.#listeners.set(ns, (m = new Map()));
    m.set(port, handler);
    return () => {
      if (this.#listeners.get(ns)?.get(port) === handler) this.#listeners.get(ns)!.delete(port);
    };
  }

  hasListeners(ns: string): boolean {
    return (this.#listeners.get(ns)?.size ?? 0) > 0;
  }

  isListening(ns: string, port: number): boolean {
    return this.#listeners.get(ns)?.has(port) ?? false;
  }

  /** The first binding whose host port is taken (by another container or a host server), if any. */
  conflict(bindings: PortPublish[]): PortPublish | undefined {
    return bindings.find((b) => this.#published.has(b.hostPort) || this.isListening(HOST_NS, b.hostPort));
  }

  publish(ns: string, bindings: PortPublish[]): void {
    for (const b of bindings) this.#published.set(b.hostPort, { ns, containerPort: b.containerPort });
  }

  /** The container stopped: its ports are released and its servers are gone with its processes. */
  release(ns: string): void {
    for (const [port, p] of [...this.#published]) if (p.ns === ns) this.#published.delete(port);
    this.#listeners.delete(ns);
  }

  /** Host ports published by containers, for `docker port` style views and tests. */
  publishedPorts(): number[] {
    return [...this.#published.keys()].sort((a, b) => a - b);
  }

  /**
   * Connects from namespace `from` to host:port. localhost is the caller's own namespace; from
   * the host, a published port reaches the container's port through the bridge gateway.
   */
  connect(from: string, host: string, port: number, hostname?: string): Connection {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    const local = h === 'localhost' || h === '::1' || h === '0.0.0.0' || /^127\.\d+\.\d+\.\d+$/.test(h) || (hostname !== undefined && h === hostname.toLowerCase());
    if (!local) return { kind: 'unresolved' };
    const own = this.#listeners.get(from)?.get(port);
    if (own) return { kind: 'open', handler: own, clientIp: '127.0.0.1' };
    if (from === HOST_NS) {
      const p = this.#published.get(port);
      const target = p && this.#listeners.get(p.ns)?.get(p.containerPort);
      if (target) return { kind: 'open', handler: target, clientIp: BRIDGE_GATEWAY };
      if (p) return { kind: 'reset' };
    }
    return { kind: 'refused' };
  }
}
