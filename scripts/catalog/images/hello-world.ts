import { LayerBuilder } from '../layer-builder';
import { declareRepository, writeImage, writeLayer } from '../catalog-writer';

/**
 * hello-world:latest, linux/amd64: one layer holding the static /hello binary, CMD ["/hello"].
 * Image ID feb5d9fea6a5, history and COPY digest from docker-library/repo-info
 * repos/hello-world/remote/linux.md (created Thu, 23 Sep 2021 23:47:57 GMT); /hello is 13256
 * bytes, which `docker images` shows as 13.3kB.
 */
export const HELLO_WORLD_SIZE = 13256;

export async function helloWorld(): Promise<void> {
  declareRepository('hello-world', 'Hello World! (an example of minimal Dockerization)', 2356);
  const created = '2021-09-23T23:47:57Z';
  const b = new LayerBuilder('hello-world-feb5d9fe', Date.parse(created) / 1000);
  b.file('/hello', HELLO_WORLD_SIZE, { mode: 0o775, program: 'hello' });
  const layer = await writeLayer(b);
  await writeImage({
    repository: 'hello-world',
    key: 'hello-world/latest',
    tags: ['latest', 'linux'],
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/hello'] },
    history: [
      { created, created_by: '/bin/sh -c #(nop) COPY file:50563a97010fd7ce1ceebd1fa4f4891ac3decdf428333fb2683696f4358af6c2 in / ' },
      { created, created_by: '/bin/sh -c #(nop)  CMD ["/hello"]', empty_layer: true },
    ],
    layers: [layer],
  });
}
