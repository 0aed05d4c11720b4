import { describe, expect, it } from 'vitest';
import { piped } from '../sandbox/catalog-fixture';
import { netSandbox } from './net-fixture';

describe('servers in containers, published ports, curl', () => {
  it('serves the page on a published port and logs the request', async () => {
    const sb = await netSandbox();
    const out = await piped(sb, ['docker run -d --name web -p 8080:80 web > /dev/null', 'curl localhost:8080', 'docker logs web'].join('\n'));
    expect(out).toBe('x');
  });
});
