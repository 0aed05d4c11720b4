import type { Program, ProcessContext } from '../process';
import { PackageSource } from './package-source';
import type { OtherPackage } from './package-format';
import { RpmCatalog, WHICH, type RpmPkg } from './rpm-catalog';
import { CENTOS_KEYS, RpmTransaction, transferTime } from './rpm-transaction';
import { dnfColumns, dnfDownloadLine, formatNumber, progressLine, rpmWidth, transactionTable } from './rpm-output';

/**
 * dnf 4 as CentOS 8 ships it (dnf-3, with yum and dnf as links to it): install (-y, else
 * "Is this ok [y/N]: "), remove, list installed, info, makecache. Shapes from published
 * transcripts (test/unit/packages/rpm/README.md): the repo metadata lines on the first run,
 * "Last metadata expiration check: ..." afterwards (C locale time, as in containers),
 * "Dependencies resolved.", the table, "Transaction Summary", "Install  5 Packages",
 * "Downloading Packages:", the transaction's Preparing/Installing/Running scriptlet/Verifying
 * lines, "Installed:", "Complete!".
 */
const REPOS: Array<[string, string, number]> = [
  ['appstream', 'CentOS Linux 8 - AppStream', 8_120_000],
  ['baseos', 'CentOS Linux 8 - BaseOS', 3_600_000],
  ['extras', 'CentOS Linux 8 - Extras', 10_000],
];
const CACHE = '/var/cache/dnf';

export const dnfProgram: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const yes = args.some((a) => a === '-y' || a === '--assumeyes');
  const words = args.filter((a) => !a.startsWith('-'));
  const cmd = words[0];
  if (!cmd) {
    ctx.stderr.write('usage: dnf [options] COMMAND\n');
    return 1;
  }
  const tx = new RpmTransaction(ctx, 8);
  switch (cmd) {
    case 'install':
      return install(ctx, tx, words.slice(1), yes);
    case 'remove':
    case 'erase':
      return remove(ctx, tx, words.slice(1), yes);
    case 'list':
      ctx.stdout.write('Installed Packages\n');
      for (const n of tx.db.all()) {
        const m = /^(.+)-([^-]+-[^-]+)\.([^.]+)$/.exec(n);
        if (m) ctx.stdout.write(`${`${m[1]}.${m[3]}`.padEnd(37)} ${m[2].padEnd(25)} @${m[1].startsWith('gpg-pubkey') ? 'System' : 'anaconda'}\n`);
      }
      return 0;
    case 'info':
      return info(ctx, tx, words.slice(1));
    case 'makecache':
      metadata(ctx, tx, true);
      ctx.stdout.write('Metadata cache created.\n');
      return 0;
    default:
      ctx.stderr.write(`No such command: ${cmd}. Please use /usr/bin/${ctx.argv[0].split('/').pop()} --help\n`);
      return 1;
  }
};

function metadata(ctx: ProcessContext, tx: RpmTransaction, force = false): void {
  if (!force && ctx.fs.stat(`${CACHE}/expired_repos.json`)) {
    const since = Number(new TextDecoder().decode(ctx.fs.readFile(`${CACHE}/last_makecache`)) || 0);
    const ago = Math.max(0, Math.floor(Date.parse(tx.stamp(true)) / 1000) - since);
    const hms = `${Math.floor(ago / 3600)}:${String(Math.floor(ago / 60) % 60).padStart(2, '0')}:${String(ago % 60).padStart(2, '0')}`;
    const d = new Date(since * 1000);
    const c = d.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_m, w, day, mon, y, t) => `${w} ${mon} ${String(Number(day)).padStart(2, ' ')} ${t} ${y}`);
    ctx.stdout.write(`Last metadata expiration check: ${hms} ago on ${c}.\n`);
    return;
  }
  for (const [id, name, size] of REPOS) {
    ctx.stdout.write(dnfDownloadLine(name, 8e6, size, transferTime(size), rpmWidth(ctx).columns));
    tx.blob(`${CACHE}/${id}-${hex(id)}/repodata/primary.xml.gz`, size);
    tx.blob(`${CACHE}/${id}.solv`, size * 2);
  }
  ctx.fs.writeFile(`${CACHE}/expired_repos.json`, new TextEncoder().encode('[]'), { mode: 0o644 });
  ctx.fs.writeFile(`${CACHE}/last_makecache`, new TextEncoder().encode(String(Math.floor(Date.parse(tx.stamp(true)) / 1000))), { mode: 0o644 });
}

/** dnf's cache directory suffix is a hash of the repo's URL; a fixed one per repo here. */
const hex = (id: string) => ({ appstream: '02e86d1c976ab532', baseos: '055ffa5a2236b5e4', extras: '9b6d3ee3e7cd0ec9' })[id] ?? '0000000000000000';

