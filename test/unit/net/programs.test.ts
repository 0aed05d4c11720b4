import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { piped } from '../sandbox/catalog-fixture';
import { netSandbox } from './net-fixture';

const recorded = (name: string) => readFileSync(new URL(`./recorded/${name}`, import.meta.url), 'utf8');

describe('curl, wget, python3, node, ps, docker top, docker stop', () => {
  it("curl and wget on the host fail as the real tools do (texts recorded from curl 7.88.1 and wget 1.21.3)", async () => {
    const sb = await netSandbox();
    const out = await piped(sb, [
      'curl localhost:8081; echo "exit $?"',
      'curl -s localhost:8081; echo "exit $?"',
      'curl -s example.com; echo "exit $?"',
      'curl example.com; echo "exit $?"',
      'wget localhost:8081; echo "exit $?"',
    ].join('\n'));
    // the recording has curl's progress meter (its stdout was a pipe); the sandbox never draws it
    const curl = (recorded('curl-errors.txt').match(/curl: \(\d+\)[^\n]*|exit \d+/g) ?? []).join('\n') + '\n';
    const wget = recorded('wget-errors.txt').split('\n').slice(0, 4).join('\n').replace(/--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--/, '--2026-11-24 06:46:33--');
    expect(curl).toBe("curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server\nexit 7\nexit 7\nexit 6\n");
    expect(out).toBe(curl + 'curl: (6) Could not resolve host: example.com\nexit 6\n' + wget + '\n');
  });

  it('docker stop: a shell or sleep as PID 1 ignores SIGTERM and is killed after the timeout (137)', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, [
      'docker run -d --name nap debian sleep 1000 > /dev/null',
      'docker top nap',
      'docker stop nap',
      "docker ps -a --format '{{.Names}}|{{.Status}}'",
      'docker top nap; echo "top: $?"',
    ].join('\n'));
    expect(out.replace(/ +$/gm, '')).toBe([
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD',
      'root                23227               23204               0                   06:46               ?                   00:00:00            sleep 1000',
      'nap',
      'nap|Exited (137) Less than a second ago',
      'Error response from daemon: Container 82879b97d98914879b737ad76babae292d466560952098936bd8cec4519f400e is not running',
      'top: 1',
      '',
    ].join('\n'));
  });

  it('python3 -m http.server serves a directory on a published port, logs as python does, and is killed on stop (137)', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, [
      'docker run -d --name py -w /srv -p 8000:8000 web python3 -m http.server > /dev/null',
      'curl -s localhost:8000/hello.txt',
      'curl -s localhost:8000/',
      'curl -s localhost:8000/nope',
      'curl -sI localhost:8000/hello.txt',
      'docker logs py',
      'docker stop py > /dev/null',
      "docker ps -a --format '{{.Names}}|{{.Status}}'",
    ].join('\n'));
    const listing = recorded('python-listing.html').replace('<li><a href="a.txt">a.txt</a></li>\n<li><a href="sub/">sub/</a></li>\n', '<li><a href="hello.txt">hello.txt</a></li>\n');
    expect(out).toBe([
      'hello from python',
      listing + recorded('python-404.html') + 'HTTP/1.0 200 OK\r',
      'Server: SimpleHTTP/0.6 Python/3.11.2\r',
      'Date: Tue, 24 Nov 2026 06:46:33 GMT\r',
      'Content-type: text/plain\r',
      'Content-Length: 18\r',
      'Last-Modified: Mon, 24 Nov 2025 16:00:00 GMT\r',
      '\r',
      recorded('python-http-server.stdout').replace(/18000/g, '8000') +
      '172.17.0.1 - - [24/Nov/2026 06:46:33] "GET /hello.txt HTTP/1.1" 200 -',
      '172.17.0.1 - - [24/Nov/2026 06:46:33] "GET / HTTP/1.1" 200 -',
      '172.17.0.1 - - [24/Nov/2026 06:46:33] code 404, message File not found',
      '172.17.0.1 - - [24/Nov/2026 06:46:33] "GET /nope HTTP/1.1" 404 -',
      '172.17.0.1 - - [24/Nov/2026 06:46:33] "HEAD /hello.txt HTTP/1.1" 200 -',
      // python installs no SIGTERM handler, and PID 1 ignores unhandled signals
      'py|Exited (137) Less than a second ago',
      '',
    ].join('\n'));
  });

  it('python3 -c, python3 FILE and node -e print simple expressions; more than that is said plainly', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, [
      `docker run --rm web python3 -c 'print("hello", 6*7); print("a" + "b", 7/2, True)'`,
      `docker run --rm web sh -c 'echo "print(\\"from file\\")" > /tmp/p.py && python3 /tmp/p.py'`,
      `docker run --rm web node -e 'console.log("hi " + 2, 1/3, true)'`,
      `docker run --rm web node -e 'console.log([1].length)'; echo "node: $?"`,
      `docker run --rm web node -e 'console.log("x"); console.log(3 * 4)'`,
      `docker run --rm web python3 -c 'import os'; echo "python: $?"`,
    ].join('\n'));
    // expected lines as real python3 3.11 and node 20 print them
    expect(out).toBe([
      'hello 42',
      'ab 3.5 True',
      'from file',
      'hi 2 0.3333333333333333 true',
      'layerlab: this node runs only console.log() of literals; [eval] uses more than that (not available in this sandbox)',
      'node: 1',
      'x',
      '12',
      'layerlab: this python3 runs only print() of literals; <string> uses more than that (not available in this sandbox)',
      'python: 1',
      '',
    ].join('\n'));
  });

  it('ps inside a container and docker top list the container\'s processes (nginx master and workers)', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, ['docker run -d --name web web > /dev/null', 'curl -s localhost:80; echo "host: $?"', 'docker exec web curl -sI localhost | head -1', 'docker exec web ps', 'docker top web', 'ps'].join('\n'));
    expect(out).toBe([
      // port 80 is not published: the host reaches nothing
      'host: 7',
      'HTTP/1.1 200 OK\r',
      '    PID TTY          TIME CMD',
      '      1 ?        00:00:00 nginx',
      '      7 ?        00:00:00 nginx',
      '      8 ?        00:00:00 nginx',
      '      9 ?        00:00:00 ps',
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD',
      'root                23227               23204               0                   06:46               ?                   00:00:00            nginx: master process nginx -g daemon off;',
      '101                 23234               23227               0                   06:46               ?                   00:00:00            nginx: worker process',
      '101                 23235               23227               0                   06:46               ?                   00:00:00            nginx: worker process',
      '    PID TTY          TIME CMD',
      '   1712 pts/0    00:00:00 bash',
      '   1789 pts/0    00:00:00 ps',
      '',
    ].join('\n'));
  });

  it('httpd-foreground serves htdocs and stops gracefully on SIGWINCH (exit 0)', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, ['docker run -d --name apache -p 8081:80 apache > /dev/null', 'curl -s localhost:8081', 'curl -s -o /dev/null localhost:8081/nope', 'docker stop apache > /dev/null; docker logs apache', "docker ps -a --format '{{.Names}}|{{.Status}}'"].join('\n'));
    expect(out).toBe([
      '<html><body><h1>It works!</h1></body></html>',
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message",
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message",
      '[Tue Nov 24 06:46:33.000000 2026] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.62 (Unix) configured -- resuming normal operations',
      "[Tue Nov 24 06:46:33.000000 2026] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
      '172.17.0.1 - - [24/Nov/2026:06:46:33 +0000] "GET / HTTP/1.1" 200 45',
      '172.17.0.1 - - [24/Nov/2026:06:46:33 +0000] "GET /nope HTTP/1.1" 404 196',
      '[Tue Nov 24 06:46:33.000000 2026] [mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully',
      'apache|Exited (0) Less than a second ago',
      '',
    ].join('\n'));
  });

  it('wget saves the page as the real one reports it (index.html, then index.html.1), -q -O - prints it', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, [
      'docker run -d -p 8080:80 web > /dev/null',
      'cd /tmp && wget localhost:8080; echo "wget: $?"',
      'wget -q localhost:8080/; ls -1 index.html*',
      'wget -q -O - localhost:8080/ | head -1',
      'wget -q localhost:8080/nope; echo "wget: $?"',
    ].join('\n'));
    // lines as wget 1.21.3 printed them against a server on this machine (speed: the sandbox's fixed figure)
    expect(out).toBe([
      '--2026-11-24 06:46:33--  http://localhost:8080/',
      'Resolving localhost (localhost)... 127.0.0.1',
      'Connecting to localhost (localhost)|127.0.0.1|:8080... connected.',
      'HTTP request sent, awaiting response... 200 OK',
      'Length: 121 [text/html]',
      'Saving to: ‘index.html’',
      '',
      '     0K                                                       100% 2.11M=0s',
      '',
      '2026-11-24 06:46:33 (2.11 MB/s) - ‘index.html’ saved [121/121]',
      '',
      'wget: 0',
      'index.html',
      'index.html.1',
      '<!DOCTYPE html>',
      'wget: 8',
      '',
    ].join('\n'));
  });

  it('redis-server logs its start, and ends on SIGTERM with its shutdown lines and exit 0', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, ['docker run -d --name cache cache > /dev/null', 'docker stop cache > /dev/null', 'docker logs cache', "docker ps -a --format '{{.Names}}|{{.Status}}'"].join('\n'));
    const t = '24 Nov 2026 06:46:33.000';
    expect(out).toBe([
      `1:C ${t} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
      `1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `1:C ${t} * Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started`,
      `1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
      `1:M ${t} * monotonic clock: POSIX clock_gettime`,
      `1:M ${t} * Running mode=standalone, port=6379.`,
      `1:M ${t} * Server initialized`,
      `1:M ${t} * Ready to accept connections tcp`,
      '1:signal-handler (1795502793) Received SIGTERM scheduling shutdown...',
      `1:M ${t} * User requested shutdown...`,
      `1:M ${t} * Saving the final RDB snapshot before exiting.`,
      `1:M ${t} * DB saved on disk`,
      `1:M ${t} # Redis is now ready to exit, bye bye...`,
      // redis handles SIGTERM itself, so docker stop needs no SIGKILL
      'cache|Exited (0) Less than a second ago',
      '',
    ].join('\n'));
  });
});
