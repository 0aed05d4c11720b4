import type { Program } from '../process';
import { resolvePath } from '../path';
import type { NetDeps } from './net-deps';
import { parseUrl } from './parse-url';
import { httpFetch } from './http-fetch';

const dec = new TextDecoder();

/**
 * curl URL with -s -S -I -i -o FILE -O -v -f -X METHOD -A UA -H HEADER. Only sandbox servers
 * answer: other hosts do not resolve (there is no outside network). Texts and exit codes are
 * curl 7.88.1's (recorded in test/unit/net/recorded/). The progress meter is not drawn.
 */
export function curlProgram(deps: NetDeps): Program {
  return async (ctx) => {
    const o = { silent: false, showError: false, head: false, include: false, verbose: false, fail: false, out: '', remoteName: false, method: '', ua: 'curl/7.88.1' };
    const extra: Array<[string, string]> = [];
    const urls: string[] = [];
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a.startsWith('--')) {
        const long: Record<string, string> = { '--silent': 's', '--show-error': 'S', '--head': 'I', '--include': 'i', '--verbose': 'v', '--fail': 'f', '--output': 'o', '--remote-name': 'O', '--request': 'X', '--user-agent': 'A', '--header': 'H', '--location': 'L' };
        if (!long[a]) {
          ctx.stderr.write(`curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
          return 2;
        }
        args[i] = '-' + long[a];
        i--;
        continue;
      }
      if (!a.startsWith('-') || a === '-') {
        urls.push(a);
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if ('oXAH'.includes(f)) {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) {
            ctx.stderr.write(`curl: option -${f}: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
            return 2;
          }
          if (f === 'o') o.out = v;
          else if (f === 'X') o.method = v;
          else if (f === 'A') o.ua = v;
          else {
            const k = v.indexOf(':');
            if (k > 0) extra.push([v.slice(0, k), v.slice(k + 1).trim()]);
          }
          break;
        }
        if (f === 's') o.silent = true;
        else if (f === 'S') o.showError = true;
        else if (f === 'I') o.head = true;
        else if (f === 'i') o.include = true;
        else if (f === 'v') o.verbose = true;
        else if (f === 'f') o.fail = true;
        else if (f === 'O') o.remoteName = true;
        else if (f === 'L') continue;
        else {
          ctx.stderr.write(`curl: option -${f}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
          return 2;
        }
      }
    }
    if (!urls.length) {
      ctx.stderr.write("curl: try 'curl --help' or 'curl --manual' for more information\n");
      return 2;
    }
    const err = (code: number, msg: string) => {
      if (!o.silent || o.showError) ctx.stderr.write(`curl: (${code}) ${msg}\n`);
      return code;
    };
    let status = 0;
    for (const raw of urls) {
      const url = parseUrl(raw);
      if (!url) return err(3, 'URL using bad/illegal format or missing URL');
      if (url.scheme !== 'http' && url.scheme !== 'https') return err(1, `Protocol "${url.scheme}" not supported or disabled in libcurl`);
      const method = o.method || (o.head ? 'HEAD' : 'GET');
      const hostHeader = url.port === 80 ? url.host : `${url.host}:${url.port}`;
      const headers: Array<[string, string]> = [['Host', hostHeader], ['User-Agent', o.ua], ['Accept', '*/*'], ...extra];
      const r = await httpFetch(deps, ctx, url, method, headers);
      if (r.kind === 'unresolved') {
        status = err(6, `Could not resolve host: ${url.host}`);
        continue;
      }
      if (o.verbose) ctx.stderr.write(`*   Trying ${r.ip}:${url.port}...\n`);
      if (r.kind === 'refused') {
        status = err(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`);
        continue;
      }
      if (o.verbose) ctx.stderr.write(`* Connected to ${url.host} (${r.ip}) port ${url.port} (#0)\n${headers.map(([k, v]) => `> ${k}: ${v}\r\n`).join('').replace(/^/, `> ${method} ${url.path} HTTP/1.1\r\n`)}> \r\n`);
      if (r.kind === 'reset') {
        status = err(56, 'Recv failure: Connection reset by peer');
        continue;
      }
      const res = r.res;
      if (o.fail && res.status >= 400) {
        status = err(22, `The requested URL returned error: ${res.status}`);
        continue;
      }
      const head = `${res.version} ${res.status} ${res.reason}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
      if (o.verbose) {
        if (res.version === 'HTTP/1.0') ctx.stderr.write('* HTTP 1.0, assume close after body\n');
        ctx.stderr.write(head.split('\r\n').slice(0, -1).map((l) => `< ${l}\r\n`).join(''));
        if (method !== 'HEAD') ctx.stderr.write(`{ [${res.body.length} bytes data]\n`);
      }
      let text = o.head || o.include ? head : '';
      if (method !== 'HEAD') text += dec.decode(res.body);
      const file = o.out || (o.remoteName ? url.path.split('?')[0].split('/').pop() || '' : '');
      if (o.remoteName && !file) return err(23, 'Remote file name has no length!');
      if (file === '/dev/null') {
        // the sandbox's filesystems have no device files: discarding is what /dev/null does
      } else if (file) {
        try {
          ctx.fs.writeFile(resolvePath(ctx.cwd, file), new TextEncoder().encode(text));
        } catch {
          return err(23, `Failure writing output to destination`);
        }
      } else ctx.stdout.write(text);
      if (o.verbose) ctx.stderr.write(res.version === 'HTTP/1.0' ? '* Closing connection 0\n' : `* Connection #0 to host ${url.host} left intact\n`);
    }
    return status;
  };
}
