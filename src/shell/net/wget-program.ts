import type { Program } from '../process';
import { resolvePath } from '../path';
import type { NetDeps } from './net-deps';
import { parseUrl } from './parse-url';
import { httpFetch } from './http-fetch';

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

/**
 * GNU Wget 1.21 for one or more URLs with -q, -O FILE (- for stdout). Its log goes to stderr,
 * as the real one's does; lines are wget's (recorded in test/unit/net/recorded/). The speed
 * is a fixed figure: nothing real was transferred. Exit 4 for network failures, 8 for an
 * HTTP error status, as wget documents.
 */
export function wgetProgram(deps: NetDeps): Program {
  return async (ctx) => {
    let quiet = false;
    let out: string | undefined;
    const urls: string[] = [];
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-q' || a === '--quiet') quiet = true;
      else if (a === '-O') out = args[++i];
      else if (a.startsWith('-O')) out = a.slice(2);
      else if (a.startsWith('--output-document=')) out = a.slice(18);
      else if (a.startsWith('-')) {
        ctx.stderr.write(`wget: invalid option -- '${a.replace(/^-+/, '')[0]}'\nUsage: wget [OPTION]... [URL]...\n\nTry \`wget --help' for more options.\n`);
        return 2;
      } else urls.push(a);
    }
    if (!urls.length) {
      ctx.stderr.write("wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n");
      return 1;
    }
    const log = (s: string) => quiet || ctx.stderr.write(s);
    let status = 0;
    for (const raw of urls) {
      const url = parseUrl(raw);
      if (!url) continue;
      log(`--${stamp(deps.now())}--  ${url.href}\n`);
      const r = await httpFetch(deps, ctx, url, 'GET', [['User-Agent', 'Wget/1.21.3'], ['Accept', '*/*'], ['Host', url.port === 80 ? url.host : `${url.host}:${url.port}`]]);
      if (r.kind === 'unresolved') {
        log(`Resolving ${url.host} (${url.host})... failed: Name or service not known.\nwget: unable to resolve host address ‘${url.host}’\n`);
        status = 4;
        continue;
      }
      const numeric = /^[\d.]+$/.test(url.host);
      if (!numeric) log(`Resolving ${url.host} (${url.host})... ${r.ip}\n`);
      const where = numeric ? `${url.host}:${url.port}` : `${url.host} (${url.host})|${r.ip}|:${url.port}`;
      if (r.kind === 'refused') {
        log(`Connecting to ${where}... failed: Connection refused.\n`);
        status = 4;
        continue;
      }
      log(`Connecting to ${where}... connected.\n`);
      if (r.kind === 'reset') {
        log('HTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.\nRetrying.\n\n');
        status = 4;
        continue;
      }
      const res = r.res;
      log(`HTTP request sent, awaiting response... ${res.status} ${res.reason}\n`);
      if (res.status >= 400) {
        log(`${stamp(deps.now())} ERROR ${res.status}: ${res.reason}.\n\n`);
        status = 8;
        continue;
      }
      const type = res.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1];
      log(`Length: ${res.body.length}${type ? ` [${type}]` : ''}\n`);
      let name = out ?? (url.path.split('?')[0].split('/').pop() || 'index.html');
      if (out === undefined) {
        // wget never overwrites: a second download gets ".1", ".2", ...
        let n = 0;
        const base = name;
        while (ctx.fs.stat(resolvePath(ctx.cwd, name))) name = `${base}.${++n}`;
      }
      log(`Saving to: ‘${name === '-' ? 'STDOUT' : name}’\n\n`);
      if (name === '-') ctx.stdout.write(new TextDecoder().decode(res.body));
      else if (name !== '/dev/null') ctx.fs.writeFile(resolvePath(ctx.cwd, name), res.body);
      log(`     0K ${' '.repeat(54)}100% 2.11M=0s\n\n`);
      log(`${stamp(deps.now())} (2.11 MB/s) - ‘${name === '-' ? '-' : name}’ saved [${res.body.length}/${res.body.length}]\n\n`);
    }
    return status;
  };
}
