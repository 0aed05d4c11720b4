import type { Vfs } from '../fs/vfs';
import type { HttpHandler, HttpRequest, HttpResponse } from '../network/http-message';
import { digestOf } from '../digest';

const ROOT = '/var/lib/registry/docker/registry/v2';
const enc = new TextEncoder();
const dec = new TextDecoder();
const NAME = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*';
const ROUTE = new RegExp(`^/v2/(${NAME})/(blobs/uploads/([^/?]*)|blobs/(sha256:[0-9a-f]{64})|manifests/([^/?]+)|tags/list)$`);

/**
 * The registry:2 program's HTTP API (the CNCF distribution registry) over a container's
 * filesystem, in distribution's own storage layout under /var/lib/registry (blobs/sha256/xx/<hex>/data,
 * repositories/<name>/_layers, _manifests/revisions, _manifests/tags/<tag>/current/link), so
 * `docker diff registry` shows what was pushed. Answers and error bodies as registry 2.8 words
 * them (test/unit/oci-registry/registry-http.txt). Uploads are monolithic: POST, then PUT ?digest=.
 */
export function registryServer(fs: Vfs, newId: () => string): HttpHandler {
  const uploads = new Map<string, string>();
  const blobPath = (d: string) => `${ROOT}/blobs/sha256/${d.slice(7, 9)}/${d.slice(7)}/data`;
  const link = (p: string, d: string) => write(fs, p, enc.encode(d));
  const linked = (p: string) => fs.stat(p) !== undefined;
  const repoDir = (n: string) => `${ROOT}/repositories/${n}`;

  return async (req: HttpRequest): Promise<HttpResponse> => {
    const u = new URL(req.path, 'http://registry');
    const m = req.method;
    if (u.pathname === '/v2/' || u.pathname === '/v2') return json(200, {});
    if (u.pathname === '/v2/_catalog' && m === 'GET') return json(200, { repositories: repositories(fs) });
    const r = ROUTE.exec(u.pathname);
    if (!r) return { version: 'HTTP/1.1', status: 404, reason: 'Not Found', headers: [['Content-Type', 'text/plain; charset=utf-8']], body: enc.encode('404 page not found\n') };
    const [, name, , uploadId, blobDigest, manifestRef] = r;
    const repo = repoDir(name);
    if (u.pathname.endsWith('/tags/list')) {
      if (!fs.stat(`${repo}/_manifests/tags`)) return error(404, 'NAME_UNKNOWN', 'repository name not known to registry', { name });
      return json(200, { name, tags: fs.readdir(`${repo}/_manifests/tags`).sort() });
    }
    if (blobDigest !== undefined) {
      const layerLink = `${repo}/_layers/sha256/${blobDigest.slice(7)}/link`;
      if (!linked(layerLink) || !fs.stat(blobPath(blobDigest))) return error(404, 'BLOB_UNKNOWN', 'blob unknown to registry', blobDigest);
      const data = fs.readFile(blobPath(blobDigest));
      const headers: Array<[string, string]> = [['Content-Length', String(data.length)], ['Content-Type', 'application/octet-stream'], ['Docker-Content-Digest', blobDigest]];
      return { ...ok(200, headers), body: m === 'HEAD' ? new Uint8Array() : data };
    }
    if (uploadId !== undefined) {
      if (m === 'POST' && uploadId === '') {
        const mount = u.searchParams.get('mount');
        const from = u.searchParams.get('from');
        if (mount && from && linked(`${repoDir(from)}/_layers/sha256/${mount.slice(7)}/link`)) {
          link(`${repo}/_layers/sha256/${mount.slice(7)}/link`, mount);
          return ok(201, [['Location', `/v2/${name}/blobs/${mount}`], ['Docker-Content-Digest', mount]]);
        }
        const id = newId();
        uploads.set(id, name);
        return ok(202, [['Location', `/v2/${name}/blobs/uploads/${id}`], ['Docker-Upload-UUID', id], ['Range', '0-0']]);
      }
      if (m === 'PUT' && uploads.get(uploadId) === name) {
        const want = u.searchParams.get('digest') ?? '';
        const body = req.body ?? new Uint8Array();
        if ((await digestOf(body)) !== want) return error(400, 'DIGEST_INVALID', 'provided digest did not match uploaded content', {});
        uploads.delete(uploadId);
        write(fs, blobPath(want), body);
        link(`${repo}/_layers/sha256/${want.slice(7)}/link`, want);
        return ok(201, [['Location', `/v2/${name}/blobs/${want}`], ['Docker-Content-Digest', want]]);
      }
      return error(404, 'BLOB_UPLOAD_UNKNOWN', 'blob upload unknown to registry', {});
    }
    const ref = manifestRef!;
    if (m === 'PUT') {
      const body = req.body ?? new Uint8Array();
      const digest = await digestOf(body);
      const doc = JSON.parse(dec.decode(body)) as { config?: { digest: string }; layers?: Array<{ digest: string }> };
      for (const d of [doc.config?.digest, ...(doc.layers ?? []).map((l) => l.digest)]) {
        if (d && !linked(`${repo}/_layers/sha256/${d.slice(7)}/link`)) return error(400, 'MANIFEST_BLOB_UNKNOWN', 'blob unknown to registry', d);
      }
      write(fs, blobPath(digest), body);
      link(`${repo}/_manifests/revisions/sha256/${digest.slice(7)}/link`, digest);
      if (!ref.startsWith('sha256:')) {
        link(`${repo}/_manifests/tags/${ref}/current/link`, digest);
        link(`${repo}/_manifests/tags/${ref}/index/sha256/${digest.slice(7)}/link`, digest);
      }
      return ok(201, [['Location', `/v2/${name}/manifests/${digest}`], ['Docker-Content-Digest', digest]]);
    }
    const current = `${repo}/_manifests/tags/${ref}/current/link`;
    const digest = ref.startsWith('sha256:') ? (linked(`${repo}/_manifests/revisions/sha256/${ref.slice(7)}/link`) ? ref : undefined) : fs.stat(current) ? dec.decode(fs.readFile(current)) : undefined;
    if (!digest) return error(404, 'MANIFEST_UNKNOWN', 'manifest unknown', ref.startsWith('sha256:') ? { Digest: ref } : { Tag: ref });
    const data = fs.readFile(blobPath(digest));
    const type = (JSON.parse(dec.decode(data)) as { mediaType?: string }).mediaType ?? 'application/vnd.oci.image.manifest.v1+json';
    const headers: Array<[string, string]> = [['Content-Length', String(data.length)], ['Content-Type', type], ['Docker-Content-Digest', digest], ['Etag', `"${digest}"`]];
    return { ...ok(200, headers), body: m === 'HEAD' ? new Uint8Array() : data };
  };
}

