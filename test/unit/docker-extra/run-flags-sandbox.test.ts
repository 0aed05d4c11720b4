import { describe, expect, it } from 'vitest';
import { session } from './session';
import { catalogFetch, catalogPresent, runPiped } from '../hub/hub-harness';
import type { CatalogImage } from '../../../src/engine/registry/catalog-format';

const refused = (verb: string, flag: string) => ({ out: '', err: `layerlab: 'docker ${verb} --${flag}' is not available in this sandbox\n`, code: 1 });

describe('docker run/create flags the sandbox does not simulate', () => {
  it('are refused by their long name, plainly, exit 1, and nothing is created', async () => {
    const { run } = await session();
    expect(await run('docker run -v /data:/data busybox ls')).toEqual(refused('run', 'volume'));
    expect(await run('docker create --init busybox')).toEqual(refused('create', 'init'));
    expect(await run('docker run --restart always busybox')).toEqual(refused('run', 'restart'));
    expect(await run('docker run --net=host busybox')).toEqual(refused('run', 'net'));
    expect(await run('docker run -itP busybox')).toEqual(refused('run', 'publish-all'));
    expect(await run('docker run --cpus 2 -m 512m busybox')).toEqual(refused('run', 'cpus'));
    expect(await run('docker run --memory-swappiness 50 busybox')).toEqual(refused('run', 'memory-swappiness'));
    expect(await run('docker run --sig-proxy=false busybox')).toEqual(refused('run', 'sig-proxy'));
    expect(await run('docker create --disable-content-trust=false busybox')).toEqual(refused('create', 'disable-content-trust'));
    expect(await run('docker ps -aq')).toEqual({ out: '', err: '', code: 0 });
  });

  it('given their default value change nothing in docker either, so they pass', async () => {
    const { run } = await session();
    expect(await run('docker run --restart no --sig-proxy=true --disable-content-trust -c 0 --rm busybox echo hi')).toEqual({ out: 'hi\n', err: '', code: 0 });
  });
});

describe('docker run/create --pull and -q', () => {
  it('--pull never uses a stored image and leaves a missing one the daemon\'s "No such image"', async () => {
    const { run } = await session();
    expect(await run('docker run --pull never --rm busybox echo ok')).toEqual({ out: 'ok\n', err: '', code: 0 });
    expect(await run('docker create -q --pull=never alpine')).toEqual({
      out: '', err: "docker: Error response from daemon: No such image: alpine:latest\n\nRun 'docker create --help' for more information\n", code: 125,
    });
  });

  it.runIf(catalogPresent)('-q pulls a missing image silently; --pull always pulls a stored one again', { timeout: 60_000 }, async () => {
    const busybox = (await catalogFetch('images/busybox/latest.json')) as CatalogImage;
    const out = await runPiped('docker run -q --rm busybox echo hi\ndocker run --pull always --rm busybox echo again\ndocker run --pull always -q --rm busybox echo quiet');
    expect(out).toBe(
      'hi\n' +
        `latest: Pulling from library/busybox\nDigest: ${busybox.manifestDigest}\nStatus: Image is up to date for busybox:latest\nagain\n` +
        'quiet\n',
    );
  });
});