const full = (p: RpmPkg) => `${p.name}-${RpmCatalog.evr(p)}.${p.arch}`;

async function confirm(ctx: ProcessContext, yes: boolean): Promise<boolean> {
  if (yes) return true;
  ctx.stdout.write('Is this ok [y/N]: ');
  const a = ((await ctx.stdin.read()) ?? '').split('\n')[0].trim();
  if (/^y(es)?$/i.test(a)) return true;
  ctx.stdout.write('Operation aborted.\n');
  return false;
}

async function install(ctx: ProcessContext, tx: RpmTransaction, names: string[], yes: boolean): Promise<number> {
  metadata(ctx, tx);
  const repo: Record<string, OtherPackage> = { ...(await PackageSource.distros()).centos, which: WHICH };
  const want: string[] = [];
  const missing: string[] = [];
  for (const n of names) {
    const r = RpmCatalog.resolve(repo, n);
    if (!r) missing.push(n);
    else if (tx.db.has(r)) ctx.stdout.write(`Package ${tx.db.get(r)} is already installed.\n`);
    else want.push(r);
  }
  for (const n of missing) ctx.stdout.write(`No match for argument: ${n}\n`);
  if (missing.length) {
    ctx.stderr.write(`Error: Unable to find a match: ${missing.join(' ')}\n`);
    return 1;
  }
  const { asked, deps } = RpmCatalog.plan(repo, tx.db, want, 8);
  ctx.stdout.write('Dependencies resolved.\n');
  if (!asked.length) {
    ctx.stdout.write('Nothing to do.\nComplete!\n');
    return 0;
  }
  const all = [...asked, ...deps];
  const w = rpmWidth(ctx);
  const table = transactionTable([{ title: 'Installing:', pkgs: asked }, { title: 'Installing dependencies:', pkgs: deps }], (p) => RpmCatalog.evr(p), w, 'dnf');
  ctx.stdout.write(table.text);
  ctx.stdout.write(`\nTransaction Summary\n${table.rule}\nInstall  ${all.length} Package${all.length === 1 ? '' : 's'}\n\n`);
  const download = all.reduce((n, p) => n + p.size, 0);
  ctx.stdout.write(`Total download size: ${formatNumber(download)}\nInstalled size: ${formatNumber(all.reduce((n, p) => n + p.installed, 0))}\n`);
  if (!(await confirm(ctx, yes))) return 1;
  ctx.stdout.write('Downloading Packages:\n');
  await tx.load(all);
  const sorted = [...all].sort((a, b) => (RpmCatalog.nvra(a) < RpmCatalog.nvra(b) ? -1 : 1));
  sorted.forEach((p, i) => {
    ctx.stdout.write(dnfDownloadLine(`(${i + 1}/${all.length}): ${RpmCatalog.nvra(p)}.rpm`, 8e6, p.size, transferTime(p.size), w.columns));
  });
  // download_callback_total_cb: a rule, then "Total" padded (never cut) to what the figures leave
  const totals = ` ${formatNumber(8e6).padStart(5)}B/s | ${formatNumber(download).padStart(5)}B ${transferTime(download).padStart(9)}     `;
  ctx.stdout.write(`${'-'.repeat(w.columns)}\n${'Total'.padEnd(w.columns - totals.length)}${totals}\n`);
  if (!tx.hasKey()) {
    const k = CENTOS_KEYS[8];
    ctx.stderr.write(`warning: ${CACHE}/${sorted[0].repo}-${hex(sorted[0].repo)}/packages/${RpmCatalog.nvra(sorted[0])}.rpm: Header V3 RSA/SHA256 Signature, key ID ${k.id.toLowerCase()}: NOKEY\n`);
    ctx.stdout.write(dnfDownloadLine('CentOS Linux 8 - AppStream', 8e6, 1_600, '00:00', w.columns));
    ctx.stdout.write(`Importing GPG key 0x${k.id}:\n Userid     : "${k.userid}"\n Fingerprint: ${k.fingerprint}\n From       : ${k.file}\nKey imported successfully\n`);
    tx.importKey();
  }
  ctx.stdout.write('Running transaction check\nTransaction check succeeded.\nRunning transaction test\nTransaction test succeeded.\nRunning transaction\n');
  const line = (action: string, p: RpmPkg | undefined, n: number, total: number) => progressLine(action, 17, p ? full(p) : '', n, total, w.columns);
  ctx.stdout.write(line('Preparing', undefined, 1, 1));
  const order = RpmTransaction.order(all);
  order.forEach((p, i) => {
    tx.install(p);
    ctx.stdout.write(line('Installing', p, i + 1, all.length));
    if (p.name === 'gpm-libs' || p.name === 'vim-enhanced') ctx.stdout.write(line('Running scriptlet', p, i + 1, all.length));
    tx.log('/var/log/dnf.rpm.log', `${tx.stamp(true)} SUBDEBUG Installed: ${full(p)}`);
  });
  const common = all.find((p) => p.name === 'vim-common');
  if (common) ctx.stdout.write(line('Running scriptlet', common, all.length, all.length));
  sorted.forEach((p, i) => ctx.stdout.write(line('Verifying', p, i + 1, all.length)));
  ctx.stdout.write(`\nInstalled:\n${dnfColumns(sorted.map(full), w.columns)}\nComplete!\n`);
  tx.blob('/var/lib/dnf/history.sqlite', 126_976);
  tx.log('/var/log/dnf.log', `${tx.stamp(true)} INFO Complete!`);
  tx.save();
  return 0;
}