function repositories(fs: Vfs): string[] {
  const out: string[] = [];
  const walk = (dir: string, name: string) => {
    if (!fs.stat(dir)) return;
    for (const e of fs.readdir(dir)) {
      if (e === '_manifests') out.push(name);
      else if (!e.startsWith('_')) walk(`${dir}/${e}`, name ? `${name}/${e}` : e);
    }
  };
  walk(`${ROOT}/repositories`, '');
  return out.sort();
}

function write(fs: Vfs, p: string, data: Uint8Array): void {
  fs.mkdir(p.slice(0, p.lastIndexOf('/')), { recursive: true });
  fs.writeFile(p, data);
}

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 400: 'Bad Request', 404: 'Not Found' };
const BASE: Array<[string, string]> = [['Docker-Distribution-Api-Version', 'registry/2.0']];

function ok(status: number, headers: Array<[string, string]>): HttpResponse {
  return { version: 'HTTP/1.1', status, reason: REASONS[status], headers: [...headers, ...BASE, ...(status === 200 ? [] : [['Content-Length', '0'] as [string, string]])], body: new Uint8Array() };
}

function json(status: number, value: unknown): HttpResponse {
  const body = enc.encode(JSON.stringify(value) + (status === 200 && Object.keys(value as object).length === 0 ? '' : '\n'));
  return { version: 'HTTP/1.1', status, reason: REASONS[status], headers: [['Content-Type', 'application/json; charset=utf-8'], ...BASE, ['Content-Length', String(body.length)]], body };
}

function error(status: number, code: string, message: string, detail: unknown): HttpResponse {
  return json(status, { errors: [{ code, message, detail }] });
}
