export interface Url {
  scheme: string;
  host: string;
  port: number;
  /** Path and query, "/" at least. */
  path: string;
  /** The URL as the tools print it back (http://localhost:8080/). */
  href: string;
}

/** curl/wget's view of a URL: the scheme defaults to http, the port to the scheme's. */
export function parseUrl(s: string): Url | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\[[^\]]+\]|[^/:?#]*)(?::(\d*))?([/?][^#]*)?/.exec(s);
  if (!m || !m[2]) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  let path = m[4] ?? '/';
  if (path.startsWith('?')) path = '/' + path;
  const defaultPort = (scheme === 'https' ? 443 : 80) === port;
  return { scheme, host: m[2], port, path, href: `${scheme}://${m[2]}${defaultPort ? '' : `:${port}`}${path}` };
}
