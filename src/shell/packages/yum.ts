import type { Program, ProcessContext } from '../process';
import { PackageSource } from './package-source';
import type { OtherPackage } from './package-format';
import { RpmCatalog, WHICH, type RpmPkg } from './rpm-catalog';
import { CENTOS_KEYS, RpmTransaction, transferTime } from './rpm-transaction';
import { downloadLine, formatNumber, progressLine, rpmWidth, transactionTable } from './rpm-output';

/**
 * yum 3 as CentOS 7 (3.4.3) and CentOS 5 (3.2.22) ship it: install (-y, else "Is this ok"),
 * remove, list installed, info, makecache. Shapes follow published transcripts (see
 * test/unit/packages/rpm/README.md): "Loaded plugins: fastestmirror, ovl", the repo metadata
 * lines, "Resolving Dependencies", the "Dependencies Resolved" table, "Transaction Summary",
 * the per-package Installing/Verifying lines, "Installed:" / "Dependency Installed:", "Complete!".
 * The repositories answer as they did while CentOS was alive (the seed installs on centos5 too).
 * The table, rules and rpm lines follow the terminal (rpm-output.ts); the download lines keep
 * urlgrabber's 80-column layout (its TerminalLine is not reproduced).
 */
const REPOS: Record<5 | 7, Array<[string, number, string, number]>> = {
  7: [['base', 3_604, 'base/7/x86_64/primary_db', 6_392_000], ['extras', 2_971, 'extras/7/x86_64/primary_db', 253_000], ['updates', 2_971, 'updates/7/x86_64/primary_db', 28_300_000]],
  5: [['base', 1_100, 'base/primary.sqlite', 4_300_000], ['extras', 2_100, 'extras/primary.sqlite', 230_000], ['updates', 1_900, 'updates/primary.sqlite', 2_800_000]],
};

export const yumProgram: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const yes = args.some((a) => a === '-y' || a === '--assumeyes');
  const words = args.filter((a) => !a.startsWith('-'));
  const major = RpmCatalog.major(ctx.fs) === 5 ? 5 : 7;
  const cmd = words[0];
  ctx.stdout.write(major === 7 ? 'Loaded plugins: fastestmirror, ovl\n' : 'Loaded plugins: fastestmirror\n');
  if (!cmd) {
    ctx.stderr.write('You need to give some command\n');
    return 1;
  }
  const tx = new RpmTransaction(ctx, major);
  switch (cmd) {
    case 'install':
      return install(ctx, tx, major, words.slice(1), yes);
    case 'remove':
    case 'erase':
      return remove(ctx, tx, words.slice(1), yes);
    case 'list':
      metadata(ctx, tx, major);
      ctx.stdout.write('Installed Packages\n');
      for (const n of tx.db.all()) {
        const m = /^(.+)-([^-]+-[^-]+)\.([^.]+)$/.exec(n);
        if (m) ctx.stdout.write(`${`${m[1]}.${m[3]}`.padEnd(40)} ${m[2].padEnd(24)} @CentOS\n`);
      }
      return 0;
    case 'info':
      return info(ctx, tx, major, words.slice(1));
    case 'makecache':
      metadata(ctx, tx, major, true);
      ctx.stdout.write('Metadata Cache Created\n');
      return 0;
    default:
      ctx.stderr.write(`No such command: ${cmd}. Please use /usr/bin/yum --help\n`);
      return 1;
  }
};

