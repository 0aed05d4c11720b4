import { declareRepository, writeLayer } from '../catalog-writer';
import { appImage, source } from '../app-image';
import { addSystemUser, layerText } from '../debian-layer';
import { LayerBuilder } from '../layer-builder';
import { buildpackDepsBase } from './buildpack-deps';

/**
 * node:22 (22.14.0; latest, lts, jod) and node:20 (20.18.3, iron) on buildpack-deps:bookworm, by
 * nodejs/docker-node {22,20}/bookworm/Dockerfile (sources/node/): the node user, the nodejs.org
 * tarball unpacked into /usr/local (bin/node; npm, npx, corepack as links to their cli scripts;
 * lib/node_modules/npm approximated by its larger files; include/node; share/doc, man,
 * systemtap), yarn 1.22.22 in /opt, the entrypoint: 8 layers, the first 4 shared with
 * python:3.12. npm-cli.js and npx-cli.js are npm's real bin scripts (Debian's npm package
 * ships the same files). Sizes: repo-info repos/node/local/22.23.1-bookworm.md "~ 1.13 Gb" for
 * node:22 on bookworm; node:20 is that less the difference of the two linux-x64 node binaries
 * (approximate sizes: no tarball is reachable here), so its figure is an estimate.
 */
export const NODE_SIZES = { '22': 1_130_000_000, '20': 1_107_000_000 };
const CREATED = '2026-09-19T04:05:51Z';
const VERSIONS = { '22': '22.14.0', '20': '20.18.3' };
const NODE_BIN = { '22': 119_276_928, '20': 96_411_864 };

function nodeTarball(b: LayerBuilder, major: '22' | '20'): void {
  b.file('/usr/local/bin/node', NODE_BIN[major], { mode: 0o755 });
  b.symlink('/usr/local/bin/nodejs', '/usr/local/bin/node');
  const npm = '/usr/local/lib/node_modules/npm';
  b.text(`${npm}/bin/npm-cli.js`, source('node', 'npm-cli.js'), { mode: 0o755 });
  b.text(`${npm}/bin/npx-cli.js`, source('node', 'npx-cli.js'), { mode: 0o755 });
  b.symlink('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js');
  b.symlink('/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js');
  b.symlink('/usr/local/bin/corepack', '../lib/node_modules/corepack/dist/corepack.js');
  b.file('/usr/local/lib/node_modules/corepack/dist/corepack.js', 73, { mode: 0o755 });
  b.file('/usr/local/lib/node_modules/corepack/dist/lib/corepack.cjs', 2_500_000);
  for (const [p, n] of [['lib/cli.js', 1_063], ['lib/npm.js', 14_500], ['package.json', 5_610], ['node_modules/node-gyp/lib/node-gyp.js', 5_700], ['docs/content/commands/npm-install.md', 19_000], ['man/man1/npm-install.1', 16_000]] as const) b.file(`${npm}/${p}`, n);
  b.file('/usr/local/include/node/node.h', 71_000);
  b.file('/usr/local/include/node/v8.h', 4_500);
  b.file('/usr/local/share/doc/node/gdbinit', 11_000);
  b.file('/usr/local/share/doc/node/lldb_commands.py', 2_300);
  b.file('/usr/local/share/man/man1/node.1', 20_000);
  b.file('/usr/local/share/systemtap/tapset/node.stp', 6_800);
  for (const f of ['CHANGELOG.md', 'LICENSE', 'README.md']) b.file(`/usr/local/${f}`, f === 'LICENSE' ? 120_000 : 40_000);
}

async function nodeImage(major: '22' | '20', tags: string[]): Promise<void> {
  const base = await buildpackDepsBase();
  const mtime = Date.parse(CREATED) / 1000;
  const id = `node-${VERSIONS[major]}`;
  const user = new LayerBuilder('node-bookworm-user', mtime);
  addSystemUser(user, base.layers[0].id, { name: 'node', uid: 1000, gid: 1000, gecos: '', home: '/home/node', shell: '/bin/bash' }, Math.floor(mtime / 86400));
  // useradd --create-home copies /etc/skel
  user.dir('/home/node', { mode: 0o755, uid: 1000, gid: 1000 });
  for (const f of ['.bashrc', '.profile', '.bash_logout']) user.text(`/home/node/${f}`, layerText(base.layers[0].id, `/etc/skel/${f}`), { uid: 1000, gid: 1000 });
  const tarball = new LayerBuilder(`${id}-tarball`, mtime);
  nodeTarball(tarball, major);
  const yarn = new LayerBuilder(`${id}-yarn`, mtime);
  yarn.file('/opt/yarn-v1.22.22/bin/yarn.js', 5_370_000, { mode: 0o755 });
  yarn.file('/opt/yarn-v1.22.22/lib/cli.js', 5_230_000);
  yarn.file('/opt/yarn-v1.22.22/bin/yarn', 1_015, { mode: 0o755 });
  yarn.symlink('/opt/yarn-v1.22.22/bin/yarnpkg', 'yarn');
  yarn.symlink('/usr/local/bin/yarn', '/opt/yarn-v1.22.22/bin/yarn');
  yarn.symlink('/usr/local/bin/yarnpkg', '/opt/yarn-v1.22.22/bin/yarnpkg');
  const fixed = base.layers.reduce((n, l) => n + l.size, 0) + user.size() + yarn.size() + new TextEncoder().encode(source('node', 'docker-entrypoint.sh')).length;
  tarball.scaleTo(NODE_SIZES[major] - fixed);
  await appImage({ repository: 'node', key: `node/${major}`, tags, dir: 'node', dockerfile: source('node', `Dockerfile.${major}`), created: CREATED, base, run: [() => writeLayer(user), () => writeLayer(tarball), () => writeLayer(yarn)] });
}

export async function node(): Promise<void> {
  declareRepository('node', 'Node.js is a JavaScript-based platform for server-side and networking applications.', 13900);
  await nodeImage('22', ['22', '22.14', '22.14.0', 'latest', 'lts', 'jod', 'bookworm', '22-bookworm', 'lts-bookworm']);
  await nodeImage('20', ['20', '20.18', '20.18.3', 'iron', '20-bookworm', 'iron-bookworm']);
}
