import type { Program } from '../process';
import type { Vfs } from '../../engine/fs/vfs';
import type { HttpRequest, HttpResponse } from '../../engine/network/http-message';
import { HOST_NS } from '../../engine/network/sandbox-network';
import { untilStopped, type NetDeps } from './net-deps';
import { accessLogTime } from './nginx-program';
import { contentType, lookupFile, response } from './static-files';

const enc = new TextEncoder();
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** Apache's error log time: [Tue Nov 24 06:46:33.000000 2026] */
const errorTime = (d: Date) => `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds() * 1000, 6)} ${d.getUTCFullYear()}]`;

const NOT_FOUND = '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';

function readConf(fs: Vfs): { port: number; root: string } {
  const conf = { port: 80, root: '/usr/local/apache2/htdocs' };
  try {
    const text = new TextDecoder().decode(fs.readFile('/usr/local/apache2/conf/httpd.conf')).replace(/^\s*#.*$/gm, '');
    const listen = /^\s*Listen\s+(?:[\d.]+:)?(\d+)/m.exec(text);
    const root = /^\s*DocumentRoot\s+"?([^"\n]+)"?/m.exec(text);
    if (listen) conf.port = Number(listen[1]);
    if (root) conf.root = root[1].trim();
  } catch {
    // no config file: the image's defaults
  }
  return conf;
}

/**
 * Apache httpd in the foreground (`httpd -DFOREGROUND`, run by the image's httpd-foreground
 * script): serves DocumentRoot, logs requests in the common format on stdout and its notices on
 * stderr, as the official image does. SIGWINCH (the image's STOPSIGNAL) and SIGTERM end it with 0.
 */
export function httpdProgram(deps: NetDeps): Program {
  return async (ctx) => {
    const version = ctx.env.get('HTTPD_VERSION') ?? '2.4.62';
    if (ctx.argv.includes('-v')) {
      ctx.stdout.write(`Server version: Apache/${version} (Unix)\n`);
      return 0;
    }
    if (!ctx.argv.some((a) => a === '-DFOREGROUND' || a === 'FOREGROUND')) return 0; // it daemonizes
    const id = deps.containerOf(ctx.fs);
    const ns = id ?? HOST_NS;
    const conf = readConf(ctx.fs);
    const server = `Apache/${version} (Unix)`;
    const notice = (mod: string, msg: string) => ctx.stderr.write(`${errorTime(deps.now())} [${mod}:notice] [pid 1:tid 1] ${msg}\n`);
    const fqdn = "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message\n";
    ctx.stderr.write(fqdn + fqdn);
    notice('mpm_event', `AH00489: ${server} configured -- resuming normal operations`);
    notice('core', "AH00094: Command line: 'httpd -D FOREGROUND'");
    const serve = async (req: HttpRequest): Promise<HttpResponse> => {
      const now = deps.now();
      const found = lookupFile(ctx.fs, conf.root, ['index.html'], req);
      let res: HttpResponse;
      const base: Array<[string, string]> = [['Date', now.toUTCString()], ['Server', server]];
      if (found.kind === 'file') {
        const etag = `"${found.body.length.toString(16)}-${(found.mtime * 1_000_000).toString(16)}"`;
        res = response('HTTP/1.1', 200, 'OK', [...base, ['Last-Modified', new Date(found.mtime * 1000).toUTCString()], ['ETag', etag], ['Accept-Ranges', 'bytes'], ['Content-Length', String(found.body.length)], ['Content-Type', contentType(found.path, 'text/plain')]], found.body);
      } else {
        const body = enc.encode(NOT_FOUND);
        res = response('HTTP/1.1', 404, 'Not Found', [...base, ['Content-Length', String(body.length)], ['Content-Type', 'text/html; charset=iso-8859-1']], body);
      }
      ctx.stdout.write(`${req.clientIp} - - [${accessLogTime(now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${req.method === 'HEAD' ? '-' : res.body.length}\n`);
      return res;
    };
    const close = deps.network.listen(ns, conf.port, serve);
    if (id) {
      deps.processes.retitle(id, 'httpd -DFOREGROUND');
      deps.processes.trap(id, 'SIGWINCH', 0);
      deps.processes.trap(id, 'SIGTERM', 0);
    }
    const sig = await untilStopped(ctx.signal);
    close();
    if (sig === 'SIGWINCH') notice('mpm_event', 'AH00492: caught SIGWINCH, shutting down gracefully');
    else if (sig === 'SIGTERM') notice('mpm_event', 'AH00491: caught SIGTERM, shutting down');
    else return sig === 'SIGKILL' ? 137 : 130;
    return 0;
  };
}
