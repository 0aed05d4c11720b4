import type { Program } from '../process';
import type { HttpRequest, HttpResponse } from '../../engine/network/http-message';
import { HOST_NS } from '../../engine/network/sandbox-network';
import { registryServer } from '../../engine/registry/registry-server';
import { untilStopped, type NetDeps } from './net-deps';

/**
 * The registry:2 image's /bin/registry (CNCF distribution 2.8): `registry serve CONFIG` answers
 * the OCI Distribution API on the config's http.addr, storing repositories and blobs in the
 * container's own filesystem under /var/lib/registry (so `docker diff` shows them), and logs
 * one line per request as its access log does.
 */
export function registryProgram(deps: NetDeps): Program {
  return async (ctx) => {
    const [, cmd, config] = ctx.argv;
    if (cmd !== 'serve') {
      ctx.stderr.write(cmd === undefined || cmd === 'help' || cmd === '--help'
        ? '`registry`\n\nUsage:\n  registry [flags]\n  registry [command]\n\nAvailable Commands:\n  garbage-collect `garbage-collect` deletes layers not referenced by any manifests\n  help            Help about any command\n  serve           `serve` stores and distributes Docker images\n\nFlags:\n  -h, --help=false: help for registry\n  -v, --version=false: show the version and exit\n'
        : `layerlab: 'registry ${cmd}' is not available in this sandbox\n`);
      return cmd === undefined || cmd === 'help' || cmd === '--help' ? 0 : 1;
    }
    let text = '';
    try {
      text = new TextDecoder().decode(ctx.fs.readFile(config?.startsWith('/') ? config : `${ctx.cwd}/${config ?? ''}`));
    } catch {
      ctx.stderr.write(`configuration error: open ${config ?? ''}: no such file or directory\n\nUsage: \n  registry serve <config> [flags]\n`);
      return 1;
    }
    const port = Number(/^\s*addr:\s*[^:\n]*:(\d+)/m.exec(text)?.[1] ?? 5000);
    const id = deps.containerOf(ctx.fs);
    const ns = id ?? HOST_NS;
    let n = 0;
    const api = registryServer(ctx.fs, () => `${(++n).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`);
    const time = () => deps.now().toISOString().replace(/\.\d+Z$/, 'Z');
    const serve = async (req: HttpRequest): Promise<HttpResponse> => {
      const res = await api(req);
      const ua = req.headers.find(([k]) => k.toLowerCase() === 'user-agent')?.[1] ?? '';
      ctx.stdout.write(`${req.clientIp} - - [${accessTime(deps.now())}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${res.body.length} "" "${ua}"\n`);
      return res;
    };
    const close = deps.network.listen(ns, port, serve);
    ctx.stderr.write(`time="${time()}" level=info msg="redis not configured" go.version=go1.20.8 instance.id=00000000-0000-4000-8000-000000000000 service=registry version=2.8.3\n`);
    ctx.stderr.write(`time="${time()}" level=info msg="Starting upload purge in 20m0s" go.version=go1.20.8 instance.id=00000000-0000-4000-8000-000000000000 service=registry version=2.8.3\n`);
    ctx.stderr.write(`time="${time()}" level=info msg="listening on [::]:${port}" go.version=go1.20.8 instance.id=00000000-0000-4000-8000-000000000000 service=registry version=2.8.3\n`);
    const sig = await untilStopped(ctx.signal);
    close();
    return sig === 'SIGKILL' ? 137 : 2; // Go's default on SIGTERM without a handler: exit 2
  };
}

function accessTime(d: Date): string {
  const m = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (x: number) => String(x).padStart(2, '0');
  return `${p(d.getUTCDate())}/${m}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
