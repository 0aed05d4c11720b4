import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { openSandbox, runPiped } from '../hub/hub-harness';
import { startRegistry, type LocalRegistry } from './local-registry';

let reg: LocalRegistry;
beforeAll(async () => {
  reg = await startRegistry();
}, 20_000);
afterAll(async () => {
  await reg?.stop();
});

const skopeo = (...args: string[]) => execFileSync('skopeo', args, { encoding: 'utf8', timeout: 60_000 });

describe('push and pull against the real CNCF registry', () => {
  it('pushes a 2-layer image, skopeo reads back the same digests, a second push finds every layer', async () => {
    const sb = await openSandbox();
    const H = reg.host;
    const out = await runPiped([
      'docker pull busybox -q',
      "docker run --name box busybox sh -c 'echo hello > /greeting'",
      `docker commit box ${H}/me/two:1 > /dev/null`,
      `docker push ${H}/me/two:1`,
      `docker push ${H}/me/two:1`,
      `docker inspect --format '{{json .RepoDigests}}' ${H}/me/two:1`,
    ].join('\n'), sb);
    const img = sb.engine.imageGet(`${H}/me/two:1`);
    const diffIds = img.config.rootfs.diff_ids;
    expect(diffIds).toHaveLength(2);
    const m = /1: digest: (sha256:[0-9a-f]{64}) size: (\d+)\n/.exec(out)!;
    const digest = m[1];
    const s = (d: string) => d.slice(7, 19);
    expect(out).toBe(
      'docker.io/library/busybox:latest\n' +
        `The push refers to repository [${H}/me/two]\n` +
        `${s(diffIds[1])}: Preparing\n${s(diffIds[0])}: Preparing\n` +
        `${s(diffIds[1])}: Pushed\n${s(diffIds[0])}: Pushed\n` +
        `1: digest: ${digest} size: ${m[2]}\n` +
        `The push refers to repository [${H}/me/two]\n` +
        `${s(diffIds[1])}: Preparing\n${s(diffIds[0])}: Preparing\n` +
        `${s(diffIds[1])}: Layer already exists\n${s(diffIds[0])}: Layer already exists\n` +
        `1: digest: ${digest} size: ${m[2]}\n` +
        `["${H}/me/two@${digest}"]\n`,
    );
    const inspect = JSON.parse(skopeo('inspect', '--tls-verify=false', `docker://${H}/me/two:1`)) as { Digest: string; Layers: string[] };
    expect(inspect.Digest).toBe(digest);
    const config = JSON.parse(skopeo('inspect', '--tls-verify=false', '--config', `docker://${H}/me/two:1`)) as { rootfs: { diff_ids: string[] } };
    expect(config.rootfs.diff_ids).toEqual(diffIds);
    const raw = skopeo('inspect', '--tls-verify=false', '--raw', `docker://${H}/me/two:1`);
    const manifest = JSON.parse(raw) as { config: { digest: string } };
    expect(manifest.config.digest).toBe(img.id);
    // skopeo copy to a dir: every blob it fetched verifies and keeps the pushed digests.
    const { mkdtempSync, readdirSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'layerlab-copy-'));
    try {
      skopeo('copy', '--src-tls-verify=false', `docker://${H}/me/two:1`, `dir:${dir}`);
      expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(raw);
      const layers = (manifest as unknown as { layers: Array<{ digest: string }> }).layers.map((l) => l.digest.slice(7));
      expect(readdirSync(dir).sort()).toEqual([...layers, img.id.slice(7), 'manifest.json', 'version'].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('images other tools pushed, and failures', () => {
  it('pulls and runs an image skopeo copied from our docker save, with the same image ID', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const sb = await openSandbox();
    await runPiped("docker pull busybox -q\ndocker run --name box busybox sh -c 'echo from skopeo > /greeting'\ndocker commit box me/saved:1 > /dev/null\ndocker save -o /tmp/saved.tar me/saved:1", sb);
    const id = sb.engine.imageGet('me/saved:1').id;
    const dir = mkdtempSync(join(tmpdir(), 'layerlab-save-'));
    try {
      writeFileSync(join(dir, 'saved.tar'), sb.hostFs.readFile('/tmp/saved.tar'));
      skopeo('copy', '--dest-tls-verify=false', `docker-archive:${join(dir, 'saved.tar')}`, `docker://${reg.host}/from/skopeo:1`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const remote = JSON.parse(skopeo('inspect', '--tls-verify=false', `docker://${reg.host}/from/skopeo:1`)) as { Digest: string; Layers: string[] };
    const sizes = (JSON.parse(skopeo('inspect', '--tls-verify=false', '--raw', `docker://${reg.host}/from/skopeo:1`)) as { layers: Array<{ digest: string; size: number }> }).layers;
    // Downloads run side by side at one rate: the smaller blob completes first.
    const bySize = [...sizes].sort((a, b) => a.size - b.size).map((l) => l.digest);
    const fresh = await openSandbox();
    const out = await runPiped(`docker pull ${reg.host}/from/skopeo:1\ndocker run --rm ${reg.host}/from/skopeo:1 cat /greeting`, fresh);
    const s = (d: string) => d.slice(7, 19);
    expect(out).toBe(
      `1: Pulling from from/skopeo\n` +
        remote.Layers.map((l) => `${s(l)}: Pulling fs layer\n`).join('') +
        bySize.map((l) => `${s(l)}: Verifying Checksum\n${s(l)}: Download complete\n`).join('') +
        remote.Layers.map((l) => `${s(l)}: Pull complete\n`).join('') +
        `Digest: ${remote.Digest}\nStatus: Downloaded newer image for ${reg.host}/from/skopeo:1\n${reg.host}/from/skopeo:1\n` +
        'from skopeo\n',
    );
    expect(fresh.engine.imageGet(`${reg.host}/from/skopeo:1`).id).toBe(id);

    // The pull is remembered as the daemon's v2 metadata does: pushing the same layers to another
    // repository of that registry mounts skopeo's blobs (recorded with a real dockerd: pull
    // 127.0.0.1:5000/class/base, tag me/app, push -> "Mounted from class/base"). The manifest is
    // dockerd's schema 2 (skopeo wrote an OCI one), listing skopeo's blobs, not recompressed ones.
    const diffIds = fresh.engine.imageGet(`${reg.host}/from/skopeo:1`).config.rootfs.diff_ids;
    const pushed = await runPiped(`docker tag ${reg.host}/from/skopeo:1 ${reg.host}/me/copy:1\ndocker push ${reg.host}/me/copy:1`, fresh);
    const digest = /^1: digest: (sha256:[0-9a-f]{64}) size: \d+$/m.exec(pushed)?.[0] ?? '(no digest line)';
    expect(pushed).toBe(
      `The push refers to repository [${reg.host}/me/copy]\n` +
        [...diffIds].reverse().map((d) => `${s(d)}: Preparing\n`).join('') +
        [...diffIds].reverse().map((d) => `${s(d)}: Mounted from from/skopeo\n`).join('') +
        `${digest}\n`,
    );
    const copy = JSON.parse(skopeo('inspect', '--tls-verify=false', `docker://${reg.host}/me/copy:1`)) as { Layers: string[] };
    expect(copy.Layers).toEqual(remote.Layers);
  });

  it('a registry that is down: Docker\'s connection-refused text, and nothing stored', async () => {
    const { freePort } = await import('./local-registry');
    const port = await freePort();
    const sb = await openSandbox();
    const out = await runPiped(`docker pull localhost:${port}/x\ndocker pull busybox -q\ndocker tag busybox localhost:${port}/x\ndocker push localhost:${port}/x\ndocker images --format '{{.Repository}}'`, sb);
    expect(out).toBe(
      'Using default tag: latest\n' +
        `Error response from daemon: Get "http://localhost:${port}/v2/": dial tcp 127.0.0.1:${port}: connect: connection refused\n` +
        'docker.io/library/busybox:latest\n' +
        'Using default tag: latest\n' +
        `The push refers to repository [localhost:${port}/x]\n` +
        `Get "http://localhost:${port}/v2/": dial tcp 127.0.0.1:${port}: connect: connection refused\n` +
        'busybox\n' + `localhost:${port}/x\n`,
    );
  });

  it('manifest unknown, and a cross-repository mount', async () => {
    const sb = await openSandbox();
    const H = reg.host;
    const out = await runPiped([
      `docker pull ${H}/nope`,
      `docker pull ${H}/me/two:nope`,
      'docker pull busybox -q',
      `docker tag busybox ${H}/a/bb`,
      `docker tag busybox ${H}/b/bb`,
      `docker push ${H}/a/bb -q`,
      `docker push ${H}/b/bb`,
    ].join('\n'), sb);
    const layer = sb.engine.imageGet('busybox').config.rootfs.diff_ids[0].slice(7, 19);
    const digest = /latest: digest: (\S+) size: (\d+)/.exec(out)!;
    expect(out).toBe(
      'Using default tag: latest\n' +
        `Error response from daemon: manifest for ${H}/nope:latest not found: manifest unknown: manifest unknown\n` +
        `Error response from daemon: manifest for ${H}/me/two:nope not found: manifest unknown: manifest unknown\n` +
        'docker.io/library/busybox:latest\n' +
        `${H}/a/bb:latest\n` +
        'Using default tag: latest\n' +
        `The push refers to repository [${H}/b/bb]\n` +
        `${layer}: Preparing\n${layer}: Mounted from a/bb\n` +
        `latest: digest: ${digest[1]} size: ${digest[2]}\n`,
    );
  });
});
