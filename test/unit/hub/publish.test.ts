import { describe, expect, it } from 'vitest';
import { catalogFetch, openSandbox, runPiped } from './hub-harness';
import { expectValidImages } from '../engine/image-validity';
import type { CatalogImage } from '../../../src/engine/registry/catalog-format';
import type { HubRepoRecord, HubBlobRecord } from '../../../src/engine/registry/hub-records';

const short = (d: string) => d.replace(/^sha256:/, '').slice(0, 12);
const DENIED = "Using default tag: latest\nError response from daemon: pull access denied for pengan88/myimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n";
const WARN = "\nWARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n";

// Seed 000 "publish images": commit a container, tag it username/name, log in, push, look it up.
describe('publishing to the built-in hub (seed 000)', { timeout: 60_000 }, () => {
  it('commit, tag, push refused, login registers, push, push again, pull back the same image ID', async () => {
    const ubuntu = (await catalogFetch('images/ubuntu/24.04.json')) as CatalogImage;
    const sb = await openSandbox();
    await runPiped('docker pull -q ubuntu\ndocker run --name box ubuntu touch /greeting\ndocker commit box myimage >/dev/null\ndocker tag myimage pengan88/myimage:1.0', sb);
    const img = sb.engine.imageGet('pengan88/myimage:1.0');
    const [base, top] = img.config.rootfs.diff_ids;
    expect(base).toBe(ubuntu.layers[0].diffId);

    const out1 = await runPiped('docker push pengan88/myimage:1.0\necho $?\ndocker login -u pengan88 -p s3cret\ncat ~/.docker/config.json; echo\nls -l ~/.docker', sb);
    expect(out1).toBe(
      `The push refers to repository [docker.io/pengan88/myimage]\n${short(top)}: Preparing\n${short(base)}: Preparing\ndenied: requested access to the resource is denied\n1\n` +
        'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n' +
        'layerlab: there is no sign-up page in this sandbox, so the Docker ID "pengan88" was registered on the sandbox\'s hub with this password\n' +
        WARN + 'Login Succeeded\n' +
        '{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "cGVuZ2FuODg6czNjcmV0"\n\t\t}\n\t}\n}\n' +
        'total 4\n-rw------- 1 learner learner 91 Nov 24 06:00 config.json\n',
    );

    const out2 = await runPiped('docker push pengan88/myimage:1.0\ndocker push pengan88/myimage:1.0', sb);
    const repo = (await sb.store.get<HubRepoRecord>('registry', 'repo:pengan88/myimage'))!;
    const manifestDigest = repo.tags['1.0'];
    const manifest = (await sb.store.get<HubBlobRecord>('blobs', manifestDigest)) as { bytes: Uint8Array };
    const m = JSON.parse(new TextDecoder().decode(manifest.bytes)) as { layers: Array<{ digest: string }>; config: { digest: string } };
    // The official layer keeps the catalog's published blob digest; the config is the image's own bytes.
    expect(m.layers[0].digest).toBe(ubuntu.layers[0].digest);
    expect(m.config.digest).toBe(img.id);
    const size = manifest.bytes.length;
    expect(out2).toBe(
      `The push refers to repository [docker.io/pengan88/myimage]\n${short(top)}: Preparing\n${short(base)}: Preparing\n` +
        `${short(base)}: Mounted from library/ubuntu\n${short(top)}: Pushed\n1.0: digest: ${manifestDigest} size: ${size}\n` +
        `The push refers to repository [docker.io/pengan88/myimage]\n${short(top)}: Preparing\n${short(base)}: Preparing\n` +
        `${short(top)}: Layer already exists\n${short(base)}: Layer already exists\n1.0: digest: ${manifestDigest} size: ${size}\n`,
    );

    const out3 = await runPiped('docker tag myimage someoneelse/myimage\ndocker push someoneelse/myimage\ndocker push pengan88/nothere\ndocker rmi pengan88/myimage:1.0 myimage someoneelse/myimage >/dev/null\ndocker rm box >/dev/null\ndocker rmi -f $(docker images -q) >/dev/null; docker images -q | wc -l', sb);
    expect(out3).toBe(
      `Using default tag: latest\nThe push refers to repository [docker.io/someoneelse/myimage]\n${short(top)}: Preparing\n${short(base)}: Preparing\ndenied: requested access to the resource is denied\n` +
        'Using default tag: latest\nThe push refers to repository [docker.io/pengan88/nothere]\nAn image does not exist locally with the tag: pengan88/nothere\n0\n',
    );

    const out4 = await runPiped('docker pull ubuntu >/dev/null\ndocker pull pengan88/myimage:1.0', sb);
    expect(out4).toBe(
      `1.0: Pulling from pengan88/myimage\n${short(ubuntu.layers[0].digest)}: Already exists\n${short(m.layers[1].digest)}: Pulling fs layer\n` +
        `${short(m.layers[1].digest)}: Verifying Checksum\n${short(m.layers[1].digest)}: Download complete\n${short(m.layers[1].digest)}: Pull complete\n` +
        `Digest: ${manifestDigest}\nStatus: Downloaded newer image for pengan88/myimage:1.0\ndocker.io/pengan88/myimage:1.0\n`,
    );
    expect(sb.engine.imageGet('pengan88/myimage:1.0').id).toBe(img.id);
    await expectValidImages(sb.engine);
  });

  it('search, private repositories, logout, wrong password, --password-stdin, interactive prompts', async () => {
    const sb = await openSandbox();
    const out = await runPiped(
      'echo pw1 | docker login -u alice --password-stdin\ndocker pull -q busybox >/dev/null\ndocker tag busybox alice/tools\ndocker push alice/tools >/dev/null\n' +
        'docker search tools\ndocker search --filter is-official=true --limit 2 u\ndocker search --format "{{.Name}}: {{.StarCount}}" box\n' +
        'docker logout\ncat ~/.docker/config.json; echo\ndocker login -u alice -p wrong 2>&1 | tail -1\ndocker login\nalice\npw1\ndocker login',
      sb,
    );
    expect(out).toBe(
      'layerlab: there is no sign-up page in this sandbox, so the Docker ID "alice" was registered on the sandbox\'s hub with this password\n' + WARN + 'Login Succeeded\n' +
        'NAME          DESCRIPTION   STARS     OFFICIAL\nalice/tools                 0         \n' +
        'NAME      DESCRIPTION                                     STARS     OFFICIAL\nnginx     Official build of Nginx.                        21000     [OK]\n' +
        'ubuntu    Ubuntu is a Debian-based Linux operating sys…   17000     [OK]\n' +
        'busybox: 3400\n' +
        'Removing login credentials for https://index.docker.io/v1/\n{\n\t"auths": {}\n}\n' +
        'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\n' +
        'Failed to start web-based login - falling back to command line login...\n\n' +
        "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.\n" +
        'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/\n\n' +
        '\n Info -> A Personal Access Token (PAT) can be used instead.\n         To create a PAT, visit https://app.docker.com/settings\n         \n         \n' +
        '\n' + WARN + 'Login Succeeded\n' +
        'Authenticating with existing credentials... [Username: alice]\n\n Info -> To login with a different account, run \'docker logout\' followed by \'docker login\'\n\n\nLogin Succeeded\n',
    );
    // A private repository of another account reads as missing.
    const hub = await (await import('../../../src/engine/registry/hub')).Hub;
    const h = new hub({ store: sb.store, fetchJson: catalogFetch, random: () => 0.5, now: () => new Date(0) });
    await h.setPrivate({ username: 'alice', password: 'pw1' }, 'alice/tools', true);
    const out2 = await runPiped('docker logout >/dev/null\ndocker pull alice/tools\necho pw2 | docker login -u bob --password-stdin 2>/dev/null\ndocker pull alice/tools\ndocker search tools', sb);
    const denied = "Using default tag: latest\nError response from daemon: pull access denied for alice/tools, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n";
    expect(out2).toBe(denied + 'Login Succeeded\n' + denied + 'NAME      DESCRIPTION   STARS     OFFICIAL\n');
  });
});
