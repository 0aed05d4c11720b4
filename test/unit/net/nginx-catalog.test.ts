import { describe, expect, it } from 'vitest';
import { piped, sandboxWith } from '../sandbox/catalog-fixture';

describe('the official nginx image', () => {
  it('runs its real entrypoint, serves its welcome page right after run -d, and logs the request', async () => {
    const sb = await sandboxWith('nginx');
    // Under vitest, modules load slowly the first time; a first run loads the programs the
    // entrypoint uses, so what follows times as the page does.
    await piped(sb, 'docker run --rm nginx sh -c "find / -maxdepth 0 -follow | sort -V | head -1; cut --version; curl --version" > /dev/null 2>&1');
    const out = await piped(sb, [
      'docker run -d -p 8080:80 --name web nginx > /dev/null',
      'curl -s localhost:8080 | grep "<title>"',
      'docker logs web 2>&1 | head -4',
      'docker logs web 2>/dev/null | grep GET | cut -d" " -f6-10',
    ].join('\n'));
    expect(out).toBe([
      '<title>Welcome to nginx!</title>',
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: ipv6 not available', // the sandbox has no IPv6 (/proc/net/if_inet6)
      '"GET / HTTP/1.1" 200 615',
      '',
    ].join('\n'));
  }, 60_000);
});
