import type { Vfs } from '../../engine/fs/vfs';
import type { HttpRequest, HttpResponse } from '../../engine/network/http-message';

const TYPES: Record<string, string> = {
  html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json',
  txt: 'text/plain', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', ico: 'image/x-icon',
};

export function contentType(path: string, fallback: string): string {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? fallback;
}

export type Lookup =
  | { kind: 'file'; path: string; body: Uint8Array; mtime: number }
  | { kind: 'dir-redirect' }
  | { kind: 'missing'; path: string }
  | { kind: 'forbidden'; path: string };

/** Finds the file a request names under `root`, with the index files tried for a directory. */
export function lookupFile(fs: Vfs, root: string, index: string[], req: HttpRequest): Lookup {
  let rel = decodeURIComponent(req.path.split('?')[0]);
  rel = '/' + rel.split('/').filter((p) => p && p !== '.' && p !== '..').join('/') + (rel.endsWith('/') && rel !== '/' ? '/' : '');
  const full = (root.replace(/\/+$/, '') + rel).replace(/\/+/g, '/');
  const st = fs.stat(full);
  if (!st) return { kind: 'missing', path: full };
  if (st.type === 'dir') {
    if (!full.endsWith('/') && rel !== '/') return { kind: 'dir-redirect' };
    for (const i of index) {
      const p = full.replace(/\/?$/, '/') + i;
      const s = fs.stat(p);
      if (s && s.type !== 'dir') return { kind: 'file', path: p, body: fs.readFile(p), mtime: s.mtime };
    }
    return { kind: 'forbidden', path: full };
  }
  return { kind: 'file', path: full, body: fs.readFile(full), mtime: st.mtime };
}

export function response(version: string, status: number, reason: string, headers: Array<[string, string]>, body: Uint8Array): HttpResponse {
  return { version, status, reason, headers, body };
}
