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
  });
});
