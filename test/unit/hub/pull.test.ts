import { describe, expect, it } from 'vitest';
import { catalogFetch, openSandbox, runPiped } from './hub-harness';
import { expectValidImages } from '../engine/image-validity';
import type { CatalogImage } from '../../../src/engine/registry/catalog-format';

const image = async (key: string) => (await catalogFetch(`images/${key}.json`)) as CatalogImage;
const short = (d: string) => d.slice(7, 19);

/** The non-terminal stream of a fresh pull (jsonmessage.go: byte-count updates dropped). */
function freshLayers(img: CatalogImage): string {
  return img.layers.map((l) => `${short(l.digest)}: Pulling fs layer\n`).join('') +
    img.layers.map((l) => `${short(l.digest)}: Verifying Checksum\n${short(l.digest)}: Download complete\n${short(l.digest)}: Pull complete\n`).join('');
}

describe('docker pull from the built-in hub (piped: the non-terminal form)', { timeout: 60_000 }, () => {
  it('pulls, then is up to date, keeps the catalog config bytes (ID = configDigest) and RepoDigests', async () => {
    const ubuntu = await image('ubuntu/24.04');
    const sb = await openSandbox();
    const out = await runPiped('docker pull ubuntu\ndocker pull ubuntu\ndocker images --digests --format "{{.Repository}} {{.Tag}} {{.Digest}} {{.ID}}"', sb);
    expect(out).toBe(
      'Using default tag: latest\nlatest: Pulling from library/ubuntu\n' + freshLayers(ubuntu) +
        `Digest: ${ubuntu.manifestDigest}\nStatus: Downloaded newer image for ubuntu:latest\ndocker.io/library/ubuntu:latest\n` +
        `Using default tag: latest\nlatest: Pulling from library/ubuntu\nDigest: ${ubuntu.manifestDigest}\nStatus: Image is up to date for ubuntu:latest\ndocker.io/library/ubuntu:latest\n` +
        `ubuntu latest ${ubuntu.manifestDigest} ${short(ubuntu.configDigest)}\n`,
    );
    expect(sb.engine.imageGet('ubuntu').id).toBe(ubuntu.configDigest);
    expect(sb.engine.imageGet('ubuntu').repoDigests).toEqual([`docker.io/library/ubuntu@${ubuntu.manifestDigest}`]);
    // Every layer hashed to the catalog's diffIDs (the pull fails loudly otherwise) and the image is valid.
    expect(sb.engine.imageGet('ubuntu').config.rootfs.diff_ids).toEqual(ubuntu.layers.map((l) => l.diffId));
    await expectValidImages(sb.engine);
  });

  it('a second tag of a stored image needs no layer; pull by digest names the full reference', async () => {
    const ubuntu = await image('ubuntu/24.04');
    const out = await runPiped(`docker pull ubuntu:24.04\ndocker pull ubuntu:noble\ndocker rmi -f ubuntu:24.04 ubuntu:noble >/dev/null\ndocker pull ubuntu@${ubuntu.manifestDigest}`);
    const byDigest = `docker.io/library/ubuntu@${ubuntu.manifestDigest}`;
    expect(out).toBe(
      '24.04: Pulling from library/ubuntu\n' + freshLayers(ubuntu) + `Digest: ${ubuntu.manifestDigest}\nStatus: Downloaded newer image for ubuntu:24.04\ndocker.io/library/ubuntu:24.04\n` +
        `noble: Pulling from library/ubuntu\nDigest: ${ubuntu.manifestDigest}\nStatus: Downloaded newer image for ubuntu:noble\ndocker.io/library/ubuntu:noble\n` +
        `${byDigest}: Pulling from library/ubuntu\n` + freshLayers(ubuntu) + `Digest: ${ubuntu.manifestDigest}\nStatus: Downloaded newer image for ubuntu@${ubuntu.manifestDigest}\n${byDigest}\n`,
    );
  });

  it("says Docker's errors and stores nothing", async () => {
    const sb = await openSandbox();
    const out = await runPiped('docker pull nosuchrepo\ndocker pull ubuntu:nope\ndocker pull Ubuntu\ndocker pull ubuntu:Latest:x\ndocker pull alice/private\necho $?\ndocker images -q | wc -l', sb);
    expect(out).toBe(
      "Using default tag: latest\nError response from daemon: pull access denied for nosuchrepo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n" +
        'Error response from daemon: manifest for ubuntu:nope not found: manifest unknown: manifest unknown\n' +
        'invalid reference format: repository name (library/Ubuntu) must be lowercase\n' +
        'invalid reference format\n' +
        "Using default tag: latest\nError response from daemon: pull access denied for alice/private, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n1\n0\n",
    );
    expect(await sb.store.keys('layers')).toEqual([]);
  });

  it('docker run pulls a missing image on stderr, without "Using default tag" or the final reference', async () => {
    const busybox = await image('busybox/latest');
    const out = await runPiped('docker run busybox echo hi\ndocker run nosuchrepo\necho $?');
    expect(out).toBe(
      "Unable to find image 'busybox:latest' locally\nlatest: Pulling from library/busybox\n" + freshLayers(busybox) +
        `Digest: ${busybox.manifestDigest}\nStatus: Downloaded newer image for busybox:latest\nhi\n` +
        "Unable to find image 'nosuchrepo:latest' locally\ndocker: Error response from daemon: pull access denied for nosuchrepo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\nRun 'docker run --help' for more information\n125\n",
    );
  });
});
