import type { Entry } from '../../../src/engine/layer/entry';
import { executableContent } from '../../../src/engine/layer/executable';
import { LayerStore } from '../../../src/engine/stores/layer-store';
import { Engine } from '../../../src/engine/engine';
import type { Sandbox } from '../../../src/sandbox/sandbox';
import { Sandbox as SandboxClass } from '../../../src/sandbox/sandbox';
import { MemoryStore } from '../../../src/storage/memory-store';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { loadImage } from '../sandbox/catalog-fixture';

const enc = new TextEncoder();
const M = 1_764_000_000;
const dir = (path: string): Entry => ({ type: 'dir', path, mode: 0o755, uid: 0, gid: 0, mtime: M });
const text = (path: string, s: string, mode = 0o644): Entry => ({ type: 'file', path, mode, uid: 0, gid: 0, mtime: M, content: { kind: 'bytes', bytes: enc.encode(s) } });
const exe = (path: string, program: string, size = 100_000): Entry => ({ type: 'file', path, mode: 0o755, uid: 0, gid: 0, mtime: M, content: executableContent(program, size) });

/** The echo lines of the real image's /docker-entrypoint.sh and its 10-listen-on-ipv6 script. */
const ENTRYPOINT = `#!/bin/sh
set -e
if [ "$1" = "nginx" ]; then
    echo "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
    echo "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/"
    echo "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh"
    echo "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf"
    echo "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf"
    echo "/docker-entrypoint.sh: Configuration complete; ready for start up"
fi
exec "$@"
`;

/** The official httpd image's CMD script. */
const HTTPD_FOREGROUND = `#!/bin/sh
set -e
rm -f /usr/local/apache2/logs/httpd.pid
exec httpd -DFOREGROUND "$@"
`;

const DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }
}
`;

export const INDEX = '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n';

/**
 * A sandbox with debian and "web": debian plus the nginx image's paths (entrypoint script,
 * default.conf, html root, exe:nginx), httpd's (httpd-foreground, htdocs), and curl, python3, node
 * and ps (which the real nginx image lacks), until the catalog's images land.
 */
export async function netSandbox(): Promise<Sandbox> {
  // A clock that stands still: log times do not depend on how often the code asks for the time.
  const sb = await SandboxClass.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:46:33Z', 0), random: seededRandom(11) });
  await loadImage(sb, 'debian');
  const base = sb.engine.imageGet('debian');
  const layer = await LayerStore.prepare([
    text('/docker-entrypoint.sh', ENTRYPOINT, 0o755),
    dir('/etc/nginx'), dir('/etc/nginx/conf.d'), text('/etc/nginx/conf.d/default.conf', DEFAULT_CONF),
    dir('/usr/share/nginx'), dir('/usr/share/nginx/html'), text('/usr/share/nginx/html/index.html', INDEX),
    exe('/usr/sbin/nginx', 'nginx'), exe('/usr/bin/ps', 'ps'),
    dir('/usr/local/apache2'), dir('/usr/local/apache2/htdocs'), text('/usr/local/apache2/htdocs/index.html', '<html><body><h1>It works!</h1></body></html>\n'),
    dir('/usr/local/bin'), text('/usr/local/bin/httpd-foreground', HTTPD_FOREGROUND, 0o755), exe('/usr/local/bin/httpd', 'httpd'), exe('/usr/local/bin/redis-server', 'redis-server'), exe('/usr/bin/curl', 'curl'), exe('/usr/bin/python3', 'python3'), exe('/usr/bin/node', 'node'),
    dir('/srv'), text('/srv/hello.txt', 'hello from python\n'),
  ]);
  const stacked = Engine.stack(base.config, [{ diffId: layer.record.diffId, createdBy: 'COPY web /', created: '2026-11-20T00:00:00Z' }]);
  const config = {
    ...stacked,
    config: {
      ...stacked.config,
      Env: [...(stacked.config?.Env ?? []), 'NGINX_VERSION=1.27.3'],
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      ExposedPorts: { '80/tcp': {} },
      StopSignal: 'SIGQUIT',
    },
  };
  await sb.engine.imageStore(config, [layer], ['web:latest'], base.id);
  const apache = { ...config, config: { ...config.config, Entrypoint: undefined, Cmd: ['httpd-foreground'], StopSignal: 'SIGWINCH' } };
  await sb.engine.imageStore(apache, [layer], ['apache:latest'], base.id);
  const redis = { ...config, config: { ...config.config, Entrypoint: undefined, Cmd: ['redis-server'], StopSignal: undefined } };
  await sb.engine.imageStore(redis, [layer], ['cache:latest'], base.id);
  return sb;
}
