import { declareRepository, writeLayer } from '../catalog-writer';
import { appImage, source } from '../app-image';
import { debianPackagesLayer } from '../debian-layer';
import { LayerBuilder } from '../layer-builder';
import { bookwormSlimBase } from './debian';
import { buildpackDepsBase, type DebianBase } from './buildpack-deps';

/**
 * python:3.12 (3.12.9; latest, 3, 3.12-bookworm) on buildpack-deps:bookworm and python:3.12-slim
 * on debian:bookworm-slim, by docker-library/python 3.12/{bookworm,slim-bookworm}/Dockerfile
 * (sources/python/): the apt RUN, the source build (make install with ensurepip: python3.12,
 * pip3.12 and their links, libpython, the stdlib approximated by its larger files) and the RUN
 * that links python, pydoc, idle (python3.12-config, a configure-generated script, is left out). The pip script is a real ensurepip-generated
 * one (python3 -m venv, shebang set to /usr/local/bin/python3.12). Published on-disk sizes:
 * repo-info repos/python/local/3.12-bookworm.md "~ 1.02 Gb" and 3.12-slim-bookworm.md
 * "~ 124.3 Mb" (bookworm builds of the catalog's debian serial); the build layer takes the rest.
 */
export const PYTHON_SIZE = 1_020_000_000;
export const PYTHON_SLIM_SIZE = 124_300_000;
const CREATED = '2026-09-19T03:40:12Z';

/** What `make install` leaves under /usr/local (stdlib sizes: CPython 3.12's Lib, compiled). */
function pythonInstall(b: LayerBuilder, buildSize: number): void {
  const bin = '/usr/local/bin';
  b.file(`${bin}/python3.12`, 17_064, { mode: 0o755 });
  b.symlink(`${bin}/python3`, 'python3.12');
  for (const p of ['pip', 'pip3', 'pip3.12']) b.text(`${bin}/${p}`, source('python', 'pip'), { mode: 0o755 });
  b.text(`${bin}/idle3.12`, '#!/usr/local/bin/python3.12\n\nfrom idlelib.pyshell import main\nif __name__ == \'__main__\':\n    main()\n', { mode: 0o755 });
  b.text(`${bin}/pydoc3.12`, '#!/usr/local/bin/python3.12\n\nimport pydoc\nif __name__ == \'__main__\':\n    pydoc.cli()\n', { mode: 0o755 });
  for (const [l, t] of [['idle3', 'idle3.12'], ['pydoc3', 'pydoc3.12']]) b.symlink(`${bin}/${l}`, t);
  b.file('/usr/local/lib/libpython3.12.so.1.0', 25_486_952, { mode: 0o755 });
  b.symlink('/usr/local/lib/libpython3.12.so', 'libpython3.12.so.1.0');
  b.file('/usr/local/lib/libpython3.so', 16_448, { mode: 0o755 });
  b.file('/usr/local/lib/pkgconfig/python-3.12.pc', 307);
  b.symlink('/usr/local/lib/pkgconfig/python3.pc', 'python-3.12.pc');
  b.file('/usr/local/include/python3.12/Python.h', 3_245);
  b.file('/usr/local/include/python3.12/pyconfig.h', 54_901);
  const lib = '/usr/local/lib/python3.12';
  const stdlib: Array<[string, number]> = [['os.py', 39_786], ['__pycache__/os.cpython-312.pyc', 44_112], ['typing.py', 118_000], ['argparse.py', 101_661], ['subprocess.py', 88_568], ['http/server.py', 48_972], ['http/client.py', 57_938], ['json/__init__.py', 14_020], ['asyncio/base_events.py', 79_412], ['email/message.py', 47_060], ['lib-dynload/_ssl.cpython-312-x86_64-linux-gnu.so', 1_021_816], ['lib-dynload/_sqlite3.cpython-312-x86_64-linux-gnu.so', 412_776], ['site-packages/README.txt', 119], ['site-packages/pip/__init__.py', 357], ['site-packages/pip/_internal/cli/main.py', 2_817], ['site-packages/pip-24.3.1.dist-info/RECORD', 71_000], ['ensurepip/_bundled/pip-24.3.1-py3-none-any.whl', 1_822_208], ['pydoc_data/topics.py', 832_314], ['config-3.12-x86_64-linux-gnu/Makefile', 138_516]];
  for (const [p, n] of stdlib) b.file(`${lib}/${p}`, n);
  b.scaleTo(buildSize);
}

async function pythonImage(key: string, tags: string[], dockerfile: string, base: DebianBase, total: number, slim: boolean): Promise<void> {
  const mtime = Date.parse(CREATED) / 1000;
  const id = key.replace('/', '-');
  const apt = debianPackagesLayer({ id: `${id}-deps`, mtime, installed: base.packages, install: slim ? ['ca-certificates', 'netbase', 'tzdata'] : ['libbluetooth-dev', 'tk-dev', 'uuid-dev'], slim }).b;
  // the slim build purges its compilers and keeps the libraries ldd finds (apt-mark manual)
  const build = slim
    ? debianPackagesLayer({ id: `${id}-build`, mtime, installed: base.packages, install: ['libssl3', 'libsqlite3-0', 'libreadline8', 'libffi8', 'libgdbm6', 'libgdbm-compat4', 'libbz2-1.0', 'libexpat1', 'liblzma5', 'libuuid1', 'libncursesw6'], slim }).b
    : new LayerBuilder(`${id}-build`, mtime);
  if (!slim) build.file('/etc/ld.so.cache', 64_000);
  const links = new LayerBuilder(`${id}-links`, mtime);
  for (const [l, t] of [['idle', 'idle3'], ['pydoc', 'pydoc3'], ['python', 'python3']]) links.symlink(`/usr/local/bin/${l}`, t);
  const rest = total - base.layers.reduce((n, l) => n + l.size, 0) - apt.size() - links.size();
  pythonInstall(build, rest);
  await appImage({ repository: 'python', key, tags, dir: 'python', dockerfile: source('python', dockerfile), created: CREATED, base, run: [() => writeLayer(apt), () => writeLayer(build), () => writeLayer(links)] });
}

export async function python(): Promise<void> {
  declareRepository('python', 'Python is an interpreted, interactive, object-oriented, open-source programming language.', 10000);
  await pythonImage('python/3.12', ['3.12', '3.12.9', '3', 'latest', 'bookworm', '3.12-bookworm', '3.12.9-bookworm'], 'Dockerfile', await buildpackDepsBase(), PYTHON_SIZE, false);
  await pythonImage('python/3.12-slim', ['3.12-slim', '3.12.9-slim', '3-slim', 'slim', '3.12-slim-bookworm', 'slim-bookworm'], 'Dockerfile.slim', await bookwormSlimBase(), PYTHON_SLIM_SIZE, true);
}
