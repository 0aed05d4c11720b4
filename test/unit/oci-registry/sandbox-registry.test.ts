import { describe, expect, it } from 'vitest';
import { openSandbox, runPiped } from '../hub/hub-harness';
import { registryServer } from '../../../src/engine/registry/registry-server';
import { freePort } from './local-registry';

/**
 * The registry:2 program is not wired yet (no registry image in the catalog, no server-program
 * hook): the test starts a container that publishes 5000 and puts registryServer on its port,
 * as the program will, then drives everything through the shell.
 */
describe('a registry container inside the sandbox', () => {
  it('takes pushes and pulls on a published port, stores them in its filesystem, refuses once stopped', async () => {
    // A loopback port no sandbox container publishes is reached for real (a teacher's registry),
    // so the host port is one that is free on this machine: once stopped, nothing answers it.
    const P = await freePort();
    const sb = await openSandbox();
    await runPiped('docker pull -q busybox\ndocker run -d -p ' + P + ':5000 --name registry busybox sleep 100000 > /dev/null', sb);
    const c = sb.engine.containerGet('registry');
    let n = 0;
    sb.engine.network.listen(c.id, 5000, registryServer(await sb.engine.containerFs('registry'), () => `upload-${++n}`));
    const layer = sb.engine.imageGet('busybox').config.rootfs.diff_ids[0].slice(7, 19);
    const out = await runPiped([
      `docker tag busybox localhost:${P}/x`,
      `docker push localhost:${P}/x`,
      `docker push localhost:${P}/x`,
      `docker rmi localhost:${P}/x > /dev/null`,
      `docker pull localhost:${P}/x`,
    ].join('\n'), sb);
    const d = /latest: digest: (\S+) size: (\d+)/.exec(out)!;
    expect(out).toBe(
      `Using default tag: latest\nThe push refers to repository [localhost:${P}/x]\n` +
        `${layer}: Preparing\n${layer}: Pushed\nlatest: digest: ${d[1]} size: ${d[2]}\n` +
        `Using default tag: latest\nThe push refers to repository [localhost:${P}/x]\n` +
        `${layer}: Preparing\n${layer}: Layer already exists\nlatest: digest: ${d[1]} size: ${d[2]}\n` +
        // The image is still here under busybox: no layer is fetched (as recorded in real-docker.txt).
        'Using default tag: latest\nlatest: Pulling from x\n' +
        `Digest: ${d[1]}\nStatus: Downloaded newer image for localhost:${P}/x:latest\nlocalhost:${P}/x:latest\n`,
    );
    const diff = (await sb.engine.containerDiff('registry')).map((e) => `${e.kind} ${e.path}`);
    expect(diff).toContain(`A /var/lib/registry/docker/registry/v2/repositories/x/_manifests/tags/latest/current/link`);
    expect(diff).toContain(`A /var/lib/registry/docker/registry/v2/blobs/sha256/${d[1].slice(7, 9)}/${d[1].slice(7)}/data`);

    // The registry's own answers, over the host's loopback.
    const http = sb.engine.network.connect('host', 'localhost', P);
    if (http.kind !== 'open') throw new Error(http.kind);
    const get = async (path: string) => new TextDecoder().decode((await http.handler({ method: 'GET', path, headers: [], clientIp: http.clientIp })).body);
    expect(await get('/v2/_catalog')).toBe('{"repositories":["x"]}\n');
    expect(await get('/v2/x/tags/list')).toBe('{"name":"x","tags":["latest"]}\n');
    expect(await get('/v2/nope/tags/list')).toBe('{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"nope"}}]}\n');

    const after = await runPiped(`docker stop registry > /dev/null\ndocker push localhost:${P}/x`, sb);
    expect(after).toBe(
      `Using default tag: latest\nThe push refers to repository [localhost:${P}/x]\n` +
        `Get "http://localhost:${P}/v2/": dial tcp 127.0.0.1:${P}: connect: connection refused\n`,
    );
  });
});
