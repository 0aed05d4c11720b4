import type { Program, ProcessContext } from '../process';
import { resolvePath } from '../path';
import type { HttpRequest, HttpResponse } from '../../engine/network/http-message';
import { HOST_NS } from '../../engine/network/sandbox-network';
import { untilStopped, type NetDeps } from './net-deps';
import { contentType, lookupFile, response } from './static-files';
import { runPrints, Unsupported } from './print-eval';

const enc = new TextEncoder();
const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const logTime = (d: Date) => `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

const NOT_FOUND = `<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: 404</p>
        <p>Message: File not found.</p>
        <p>Error code explanation: 404 - Nothing matches the given URI.</p>
    </body>
</html>
`;

/**
 * python3: `-c` and script files made of print() calls (print-eval.ts says what is supported),
 * `-m http.server [PORT] [-d DIR] [-b ADDR]` serving the directory as python 3.11 does (its
 * texts recorded in test/unit/net/recorded/), and --version. As PID 1 it installs no SIGTERM
 * handler, so `docker stop` kills it after the timeout (137).
 */
export function pythonProgram(deps: NetDeps): Program {
  return async (ctx) => {
    const version = ctx.env.get('PYTHON_VERSION') ?? '3.11.2';
    const args = ctx.argv.slice(1);
    if (args[0] === '--version' || args[0] === '-V') {
      ctx.stdout.write(`Python ${version}\n`);
      return 0;
    }
    if (args[0] === '-m' && args[1] === 'http.server') return httpServer(deps, ctx, args.slice(2), version);
    let script: string | undefined;
    let name = '<string>';
    if (args[0] === '-c') script = args[1] ?? '';
    else if (args[0] && !args[0].startsWith('-')) {
      name = args[0];
      try {
        script = new TextDecoder().decode(ctx.fs.readFile(resolvePath(ctx.cwd, args[0])));
      } catch {
        ctx.stderr.write(`${ctx.argv[0]}: can't open file '${resolvePath(ctx.cwd, args[0])}': [Errno 2] No such file or directory\n`);
        return 2;
      }
    }
    if (script === undefined) {
      ctx.stderr.write(`layerlab: python3 ${args.join(' ') || '(interactive)'} is not available in this sandbox (python3 -c, script files of print() calls and -m http.server are)\n`);
      return 1;
    }
    try {
      ctx.stdout.write(runPrints(script.replace(/^#!.*\n/, ''), /^print\((.*)\)$/, 'python'));
      return 0;
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      ctx.stderr.write(`layerlab: this python3 runs only print() of literals; ${name} uses more than that (not available in this sandbox)\n`);
      return 1;
    }
  };
}

async function httpServer(deps: NetDeps, ctx: ProcessContext, args: string[], version: string): Promise<number> {
  let port = 8000;
  let bind = '0.0.0.0';
  let dir = ctx.cwd;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-d' || args[i] === '--directory') dir = resolvePath(ctx.cwd, args[++i] ?? '.');
    else if (args[i] === '-b' || args[i] === '--bind') bind = args[++i] ?? bind;
    else if (/^\d+$/.test(args[i])) port = Number(args[i]);
  }
  const ns = deps.containerOf(ctx.fs) ?? HOST_NS;
  if (deps.network.isListening(ns, port)) {
    ctx.stderr.write('OSError: [Errno 98] Address already in use\n');
    return 1;
  }
  const server = `SimpleHTTP/0.6 Python/${version}`;
  const serve = async (req: HttpRequest): Promise<HttpResponse> => {
    const now = deps.now();
    const base: Array<[string, string]> = [['Server', server], ['Date', now.toUTCString()]];
    const found = lookupFile(ctx.fs, dir, ['index.html', 'index.htm'], req);
    let res: HttpResponse;
    if (found.kind === 'file') {
      res = response('HTTP/1.0', 200, 'OK', [...base, ['Content-type', contentType(found.path, 'application/octet-stream')], ['Content-Length', String(found.body.length)], ['Last-Modified', new Date(found.mtime * 1000).toUTCString()]], found.body);
    } else if (found.kind === 'forbidden') {
      const body = enc.encode(listing(ctx, found.path, decodeURIComponent(req.path.split('?')[0])));
      res = response('HTTP/1.0', 200, 'OK', [...base, ['Content-type', 'text/html; charset=utf-8'], ['Content-Length', String(body.length)]], body);
    } else if (found.kind === 'dir-redirect') {
      res = response('HTTP/1.0', 301, 'Moved Permanently', [...base, ['Location', req.path.split('?')[0] + '/'], ['Content-Length', '0']], new Uint8Array());
    } else {
      ctx.stderr.write(`${req.clientIp} - - [${logTime(now)}] code 404, message File not found\n`);
      const body = enc.encode(NOT_FOUND);
      res = response('HTTP/1.0', 404, 'File not found', [...base, ['Connection', 'close'], ['Content-Type', 'text/html;charset=utf-8'], ['Content-Length', String(body.length)]], body);
    }
    ctx.stderr.write(`${req.clientIp} - - [${logTime(now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} -\n`);
    return res;
  };
  const close = deps.network.listen(ns, port, serve);
  ctx.stdout.write(`Serving HTTP on ${bind} port ${port} (http://${bind}:${port}/) ...\n`);
  const sig = await untilStopped(ctx.signal);
  close();
  if (sig === undefined) {
    ctx.stdout.write('\nKeyboard interrupt received, exiting.\n');
    return 0;
  }
  return 137;
}

function listing(ctx: ProcessContext, dir: string, shown: string): string {
  const names = ctx.fs.readdir(dir).map((n) => (ctx.fs.stat(`${dir.replace(/\/$/, '')}/${n}`)?.type === 'dir' ? `${n}/` : n)).sort();
  return `<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Directory listing for ${shown}</title>\n</head>\n<body>\n<h1>Directory listing for ${shown}</h1>\n<hr>\n<ul>\n${names.map((n) => `<li><a href="${n}">${n}</a></li>\n`).join('')}</ul>\n<hr>\n</body>\n</html>\n`;
}
