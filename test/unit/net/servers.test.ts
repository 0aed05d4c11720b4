import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { piped } from '../sandbox/catalog-fixture';
import { INDEX, netSandbox } from './net-fixture';

const recorded = (name: string) => readFileSync(new URL(`./recorded/${name}`, import.meta.url), 'utf8');

const ENTRYPOINT_LINES = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];
const startup = (t: string) => [
  'using the "epoll" event method', 'nginx/1.27.3', 'built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) ', 'OS: Linux 6.8.0-layerlab',
  'getrlimit(RLIMIT_NOFILE): 1048576:1048576', 'start worker processes', 'start worker process 29', 'start worker process 30',
].map((m) => `${t} [notice] 1#1: ${m}`);

describe('servers in containers, published ports, curl', () => {
  it('serves the page on a published port, logs the request, shows a changed page, and stops with 0', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, [
      'docker run -d --name web -p 8080:80 web > /dev/null',
      'curl localhost:8080',
      'docker exec web sh -c "echo changed > /usr/share/nginx/html/index.html"',
      'curl -s http://localhost:8080/',
      'curl -s -o /dev/null localhost:8080/nope; echo "curl: $?"',
      'docker logs web',
      'docker stop web',
      "docker ps -a --format '{{.Names}}|{{.Status}}|{{.Ports}}'",
      'curl localhost:8080; echo "curl: $?"',
      'docker logs web 2>&1 | tail -4',
    ].join('\n'));
    expect(out).toBe([
      INDEX + 'changed',
      'curl: 0',
      ...ENTRYPOINT_LINES,
      ...startup('2026/11/24 06:46:33'),
      // the bridge gateway is the client, as for Docker's published ports
      '172.17.0.1 - - [24/Nov/2026:06:46:33 +0000] "GET / HTTP/1.1" 200 121 "-" "curl/7.88.1" "-"',
      '172.17.0.1 - - [24/Nov/2026:06:46:33 +0000] "GET / HTTP/1.1" 200 8 "-" "curl/7.88.1" "-"',
      '2026/11/24 06:46:33 [error] 29#29: *1 open() "/usr/share/nginx/html/nope" failed (2: No such file or directory), client: 172.17.0.1, server: localhost, request: "GET /nope HTTP/1.1", host: "localhost:8080"',
      '172.17.0.1 - - [24/Nov/2026:06:46:33 +0000] "GET /nope HTTP/1.1" 404 153 "-" "curl/7.88.1" "-"',
      'web',
      // STOPSIGNAL SIGQUIT: nginx shuts down gracefully and exits 0; the port is released
      'web|Exited (0) Less than a second ago|',
      "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server",
      'curl: 7',
      '2026/11/24 06:46:33 [notice] 30#30: gracefully shutting down',
      '2026/11/24 06:46:33 [notice] 30#30: exiting',
      '2026/11/24 06:46:33 [notice] 30#30: exit',
      '2026/11/24 06:46:33 [notice] 1#1: exit',
      '',
    ].join('\n'));
  });

  it("answers like nginx: -I headers and the 404 page have the recorded nginx's shape", async () => {
    const sb = await netSandbox();
    const out = await piped(sb, 'docker run -d -p 8080:80 web > /dev/null\ncurl -sI localhost:8080\ncurl -s localhost:8080/nope');
    const head = recorded('nginx-head.txt');
    // the recording is nginx 1.22.1 serving a 12-byte page; the fixture image is 1.27.3 with its own page and clock
    const page = new TextEncoder().encode(INDEX).length;
    const expectedHead = head
      .replace('nginx/1.22.1', 'nginx/1.27.3')
      .replace(/Date: .*\r/, 'Date: Tue, 24 Nov 2026 06:46:33 GMT\r')
      .replace('Content-Length: 12', `Content-Length: ${page}`)
      .replace(/Last-Modified: .*\r/, 'Last-Modified: Mon, 24 Nov 2025 16:00:00 GMT\r')
      .replace(/ETag: .*\r/, `ETag: "${(1_764_000_000).toString(16)}-${page.toString(16)}"\r`);
    expect(out).toBe(expectedHead + recorded('nginx-404.txt').replace('nginx/1.22.1', 'nginx/1.27.3'));
  });

  it('a taken host port fails the second run as Docker 28 does: exit 125, the container stays Created', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, [
      'docker run -d --name one -p 8080:80 web > /dev/null',
      'docker run -d --name two -p 8080:80 web; echo "run: $?"',
      "docker inspect -f '{{.State.Status}}' one two",
    ].join('\n'));
    expect(out.replace(/\(([0-9a-f]{64})\)/, '(ENDPOINT)')).toBe([
      'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint two (ENDPOINT): Bind for 0.0.0.0:8080 failed: port is already allocated',
      '',
      "Run 'docker run --help' for more information",
      'run: 125',
      'running',
      'created',
      '',
    ].join('\n'));
  });
});
