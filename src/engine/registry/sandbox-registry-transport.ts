import { HOST_NS, type SandboxNetwork } from '../network/sandbox-network';
import { dialAddress, TransportError, type RegistryTransport } from './registry-transport';

/**
 * The daemon's view of the network: a loopback registry address that a sandbox container
 * publishes (docker run -p 5000:5000 registry:2) is answered by that container's server; a
 * published port with nothing listening resets, as docker-proxy does. Any other address goes
 * to `real` (fetch), which is how a class reaches the teacher's registry.
 */
export function sandboxRegistryTransport(network: SandboxNetwork, real: RegistryTransport): RegistryTransport {
  return async (req) => {
    const u = new URL(req.url);
    const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
    const c = network.connect(HOST_NS, u.hostname, port);
    if (c.kind === 'reset') throw new TransportError('reset', `read tcp ${dialAddress(req.url)}: read: connection reset by peer`);
    if (c.kind !== 'open') return real(req);
    const headers: Array<[string, string]> = [['Host', u.host], ...Object.entries(req.headers)];
    const res = await c.handler({ method: req.method, path: u.pathname + u.search, headers, clientIp: c.clientIp, body: req.body });
    return {
      status: res.status,
      url: req.url,
      header: (n) => res.headers.find(([k]) => k.toLowerCase() === n.toLowerCase())?.[1] ?? null,
      body: async () => res.body,
    };
  };
}
