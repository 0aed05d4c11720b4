import type { HubAuth } from './hub-api';
import { TransportError, type RegistryResponse, type RegistryTransport } from './registry-transport';
import { errors } from '../errors';

/** Manifest types a pull accepts (registry 2.8 answers 404 to an OCI manifest unless OCI is listed). */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');

/** A registry's error body (distribution errcode): `{"errors":[{"code":..,"message":..}]}`. */
export class RegistryHttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'RegistryHttpError';
  }
}

type Challenge = { scheme: 'bearer' | 'basic'; params: Record<string, string> };

/** Docker talks plain http to loopback registries (insecure by default) and https to others. */
export function registryBase(domain: string): string {
  const host = domain.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
  return `${loopback ? 'http' : 'https'}://${domain}`;
}

/**
 * A client for one registry host over the OCI Distribution API (distribution-spec; token auth as
 * in distribution's docs/spec/auth/token.md). Anonymous until the registry answers 401: then a
 * Bearer challenge is answered with a token from its realm (Basic credentials sent if we have
 * them), a Basic challenge with the credentials on every request. DOM-free.
 */
export class OciClient {
  readonly base: string;
  #challenge: Challenge | undefined;
  #tokens = new Map<string, string>();

  constructor(readonly domain: string, private readonly transport: RegistryTransport, private readonly auth?: HubAuth) {
    this.base = registryBase(domain);
  }

