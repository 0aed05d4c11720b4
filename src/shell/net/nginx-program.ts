import type { Program } from '../process';
import type { Vfs } from '../../engine/fs/vfs';
import type { HttpRequest, HttpResponse } from '../../engine/network/http-message';
import { HOST_NS } from '../../engine/network/sandbox-network';
import { untilStopped, type NetDeps } from './net-deps';
import { contentType, lookupFile, response } from './static-files';

const enc = new TextEncoder();
const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nginx's error_log time: 2026/11/24 06:46:33 */
export const errorLogTime = (d: Date) => `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
/** The combined log format's $time_local: 24/Nov/2026:06:46:33 +0000 */
export const accessLogTime = (d: Date) => `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;

interface Site {
  port: number;
  root: string;
  index: string[];
}

/** The few directives the default site uses (listen, root, index), read from conf.d/default.conf. */
function readSite(fs: Vfs): Site {
  const site: Site = { port: 80, root: '/usr/share/nginx/html', index: ['index.html'] };
  let text = '';
  try {
    text = new TextDecoder().decode(fs.readFile('/etc/nginx/conf.d/default.conf'));
  } catch {
    return site;
  }
  text = text.replace(/#.*$/gm, '');
  const listen = /\blisten\s+(?:[\d.]+:)?(\d+)[^;]*;/.exec(text);
  const root = /\broot\s+([^;\s]+)\s*;/.exec(text);
  const index = /\bindex\s+([^;]+);/.exec(text);
  if (listen) site.port = Number(listen[1]);
  if (root) site.root = root[1];
  if (index) site.index = index[1].trim().split(/\s+/);
  return site;
}

function errorPage(version: string, status: number, reason: string): Uint8Array {
  return enc.encode(`<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`);
}

/**
 * nginx in the foreground (`nginx -g 'daemon off;'`, the official image's CMD): serves the
 * default site's root, writes the combined-format access log to stdout and its notices to
 * stderr (the image links its log files to /dev/stdout and /dev/stderr). Without `daemon off`
 * it forks away and the foreground process exits 0 at once, as the real one does. SIGQUIT
 * (the image's STOPSIGNAL) and SIGTERM end it with 0.
 */
export function nginxProgram(deps: NetDeps): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1);
    if (args.includes('-v') || args.includes('-V')) {
      ctx.stderr.write(`nginx version: nginx/${ctx.env.get('NGINX_VERSION') ?? '1.27.3'}\n`);
      return 0;
    }
    const g = args.indexOf('-g');
    if (g < 0 || !/daemon\s+off/.test(args[g + 1] ?? '')) return 0;
    const version = ctx.env.get('NGINX_VERSION') ?? '1.27.3';
    const id = deps.containerOf(ctx.fs);
    const ns = id ?? HOST_NS;
    const site = readSite(ctx.fs);
    let at = deps.now();
    const note = (pid: number, msg: string) => ctx.stderr.write(`${errorLogTime(at)} [notice] ${pid}#${pid}: ${msg}\n`);
    if (deps.network.isListening(ns, site.port)) {
      ctx.stderr.write(`nginx: [emerg] bind() to 0.0.0.0:${site.port} failed (98: Address already in use)\n`);
      return 1;
    }
    const workers = [29, 30];
    note(1, 'using the "epoll" event method');
    note(1, `nginx/${version}`);
    note(1, 'built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) ');
    note(1, 'OS: Linux 6.8.0-layerlab');
    note(1, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    note(1, 'start worker processes');
    for (const w of workers) note(1, `start worker process ${w}`);
    const serve = async (req: HttpRequest): Promise<HttpResponse> => {
      const now = deps.now();
      const base: Array<[string, string]> = [['Server', `nginx/${version}`], ['Date', now.toUTCString()]];
      let res: HttpResponse;
      const found = req.method === 'GET' || req.method === 'HEAD' ? lookupFile(ctx.fs, site.root, site.index, req) : undefined;
      if (found?.kind === 'file') {
        const etag = `"${found.mtime.toString(16)}-${found.body.length.toString(16)}"`;
        res = response('HTTP/1.1', 200, 'OK', [...base, ['Content-Type', contentType(found.path, 'application/octet-stream')], ['Content-Length', String(found.body.length)],
          ['Last-Modified', new Date(found.mtime * 1000).toUTCString()], ['Connection', 'keep-alive'], ['ETag', etag], ['Accept-Ranges', 'bytes']], found.body);
      } else {
        const [status, reason] = !found ? [405, 'Not Allowed'] : found.kind === 'forbidden' ? [403, 'Forbidden'] : found.kind === 'dir-redirect' ? [301, 'Moved Permanently'] : [404, 'Not Found'];
        const body = errorPage(version, status, reason);
        res = response('HTTP/1.1', status, reason, [...base, ['Content-Type', 'text/html'], ['Content-Length', String(body.length)], ['Connection', 'keep-alive']], body);
        if (found?.kind === 'missing') {
          const host = req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? '';
          ctx.stderr.write(`${errorLogTime(now)} [error] ${workers[0]}#${workers[0]}: *1 open() "${found.path}" failed (2: No such file or directory), client: ${req.clientIp}, server: localhost, request: "${req.method} ${req.path} HTTP/1.1", host: "${host}"\n`);
        }
      }
      const ua = req.headers.find(([k]) => k.toLowerCase() === 'user-agent')?.[1] ?? '-';
      const sent = req.method === 'HEAD' ? 0 : res.body.length;
      ctx.stdout.write(`${req.clientIp} - - [${accessLogTime(now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${sent} "-" "${ua}" "-"\n`);
      return res;
    };
    const close = deps.network.listen(ns, site.port, serve);
    const cleanups: Array<() => void> = [];
    if (id) {
      deps.processes.retitle(id, `nginx: master process ${ctx.argv.join(' ').replace(/^\S*nginx/, 'nginx')}`);
      for (const _ of workers) cleanups.push(deps.processes.add(id, { user: '101', cmd: 'nginx: worker process' }));
      deps.processes.trap(id, 'SIGQUIT', 0);
      deps.processes.trap(id, 'SIGTERM', 0);
    }
    const sig = await untilStopped(ctx.signal);
    at = deps.now();
    close();
    for (const c of cleanups) c();
    if (sig === 'SIGQUIT' || sig === 'SIGTERM') {
      note(1, `signal ${sig === 'SIGQUIT' ? '3 (SIGQUIT)' : '15 (SIGTERM)'} received, ${sig === 'SIGQUIT' ? 'shutting down' : 'exiting'}`);
      for (const w of workers) {
        if (sig === 'SIGQUIT') note(w, 'gracefully shutting down');
        note(w, 'exiting');
        note(w, 'exit');
      }
      note(1, 'exit');
      return 0;
    }
    return sig === 'SIGKILL' ? 137 : 130;
  };
}
