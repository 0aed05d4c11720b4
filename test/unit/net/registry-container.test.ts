import { describe, expect, it } from 'vitest';
import { piped, sandboxWith } from '../sandbox/catalog-fixture';

describe('registry:2 inside the sandbox', () => {
  it('serves pushes and pulls on its published port, answers curl, and refuses once stopped', async () => {
    const sb = await sandboxWith('registry:2', 'busybox');
    // Port 5055, not 5000: once the container stops, localhost goes to the real network, where
    // this machine may run a registry of its own on 5000 (the real-docker recording tool does).
    const out = await piped(sb, [
      'docker run -d -p 5055:5000 --name registry registry:2 > /dev/null',
      'docker tag busybox localhost:5055/bb',
      'docker push localhost:5055/bb > /dev/null',
      'curl -s localhost:5055/v2/_catalog',
      'curl -s localhost:5055/v2/bb/tags/list',
      'docker rmi localhost:5055/bb > /dev/null',
      'docker pull localhost:5055/bb | tail -1',
      'docker diff registry | grep -c "^A /var/lib/registry/docker/registry/v2/blobs/sha256/.*/data$"',
      'docker logs registry 2>&1 | grep -c "listening on \\[::\\]:5000"',
      'docker stop registry > /dev/null',
      'docker push localhost:5055/bb 2>&1 | tail -1',
    ].join('\n'));
    expect(out).toBe([
      '{"repositories":["bb"]}',
      '{"name":"bb","tags":["latest"]}',
      'localhost:5055/bb:latest',
      '3', // the layer, the config and the manifest: distribution stores all three as blobs
      '1',
      'Get "http://localhost:5055/v2/": dial tcp 127.0.0.1:5055: connect: connection refused',
      '',
    ].join('\n'));
  }, 60_000);
});