function metadata(ctx: ProcessContext, tx: RpmTransaction, major: 5 | 7, force = false): void {
  const cache = major === 7 ? '/var/cache/yum/x86_64/7' : '/var/cache/yum';
  if (!force && ctx.fs.stat(`${cache}/base/repomd.xml`)) {
    ctx.stdout.write('Loading mirror speeds from cached hostfile\n');
    return;
  }
  ctx.stdout.write('Determining fastest mirrors\n');
  for (const [id] of REPOS[major]) ctx.stdout.write(` * ${id}: mirror.centos.org\n`);
  for (const [id, size] of REPOS[major]) {
    ctx.stdout.write(downloadLine(id, size, 57, '00:00'));
    tx.blob(`${cache}/${id}/repomd.xml`, size);
  }
  REPOS[major].forEach(([id, , label, size], i) => {
    ctx.stdout.write(downloadLine(`(${i + 1}/${REPOS[major].length}): ${label}`, size, 57, transferTime(size)));
    tx.blob(`${cache}/${id}/gen/primary_db.sqlite`, size * 5);
  });
  tx.blob(`${cache}/timedhosts.txt`, 112);
}

async function install(ctx: ProcessContext, tx: RpmTransaction, major: 5 | 7, names: string[], yes: boolean): Promise<number> {
  metadata(ctx, tx, major);
  const repo: Record<string, OtherPackage> = { ...(await PackageSource.distros()).centos, which: WHICH };
  const want: string[] = [];
  for (const n of names) {
    const r = RpmCatalog.resolve(repo, n);
    if (!r) ctx.stdout.write(`No package ${n} available.\n`);
    else if (tx.db.has(r)) ctx.stdout.write(`Package ${r === n ? tx.db.get(r) : `${tx.db.get(r)}`} already installed and latest version\n`);
    else want.push(r);
  }
  const { asked, deps } = RpmCatalog.plan(repo, tx.db, want, major);
  if (!asked.length) {
    ctx.stdout.write(names.some((n) => !RpmCatalog.resolve(repo, n)) ? 'Error: Nothing to do\n' : 'Nothing to do\n');
    return names.some((n) => !RpmCatalog.resolve(repo, n)) ? 1 : 0;
  }
  const all = [...asked, ...deps];
  const evr = (p: RpmPkg) => RpmCatalog.evr(p);
  if (major === 5) ctx.stdout.write('Setting up Install Process\n');
  ctx.stdout.write('Resolving Dependencies\n--> Running transaction check\n');
  for (const p of asked) ctx.stdout.write(`---> Package ${p.name}.${p.arch} ${RpmCatalog.evr(p, true)} will be installed\n`);
  for (const p of asked) for (const d of p.deps) if (deps.some((q) => q.name === d)) ctx.stdout.write(`--> Processing Dependency: ${d} for package: ${p.epoch ? `${p.epoch}:` : ''}${RpmCatalog.nvra(p)}\n`);
  if (deps.length) {
    ctx.stdout.write('--> Running transaction check\n');
    for (const p of deps) ctx.stdout.write(`---> Package ${p.name}.${p.arch} ${RpmCatalog.evr(p, true)} will be installed\n`);
  }
  ctx.stdout.write('--> Finished Dependency Resolution\n\nDependencies Resolved\n\n');
  const w = rpmWidth(ctx);
  const table = transactionTable([{ title: 'Installing:', pkgs: asked }, { title: 'Installing for dependencies:', pkgs: deps }], evr, w, 'yum');
  ctx.stdout.write(table.text);
  ctx.stdout.write(`\nTransaction Summary\n${table.rule}\n`);
  const plural = (n: number) => (n === 1 ? 'Package' : 'Packages');
  if (major === 7) ctx.stdout.write(`Install  ${asked.length} ${plural(asked.length)}${deps.length ? ` (+${deps.length} Dependent ${plural(deps.length).toLowerCase()})` : ''}\n\n`);
  else ctx.stdout.write(`Install      ${all.length} Package(s)\nUpgrade       0 Package(s)\n\n`);
  const download = all.reduce((n, p) => n + p.size, 0);
  ctx.stdout.write(`Total download size: ${formatNumber(download)}\nInstalled size: ${formatNumber(all.reduce((n, p) => n + p.installed, 0))}\n`);
  if (!yes) {
    ctx.stdout.write(major === 7 ? 'Is this ok [y/d/N]: ' : 'Is this ok [y/N]: ');
    const a = ((await ctx.stdin.read()) ?? '').split('\n')[0].trim();
    if (!/^y(es)?$/i.test(a)) {
      ctx.stdout.write('Exiting on user command\n');
      return 1;
    }
  }
  ctx.stdout.write(major === 7 ? 'Downloading packages:\n' : 'Downloading Packages:\n');
  await tx.load(all);
  const sorted = [...all].sort((a, b) => (RpmCatalog.nvra(a) < RpmCatalog.nvra(b) ? -1 : 1));
  const key = major === 7 && !tx.hasKey() ? CENTOS_KEYS[7] : undefined;
  sorted.forEach((p, i) => {
    if (key && i === 0) ctx.stderr.write(`warning: /var/cache/yum/x86_64/7/${p.repo}/packages/${RpmCatalog.nvra(p)}.rpm: Header V3 RSA/SHA256 Signature, key ID ${key.id.toLowerCase()}: NOKEY\nPublic key for ${RpmCatalog.nvra(p)}.rpm is not installed\n`);
    ctx.stdout.write(downloadLine(`(${i + 1}/${all.length}): ${RpmCatalog.nvra(p)}.rpm`, p.size, 57, transferTime(p.size)));
  });
  ctx.stdout.write(`${'-'.repeat(80)}\nTotal${' '.repeat(47)}${formatNumber(8e6)}B/s | ${formatNumber(download)}B  ${transferTime(download)}     \n`);
  if (key) {
    const rel = tx.db.get('centos-release') ?? 'centos-release-7-9.2009.0.el7.centos.x86_64';
    ctx.stdout.write(`Retrieving key from file://${key.file}\nImporting GPG key 0x${key.id}:\n Userid     : "${key.userid}"\n Fingerprint: ${key.fingerprint}\n Package    : ${rel} (@CentOS)\n From       : ${key.file}\n`);
    tx.importKey();
  }
  ctx.stdout.write('Running transaction check\nRunning transaction test\nTransaction test succeeded\nRunning transaction\n');
  const order = RpmTransaction.order(all);
  const full = (p: RpmPkg) => `${p.epoch ? `${p.epoch}:` : ''}${RpmCatalog.nvra(p)}`;
  order.forEach((p, i) => {
    tx.install(p);
    ctx.stdout.write(progressLine('Installing', 11, full(p), i + 1, all.length, w.columns));
    tx.log('/var/log/yum.log', `${tx.stamp()} Installed: ${full(p)}`);
  });
  order.forEach((p, i) => ctx.stdout.write(progressLine('Verifying', 11, full(p), i + 1, all.length, w.columns)));
  ctx.stdout.write(`\nInstalled:\n  ${asked.map((p) => `${p.name}.${p.arch} ${RpmCatalog.evr(p, true)}`).join('  ')}\n\n`);
  if (deps.length) ctx.stdout.write(`Dependency Installed:\n  ${deps.map((p) => `${p.name}.${p.arch} ${RpmCatalog.evr(p, true)}`).join('  ')}\n\n`);
  tx.blob(major === 7 ? `/var/lib/yum/history/history-${tx.stamp(true).slice(0, 10)}.sqlite` : '/var/lib/yum/history/history.sqlite', 24_576);
  tx.save();
  ctx.stdout.write('Complete!\n');
  return 0;
}

