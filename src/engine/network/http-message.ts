/**
 * One HTTP exchange inside the sandbox network. There are no sockets: a client hands the request
 * to the listener's handler and gets the response back whole (bodies are small files).
 */
export interface HttpRequest {
  method: string;
  /** The request target as sent: "/", "/index.html?x=1". */
  path: string;
  /** Header names as sent ("Host", "User-Agent", ...). */
  headers: Array<[string, string]>;
  /** The peer address the server sees (Docker's bridge gateway for published ports). */
  clientIp: string;
  /** Request body (registry uploads, manifest PUTs); absent for GET and HEAD. */
  body?: Uint8Array;
}

export interface HttpResponse {
  /** "HTTP/1.1" or "HTTP/1.0" (python's http.server answers 1.0). */
  version: string;
  status: number;
  reason: string;
  headers: Array<[string, string]>;
  body: Uint8Array;
}

export type HttpHandler = (req: HttpRequest) => Promise<HttpResponse>;
