/**
 * How the registry client reaches a registry: one HTTP exchange, whole bodies. The default is
 * the global `fetch` (the page and Node 20); the sandbox puts its own network in front so a
 * registry container publishing the port answers instead (sandbox-registry-transport.ts).
 */
export interface RegistryRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array;
}

export interface RegistryResponse {
  status: number;
  /** The final URL (after redirects: blob GETs may go to storage). */
  url: string;
  header(name: string): string | null;
  body(): Promise<Uint8Array>;
}

/** Why no response came: Go's net errors, which Docker prints after the method and URL. */
export class TransportError extends Error {
  constructor(readonly reason: 'refused' | 'reset' | 'unresolved' | 'timeout' | 'other', message: string) {
    super(message);
    this.name = 'TransportError';
  }
}

export type RegistryTransport = (req: RegistryRequest) => Promise<RegistryResponse>;

/** The URL host's address as Go's dialer prints it ("localhost" resolves to 127.0.0.1). */
export function dialAddress(url: string): string {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const ip = host === 'localhost' ? '127.0.0.1' : host;
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  return `${ip.includes(':') ? `[${ip}]` : ip}:${port}`;
}

/** The global fetch. A network failure becomes a TransportError worded as Go's dialer words it. */
export function fetchTransport(): RegistryTransport {
  return async (req) => {
    let res: Response;
    try {
      res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body as BodyInit | undefined, redirect: 'follow' });
    } catch (e) {
      const code = ((e as { cause?: { code?: string } }).cause?.code) ?? '';
      const addr = dialAddress(req.url);
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new TransportError('unresolved', `dial tcp: lookup ${new URL(req.url).hostname}: no such host`);
      if (code === 'ECONNRESET') throw new TransportError('reset', `read tcp ${addr}: read: connection reset by peer`);
      if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') throw new TransportError('timeout', `dial tcp ${addr}: i/o timeout`);
      // A browser says only "Failed to fetch" (refused, CORS or TLS alike): refused is the likeliest.
      throw new TransportError('refused', `dial tcp ${addr}: connect: connection refused`);
    }
    return {
      status: res.status,
      url: res.url || req.url,
      header: (n) => res.headers.get(n),
      body: async () => new Uint8Array(await res.arrayBuffer()),
    };
  };
}