async function remove(ctx: ProcessContext, tx: RpmTransaction, names: string[], yes: boolean): Promise<number> {
  const repo: Record<string, OtherPackage> = { ...(await PackageSource.distros()).centos, which: WHICH };
  const go = names.map((n) => RpmCatalog.resolve(repo, n) ?? n).filter((n) => tx.db.has(n) && repo[n]);
  for (const n of names) if (!go.includes(RpmCatalog.resolve(repo, n) ?? n)) ctx.stdout.write(`No Match for argument: ${n}\n`);
  if (!go.length) {
    ctx.stdout.write('No Packages marked for removal\n');
    return 0;
  }
  const pkgs = go.map((n) => RpmCatalog.pkg(n, repo[n], tx.major));
  ctx.stdout.write('Resolving Dependencies\n--> Running transaction check\n');
  for (const p of pkgs) ctx.stdout.write(`---> Package ${p.name}.${p.arch} ${RpmCatalog.evr(p, true)} will be erased\n`);
  ctx.stdout.write('--> Finished Dependency Resolution\n\nDependencies Resolved\n\n');
  const w = rpmWidth(ctx);
  const table = transactionTable([{ title: 'Removing:', pkgs: pkgs.map((p) => ({ ...p, repo: '@updates', size: p.installed })) }], (p) => RpmCatalog.evr(p), w, 'yum');
  ctx.stdout.write(table.text);
  ctx.stdout.write(`\nTransaction Summary\n${table.rule}\nRemove  ${pkgs.length} Package${pkgs.length === 1 ? '' : 's'}\n\nInstalled size: ${formatNumber(pkgs.reduce((n, p) => n + p.installed, 0))}\n`);
  if (!yes) {
    ctx.stdout.write('Is this ok [y/N]: ');
    const a = ((await ctx.stdin.read()) ?? '').split('\n')[0].trim();
    if (!/^y(es)?$/i.test(a)) {
      ctx.stdout.write('Exiting on user command\n');
      return 1;
    }
  }
  ctx.stdout.write('Downloading packages:\nRunning transaction check\nRunning transaction test\nTransaction test succeeded\nRunning transaction\n');
  for (const [i, p] of pkgs.entries()) {
    await tx.erase(p);
    ctx.stdout.write(progressLine('Erasing', 11, `${p.epoch ? `${p.epoch}:` : ''}${RpmCatalog.nvra(p)}`, i + 1, pkgs.length, w.columns));
    tx.log('/var/log/yum.log', `${tx.stamp()} Erased: ${p.epoch ? `${p.epoch}:` : ''}${p.name}-${p.version}-${p.release}.${p.arch}`);
  }
  pkgs.forEach((p, i) => ctx.stdout.write(progressLine('Verifying', 11, `${p.epoch ? `${p.epoch}:` : ''}${RpmCatalog.nvra(p)}`, i + 1, pkgs.length, w.columns)));
  ctx.stdout.write(`\nRemoved:\n  ${pkgs.map((p) => `${p.name}.${p.arch} ${RpmCatalog.evr(p, true)}`).join('  ')}\n\nComplete!\n`);
  tx.save();
  return 0;
}

async function info(ctx: ProcessContext, tx: RpmTransaction, major: 5 | 7, names: string[]): Promise<number> {
  metadata(ctx, tx, major);
  const repo: Record<string, OtherPackage> = { ...(await PackageSource.distros()).centos, which: WHICH };
  let found = false;
  for (const n of names) {
    const r = RpmCatalog.resolve(repo, n);
    if (!r) continue;
    found = true;
    const p = RpmCatalog.pkg(r, repo[r], major);
    const inst = tx.db.has(r);
    ctx.stdout.write(`${inst ? 'Installed' : 'Available'} Packages\nName        : ${p.name}\nArch        : ${p.arch}\n${p.epoch ? `Epoch       : ${p.epoch}\n` : ''}Version     : ${p.version}\nRelease     : ${p.release}\nSize        : ${formatNumber(inst ? p.installed : p.size)}\nRepo        : ${inst ? 'installed' : p.repo}\n${inst ? `From repo   : ${p.repo}\n` : ''}Summary     : ${p.summary}\n\n`);
  }
  if (!found) {
    ctx.stderr.write('Error: No matching Packages to list\n');
    return 1;
  }
  return 0;
}