  /** GET /v2/: reachability and the auth challenge (docker's registry ping). */
  async ping(): Promise<void> {
    const res = await this.send('GET', `${this.base}/v2/`, {});
    if (res.status === 401) {
      this.#challenge = parseChallenge(res.header('WWW-Authenticate') ?? '');
      if (!this.#challenge) throw await httpError(res);
      return;
    }
    if (res.status >= 400) throw await httpError(res);
  }

  /** Checks the credentials as `docker login HOST` does: a ping that must pass with them. */
  async login(): Promise<void> {
    await this.ping();
    if (!this.#challenge) return;
    const res = await this.request('GET', '/v2/', '', {});
    if (res.status >= 400) throw await httpError(res);
  }

  async manifest(repo: string, reference: string): Promise<{ bytes: Uint8Array; mediaType: string }> {
    const res = await this.request('GET', `/v2/${repo}/manifests/${reference}`, `repository:${repo}:pull`, { Accept: MANIFEST_ACCEPT });
    if (res.status !== 200) throw await httpError(res);
    return { bytes: await res.body(), mediaType: (res.header('Content-Type') ?? '').split(';')[0].trim() };
  }

  async blob(repo: string, digest: string): Promise<Uint8Array> {
    const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull`, {});
    if (res.status !== 200) throw await httpError(res);
    return res.body();
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const res = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull,push`, {});
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw await httpError(res);
  }

  /** Cross-repository mount: 201 mounted; 202 means the registry opened an upload instead. */
  async mount(repo: string, digest: string, from: string): Promise<boolean> {
    const res = await this.request('POST', `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`, `repository:${repo}:pull,push repository:${from}:pull`, { 'Content-Length': '0' });
    if (res.status === 201) return true;
    if (res.status === 202) return false;
    throw await httpError(res);
  }

  /** Monolithic upload: POST opens the session, one PUT ?digest= sends the whole blob. */
  async upload(repo: string, digest: string, bytes: Uint8Array): Promise<void> {
    const scope = `repository:${repo}:pull,push`;
    const start = await this.request('POST', `/v2/${repo}/blobs/uploads/`, scope, { 'Content-Length': '0' });
    if (start.status !== 202) throw await httpError(start);
    const location = new URL(start.header('Location') ?? '', `${this.base}/v2/${repo}/blobs/uploads/`);
    location.searchParams.set('digest', digest);
    const put = await this.request('PUT', location.toString(), scope, { 'Content-Type': 'application/octet-stream' }, bytes);
    if (put.status !== 201) throw await httpError(put);
  }

  async putManifest(repo: string, tag: string, bytes: Uint8Array, mediaType: string): Promise<void> {
    const res = await this.request('PUT', `/v2/${repo}/manifests/${tag}`, `repository:${repo}:pull,push`, { 'Content-Type': mediaType }, bytes);
    if (res.status !== 201) throw await httpError(res);
  }

  /** GET /v2/_catalog?n=: the first `n` repository names, and whether the registry has more (a Link header). */
  async catalog(n: number): Promise<{ repositories: string[]; more: boolean }> {
    const res = await this.request('GET', `/v2/_catalog?n=${n}`, 'registry:catalog:*', {});
    if (res.status !== 200) throw await httpError(res);
    const j = JSON.parse(new TextDecoder().decode(await res.body())) as { repositories?: string[] | null };
    return { repositories: j.repositories ?? [], more: res.header('Link') !== null };
  }

  /** GET /v2/<name>/tags/list. */
  async tags(repo: string): Promise<string[]> {
    const res = await this.request('GET', `/v2/${repo}/tags/list`, `repository:${repo}:pull`, {});
    if (res.status !== 200) throw await httpError(res);
    return (JSON.parse(new TextDecoder().decode(await res.body())) as { tags?: string[] | null }).tags ?? [];
  }

  /** Sends with the auth the challenge asks for, fetching a token once per scope (again on a 401). */
  private async request(method: string, pathOrUrl: string, scope: string, headers: Record<string, string>, body?: Uint8Array): Promise<RegistryResponse> {
    const url = pathOrUrl.startsWith('/') ? this.base + pathOrUrl : pathOrUrl;
    for (let attempt = 0; ; attempt++) {
      const auth = await this.authorization(scope, attempt > 0);
      const res = await this.send(method, url, auth ? { ...headers, Authorization: auth } : headers, body);
      if (res.status !== 401 || attempt > 0) return res;
      const c = parseChallenge(res.header('WWW-Authenticate') ?? '');
      if (!c) return res;
      this.#challenge = c;
    }
  }

  private async authorization(scope: string, fresh: boolean): Promise<string | undefined> {
    const c = this.#challenge;
    if (!c) return undefined;
    const basic = this.auth ? `Basic ${btoa(`${this.auth.username}:${this.auth.password}`)}` : undefined;
    if (c.scheme === 'basic') return basic;
    const key = `${c.params.realm} ${scope}`;
    if (!fresh && this.#tokens.has(key)) return `Bearer ${this.#tokens.get(key)}`;
    const u = new URL(c.params.realm);
    if (c.params.service) u.searchParams.set('service', c.params.service);
    for (const s of scope.split(' ').filter(Boolean)) u.searchParams.append('scope', s);
    const res = await this.send('GET', u.toString(), basic ? { Authorization: basic } : {});
    if (res.status !== 200) throw await httpError(res);
    const j = JSON.parse(new TextDecoder().decode(await res.body())) as { token?: string; access_token?: string };
    const token = j.token ?? j.access_token;
    if (!token) throw new RegistryHttpError(res.status, 'UNAUTHORIZED', 'authentication required');
    this.#tokens.set(key, token);
    return `Bearer ${token}`;
  }

  private async send(method: string, url: string, headers: Record<string, string>, body?: Uint8Array): Promise<RegistryResponse> {
    try {
      return await this.transport({ method, url, headers, body });
    } catch (e) {
      // Go's url.Error: `Get "http://host/v2/": dial tcp ...`.
      if (e instanceof TransportError) throw errors.registryUnreachable(goMethod(method), url, e.message);
      throw e;
    }
  }
}

function goMethod(m: string): string {
  return m.charAt(0) + m.slice(1).toLowerCase();
}

/** `Bearer realm="https://auth",service="registry",scope="repository:x:pull"` or `Basic realm="..."`. */
export function parseChallenge(h: string): Challenge | undefined {
  const m = /^\s*(\w+)\s*(.*)$/.exec(h);
  if (!m) return undefined;
  const scheme = m[1].toLowerCase();
  if (scheme !== 'bearer' && scheme !== 'basic') return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) params[p[1].toLowerCase()] = (p[2] ?? p[3]).replace(/\\(.)/g, '$1');
  if (scheme === 'bearer' && !params.realm) return undefined;
  return { scheme, params };
}

/** The registry's errcode, worded as distribution's client prints it ("manifest unknown: manifest unknown"). */
async function httpError(res: RegistryResponse): Promise<RegistryHttpError> {
  let code = '';
  let message = '';
  try {
    const j = JSON.parse(new TextDecoder().decode(await res.body())) as { errors?: Array<{ code?: string; message?: string }> };
    code = j.errors?.[0]?.code ?? '';
    message = j.errors?.[0]?.message ?? '';
  } catch {
    // HEAD answers and proxies' HTML pages carry no errcode body.
  }
  if (!code) code = res.status === 401 ? 'UNAUTHORIZED' : res.status === 404 ? 'NOT_FOUND' : 'UNKNOWN';
  if (!message) message = res.status === 401 ? 'authentication required' : `unexpected status ${res.status}`;
  return new RegistryHttpError(res.status, code, `${code.toLowerCase().replace(/_/g, ' ')}: ${message}`);
}