async function remove(ctx: ProcessContext, tx: RpmTransaction, names: string[], yes: boolean): Promise<number> {
  const repo: Record<string, OtherPackage> = { ...(await PackageSource.distros()).centos, which: WHICH };
  const go = names.map((n) => RpmCatalog.resolve(repo, n) ?? n).filter((n) => tx.db.has(n) && repo[n]);
  for (const n of names) if (!go.includes(RpmCatalog.resolve(repo, n) ?? n)) ctx.stdout.write(`No match for argument: ${n}\n`);
  if (!go.length) {
    ctx.stderr.write('No packages marked for removal.\n');
    ctx.stdout.write('Dependencies resolved.\nNothing to do.\nComplete!\n');
    return 0;
  }
  const pkgs = go.map((n) => RpmCatalog.pkg(n, repo[n], 8));
  ctx.stdout.write('Dependencies resolved.\n');
  const w = rpmWidth(ctx);
  const table = transactionTable([{ title: 'Removing:', pkgs: pkgs.map((p) => ({ ...p, repo: `@${p.repo === 'baseos' ? 'baseos' : 'appstream'}`, size: p.installed })) }], (p) => RpmCatalog.evr(p), w, 'dnf');
  ctx.stdout.write(table.text);
  ctx.stdout.write(`\nTransaction Summary\n${table.rule}\nRemove  ${pkgs.length} Package${pkgs.length === 1 ? '' : 's'}\n\nFreed space: ${formatNumber(pkgs.reduce((n, p) => n + p.installed, 0))}\n`);
  if (!(await confirm(ctx, yes))) return 1;
  ctx.stdout.write('Running transaction check\nTransaction check succeeded.\nRunning transaction test\nTransaction test succeeded.\nRunning transaction\n');
  ctx.stdout.write(progressLine('Preparing', 17, '', 1, 1, w.columns));
  for (const [i, p] of pkgs.entries()) {
    await tx.erase(p);
    ctx.stdout.write(progressLine('Erasing', 17, full(p), i + 1, pkgs.length, w.columns));
  }
  pkgs.forEach((p, i) => ctx.stdout.write(progressLine('Verifying', 17, full(p), i + 1, pkgs.length, w.columns)));
  ctx.stdout.write(`\nRemoved:\n${dnfColumns(pkgs.map(full), w.columns)}\nComplete!\n`);
  tx.save();
  return 0;
}

async function info(ctx: ProcessContext, tx: RpmTransaction, names: string[]): Promise<number> {
  metadata(ctx, tx);
  const repo: Record<string, OtherPackage> = { ...(await PackageSource.distros()).centos, which: WHICH };
  const found = names.map((n) => RpmCatalog.resolve(repo, n)).filter((n): n is string => !!n);
  if (!found.length) {
    ctx.stderr.write('Error: No matching Packages to list\n');
    return 1;
  }
  for (const r of found) {
    const p = RpmCatalog.pkg(r, repo[r], 8);
    const inst = tx.db.has(r);
    ctx.stdout.write(`${inst ? 'Installed' : 'Available'} Packages\nName         : ${p.name}\n${p.epoch ? `Epoch        : ${p.epoch}\n` : ''}Version      : ${p.version}\nRelease      : ${p.release}\nArchitecture : ${p.arch}\nSize         : ${formatNumber(inst ? p.installed : p.size)}\nSource       : ${p.name.startsWith('vim') ? 'vim' : p.name}-${p.version}-${p.release}.src.rpm\nRepository   : ${inst ? '@System' : p.repo}\n${inst ? `From repo    : ${p.repo}\n` : ''}Summary      : ${p.summary}\n\n`);
  }
  return 0;
}
