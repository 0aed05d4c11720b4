import type { Program, ProcessContext } from '../process';
import { PackageSource } from './package-source';
import type { OtherPackage } from './package-format';
import { PackageFiles } from './rpm-installer';

/**
 * apk (apk-tools 2.14 on Alpine 3.20): update, add, del, info. The state is Alpine's own:
 * /etc/apk/world names what was asked for, and what is installed is the world's closure over
 * the repository (so `apk del` takes orphaned dependencies too, as apk does); the installed
 * database /lib/apk/db/installed grows by one record per package. Shapes from published
 * transcripts (test/unit/packages/rpm/README.md): "fetch .../APKINDEX.tar.gz",
 * "(1/5) Installing xxd (9.1.0707-r0)", "Executing busybox-1.36.1-r29.trigger",
 * "OK: 32 MiB in 20 packages". Versions of the vim set are Alpine 3.20's; others are the
 * upstream version with "-r0" (approximated).
 */
const BASE_PACKAGES = 14;
const BASE_KIB = 7_617;
const VERSIONS: Record<string, string> = { vim: '9.1.0707-r0', xxd: '9.1.0707-r0', nano: '8.0-r0', curl: '8.12.1-r0', git: '2.45.3-r0', tree: '2.1.1-r0', jq: '1.7.1-r0' };
const REPOS = ['https://dl-cdn.alpinelinux.org/alpine/v3.20/main', 'https://dl-cdn.alpinelinux.org/alpine/v3.20/community'];
const WORLD = '/etc/apk/world';
const DB = '/lib/apk/db/installed';

const version = (n: string, p: OtherPackage) => VERSIONS[n] ?? `${p.version}-r0`;

function read(ctx: ProcessContext, p: string): string {
  try {
    return new TextDecoder().decode(ctx.fs.readFile(p));
  } catch {
    return '';
  }
}

function closure(repo: Record<string, OtherPackage>, world: string[]): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    if (out.includes(n) || !repo[n]) return;
    for (const d of repo[n].deps) visit(d);
    out.push(n);
  };
  for (const w of world) visit(w);
  return out;
}

export const apkProgram: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const words = args.filter((a) => !a.startsWith('-'));
  const noCache = args.includes('--no-cache');
  const cmd = words[0];
  const repo = (await PackageSource.distros()).alpine;
  const world = read(ctx, WORLD).split('\n').filter(Boolean);
  const installed = () => closure(repo, read(ctx, WORLD).split('\n').filter(Boolean));
  const ok = () => {
    const mine = installed();
    const kib = BASE_KIB + mine.reduce((n, p) => n + repo[p].installedSize, 0);
    ctx.stdout.write(`OK: ${Math.round(kib / 1024)} MiB in ${BASE_PACKAGES + mine.length} packages\n`);
  };
  const fetchIndex = () => {
    for (const r of REPOS) ctx.stdout.write(`fetch ${r}/x86_64/APKINDEX.tar.gz\n`);
    if (!noCache) REPOS.forEach((r, i) => ctx.fs.writeFile(`/var/cache/apk/APKINDEX.${['8c5f4a67', '2b8a33a9'][i]}.tar.gz`, { kind: 'synthetic', size: i ? 1_540_000 : 480_000, seed: `apkindex:${r}` }, { mode: 0o644 }));
  };
  switch (cmd) {
    case 'update':
      fetchIndex();
      ctx.stdout.write('v3.20.6-43-g5a4c7b1f9f3 [https://dl-cdn.alpinelinux.org/alpine/v3.20/main]\nv3.20.6-44-g9f0a6b2c1d7 [https://dl-cdn.alpinelinux.org/alpine/v3.20/community]\nOK: 24177 distinct packages available\n');
      return 0;
    case 'add': {
      if (noCache || !ctx.fs.stat('/var/cache/apk') || !ctx.fs.readdir('/var/cache/apk').length) fetchIndex();
      const names = words.slice(1);
      const missing = names.filter((n) => !repo[n]);
      if (missing.length) {
        for (const n of missing) ctx.stderr.write(`ERROR: unable to select packages:\n  ${n} (no such package):\n    required by: world[${n}]\n`);
        return 1;
      }
      const before = installed();
      const after = closure(repo, [...world, ...names]);
      const add = after.filter((n) => !before.includes(n));
      const files = new PackageFiles(ctx.fs, 'apk');
      const got = await Promise.all(add.map((n) => PackageSource.files(repo[n].deb)));
      let db = '';
      add.forEach((n, i) => {
        ctx.stdout.write(`(${i + 1}/${add.length}) Installing ${n} (${version(n, repo[n])})\n`);
        files.place(files.entries(got[i]));
        db += `C:Q1${n}\nP:${n}\nV:${version(n, repo[n])}\nA:x86_64\nS:${repo[n].size}\nI:${repo[n].installedSize * 1024}\nT:${repo[n].summary}\n\n`;
      });
      if (add.length) {
        ctx.stdout.write('Executing busybox-1.36.1-r29.trigger\n');
        const old = ctx.fs.readContent(DB);
        ctx.fs.writeFile(DB, { kind: 'synthetic', size: old.kind === 'synthetic' ? old.size + db.length : db.length, seed: `apk-installed:${after.join(',')}` }, { mode: 0o644 });
      }
      ctx.fs.writeFile(WORLD, new TextEncoder().encode([...new Set([...world, ...names])].sort().join('\n') + '\n'), { mode: 0o644 });
      ok();
      return 0;
    }
    case 'del': {
      const names = words.slice(1);
      const before = installed();
      const rest = world.filter((w) => !names.includes(w));
      const after = closure(repo, rest);
      const gone = before.filter((n) => !after.includes(n));
      const files = new PackageFiles(ctx.fs, 'apk');
      for (const [i, n] of gone.reverse().entries()) {
        ctx.stdout.write(`(${i + 1}/${gone.length}) Purging ${n} (${version(n, repo[n])})\n`);
        files.erase(files.entries(await PackageSource.files(repo[n].deb)));
      }
      if (gone.length) ctx.stdout.write('Executing busybox-1.36.1-r29.trigger\n');
      ctx.fs.writeFile(WORLD, new TextEncoder().encode(rest.join('\n') + '\n'), { mode: 0o644 });
      ok();
      return 0;
    }
    case 'info': {
      const mine = installed();
      if (words.length > 1) {
        for (const n of words.slice(1)) if (repo[n]) ctx.stdout.write(`${n}-${version(n, repo[n])} description:\n${repo[n].summary}\n\n${n}-${version(n, repo[n])} webpage:\nhttps://pkgs.alpinelinux.org/package/v3.20/main/x86_64/${n}\n\n${n}-${version(n, repo[n])} installed size:\n${Math.round(repo[n].installedSize / 1024 * 10) / 10} MiB\n\n`);
        return 0;
      }
      for (const n of ['alpine-baselayout', 'alpine-baselayout-data', 'alpine-keys', 'alpine-release', 'apk-tools', 'busybox', 'busybox-binsh', 'ca-certificates-bundle', 'libcrypto3', 'libssl3', 'musl', 'musl-utils', 'scanelf', 'ssl_client', 'zlib', ...mine]) ctx.stdout.write(n + '\n');
      return 0;
    }
    default:
      ctx.stderr.write(`layerlab: 'apk ${cmd ?? ''}' is not available in this sandbox (apk update, add, del and info are)\n`);
      return 1;
  }
};
