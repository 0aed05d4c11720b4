import type { ProcessContext } from '../process';
import type { HttpResponse } from '../../engine/network/http-message';
import { HOST_NS } from '../../engine/network/sandbox-network';
import type { NetDeps } from './net-deps';
import type { Url } from './parse-url';

export type FetchResult =
  | { kind: 'ok'; res: HttpResponse; ip: string }
  | { kind: 'refused'; ip: string }
  | { kind: 'reset'; ip: string }
  | { kind: 'unresolved' };

/** One request from the calling process's namespace (curl, wget). */
export async function httpFetch(deps: NetDeps, ctx: ProcessContext, url: Url, method: string, headers: Array<[string, string]>): Promise<FetchResult> {
  const ns = deps.containerOf(ctx.fs) ?? HOST_NS;
  const hostname = ctx.env.get('HOSTNAME');
  const c = deps.network.connect(ns, url.host, url.port, hostname);
  const ip = /^[\d.]+$/.test(url.host) ? url.host : '127.0.0.1';
  if (c.kind === 'unresolved') return c;
  if (c.kind !== 'open') return { kind: c.kind, ip };
  const res = await c.handler({ method, path: url.path, headers, clientIp: c.clientIp });
  return { kind: 'ok', res, ip };
}
