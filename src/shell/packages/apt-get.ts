import type { Program, ProcessContext } from '../process';
import { nowSeconds } from '../coreutils/lib/hooks';
import { PackageSource } from './package-source';
import type { DebPackage, PackageIndexFile } from './package-format';
import { DebInstaller } from './deb-installer';
import { aptDistro, haveLists, LISTS, sizeToStr, type AptDistro } from './apt-sources';
import { planInstall, showList } from './apt-plan';

/**
 * apt-get (and apt, which shares its output here) in a Debian or Ubuntu container: update,
 * install, remove, purge; `apt list --installed`. Output lines follow recordings of apt 2.6 on
 * Debian 12 (test/unit/packages/recorded/): on a terminal the progress lines end in "Done",
 * piped they don't; installing only what was asked needs no confirmation, anything extra (or any
 * removal) asks "Do you want to continue? [Y/n]" unless -y. Errors exit 100 as apt does.
 */
export function aptGetProgram(flavor: 'apt-get' | 'apt'): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1);
    const yes = args.some((a) => /^-(y|-yes|-assume-yes|qy|yq)$/.test(a));
    const words = args.filter((a) => !a.startsWith('-'));
    const cmd = words[0];
    if (flavor === 'apt' && !ctx.tty) ctx.stderr.write('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
    if (!cmd) {
      ctx.stdout.write(`apt 2.6.1 (amd64)\nUsage: ${flavor} [options] command\n`);
      return 1;
    }
    const done = ctx.tty ? ' Done' : '';
    const distro = aptDistro(ctx.fs);
    switch (cmd) {
      case 'update':
        return update(ctx, distro, done);
      case 'install':
      case 'remove':
      case 'purge':
        ctx.stdout.write(`Reading package lists...${done}\nBuilding dependency tree...${done}\nReading state information...${done}\n`);
        return cmd === 'install' ? install(ctx, distro, words.slice(1), yes) : remove(ctx, distro, words.slice(1), yes, cmd === 'purge');
      case 'list':
        return list(ctx, distro, args.includes('--installed'), done);
      default:
        ctx.stderr.write(`E: Invalid operation ${cmd}\n`);
        return 100;
    }
  };
}

function stamp(ctx: ProcessContext): () => string {
  return () => new Date(nowSeconds(ctx) * 1000).toISOString().replace('T', ' ').slice(0, 19);
}

function fetched(bytes: number): string {
  // a steady 8 MB/s sandbox network: the time apt reports is whole seconds
  const secs = Math.floor(bytes / 8e6);
  return `Fetched ${sizeToStr(bytes)}B in ${secs}s (${sizeToStr(Math.round(bytes / Math.max(secs, 1)))}B/s)\n`;
}

async function update(ctx: ProcessContext, d: AptDistro, done: string): Promise<number> {
  let total = 0;
  d.fetches.forEach((f, i) => {
    const what = f.what === 'InRelease' ? `${f.suite} InRelease` : `${f.suite}/${f.what}`;
    ctx.stdout.write(`Get:${i + 1} ${f.uri} ${what} [${sizeToStr(f.size)}B]\n`);
    total += f.size;
    ctx.fs.writeFile(`${LISTS}/${f.file}`, { kind: 'synthetic', size: f.size, seed: `apt-lists:${f.file}` }, { mode: 0o644 });
  });
  ctx.stdout.write(fetched(total));
  ctx.stdout.write(`Reading package lists...${done}\n`);
  return 0;
}

function versionOf(p: DebPackage, d: AptDistro): string {
  return (d.id === 'ubuntu' ? p.ubuntu?.[d.codename] : undefined) ?? p.version;
}

async function confirm(ctx: ProcessContext): Promise<boolean> {
  ctx.stdout.write('Do you want to continue? [Y/n] ');
  const line = await ctx.stdin.read();
  const a = (line ?? '').split('\n')[0].trim();
  if (line !== null && (a === '' || /^y(es)?$/i.test(a))) return true;
  ctx.stdout.write('Abort.\n');
  return false;
}

async function install(ctx: ProcessContext, d: AptDistro, names: string[], yes: boolean): Promise<number> {
  const inst = new DebInstaller(ctx.fs, stamp(ctx));
  const db = inst.db;
  const lists = haveLists(ctx.fs);
  const index: PackageIndexFile | undefined = lists ? await PackageSource.index() : undefined;
  const want: string[] = [];
  for (const n of names) {
    if (db.isInstalled(n)) {
      const v = db.field(n, 'Version');
      ctx.stdout.write(`${n} is already the newest version (${v}).\n`);
    } else if (!index?.packages[n]) {
      ctx.stderr.write(`E: Unable to locate package ${n}\n`);
      return 100;
    } else want.push(n);
  }
  const plan = index ? planInstall(index, db, want) : [];
  if (!plan.length) {
    ctx.stdout.write('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
    return 0;
  }
  const pk = (n: string) => index!.packages[n];
  const extra = plan.filter((n) => !want.includes(n)).sort();
  const suggested = [...new Set(plan.flatMap((n) => pk(n).suggests))].filter((s) => !plan.includes(s) && !db.isInstalled(s)).sort();
  const width = ctx.tty?.columns;
  ctx.stdout.write(showList('The following additional packages will be installed:', extra, width));
  ctx.stdout.write(showList('Suggested packages:', suggested, width));
  ctx.stdout.write(showList('The following NEW packages will be installed:', [...plan].sort(), width));
  const download = plan.reduce((n, p) => n + pk(p).size, 0);
  const disk = plan.reduce((n, p) => n + pk(p).installedSize * 1024, 0);
  ctx.stdout.write(`0 upgraded, ${plan.length} newly installed, 0 to remove and 0 not upgraded.\n`);
  ctx.stdout.write(`Need to get ${sizeToStr(download)}B of archives.\nAfter this operation, ${sizeToStr(disk)}B of additional disk space will be used.\n`);
  if (extra.length && !yes && !(await confirm(ctx))) return 1;
  const src = d.fetches[0];
  const files = await Promise.all(plan.map((n) => PackageSource.files(n)));
  plan.forEach((n, i) => {
    const p = pk(n);
    ctx.stdout.write(`Get:${i + 1} ${src.uri} ${src.suite}/main amd64 ${n} ${p.arch} ${versionOf(p, d)} [${sizeToStr(p.size)}B]\n`);
  });
  ctx.stdout.write(fetched(download));
  if (!ctx.fs.stat('/usr/bin/apt-extracttemplates')) ctx.stdout.write('debconf: delaying package configuration, since apt-utils is not installed\n');
  const count = inst.databaseCount();
  plan.forEach((n, i) => {
    const p = pk(n);
    const v = versionOf(p, d);
    const q = DebInstaller.qualified(n, p);
    ctx.stdout.write(`Selecting previously unselected package ${q}.\n`);
    if (i === 0) ctx.stdout.write(`(Reading database ... ${count} files and directories currently installed.)\n`);
    ctx.stdout.write(`Preparing to unpack .../${n}_${v.replace(':', '%3a')}_${p.arch}.deb ...\nUnpacking ${q} (${v}) ...\n`);
    inst.unpack(n, p, files[i], v);
  });
  let ldconfig = false;
  plan.forEach((n, i) => {
    const p = pk(n);
    ctx.stdout.write(`Setting up ${DebInstaller.qualified(n, p)} (${versionOf(p, d)}) ...\n`);
    for (const l of inst.configure(n, p)) ctx.stdout.write(l + '\n');
    if (/\/lib\/x86_64-linux-gnu\/[^/\n]+\.so[.\d]*$/m.test(files[i].list)) ldconfig = true;
  });
  const libc = db.field('libc-bin', 'Version');
  if (ldconfig && libc) ctx.stdout.write(`Processing triggers for libc-bin (${libc}) ...\n`);
  markAuto(ctx, extra);
  inst.save();
  return 0;
}

/** /var/lib/apt/extended_states: what apt installed only as a dependency (autoremove's list). */
function markAuto(ctx: ProcessContext, names: string[]): void {
  if (!names.length) return;
  const p = '/var/lib/apt/extended_states';
  let text = '';
  try {
    text = new TextDecoder().decode(ctx.fs.readFile(p));
  } catch {
    text = '';
  }
  for (const n of names) text += `${text && !text.endsWith('\n\n') ? '\n' : ''}Package: ${n}\nArchitecture: amd64\nAuto-Installed: 1\n`;
  ctx.fs.writeFile(p, new TextEncoder().encode(text), { mode: 0o644 });
}

async function remove(ctx: ProcessContext, d: AptDistro, names: string[], yes: boolean, purge: boolean): Promise<number> {
  const inst = new DebInstaller(ctx.fs, stamp(ctx));
  const db = inst.db;
  const index = await PackageSource.index();
  const go: string[] = [];
  for (const n of names) {
    if (db.isInstalled(n) || (purge && db.status(n))) go.push(n);
    else if (!index.packages[n] && !db.status(n)) {
      ctx.stderr.write(`E: Unable to locate package ${n}\n`);
      return 100;
    } else ctx.stdout.write(`Package '${n}' is not installed, so not removed\n`);
  }
  if (!go.length) {
    ctx.stdout.write('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
    return 0;
  }
  ctx.stdout.write(showList('The following packages will be REMOVED:', go.map((n) => (purge ? n + '*' : n)).sort(), ctx.tty?.columns));
  const freed = go.reduce((k, n) => k + Number(db.field(n, 'Installed-Size') ?? 0) * 1024, 0);
  ctx.stdout.write(`0 upgraded, 0 newly installed, ${go.length} to remove and 0 not upgraded.\nAfter this operation, ${sizeToStr(freed)}B disk space will be freed.\n`);
  if (!yes && !(await confirm(ctx))) return 1;
  ctx.stdout.write(`(Reading database ... ${inst.databaseCount()} files and directories currently installed.)\n`);
  const gone: Array<[string, DebPackage, string]> = [];
  for (const n of [...go].reverse()) {
    const p = index.packages[n];
    const v = db.field(n, 'Version') ?? '';
    if (!p) continue;
    if (db.isInstalled(n)) {
      ctx.stdout.write(`Removing ${DebInstaller.qualified(n, p)} (${v}) ...\n`);
      for (const l of inst.remove(n, p, await PackageSource.files(n))) ctx.stdout.write(l + '\n');
    }
    gone.push([n, p, v]);
  }
  if (purge) {
    const withConf = gone.filter(([n]) => db.conffiles(n).length);
    if (withConf.length) ctx.stdout.write(`(Reading database ... ${inst.databaseCount()} files and directories currently installed.)\n`);
    for (const [n, p, v] of withConf) ctx.stdout.write(`Purging configuration files for ${DebInstaller.qualified(n, p)} (${v}) ...\n`);
    for (const [n, p] of gone) inst.purge(n, p);
  }
  inst.save();
  void d;
  return 0;
}

async function list(ctx: ProcessContext, d: AptDistro, installed: boolean, done: string): Promise<number> {
  ctx.stdout.write(`Listing...${done}\n`);
  const inst = new DebInstaller(ctx.fs, stamp(ctx));
  const lists = haveLists(ctx.fs);
  let auto = '';
  try {
    auto = new TextDecoder().decode(ctx.fs.readFile('/var/lib/apt/extended_states'));
  } catch {
    auto = '';
  }
  for (const n of inst.db.names()) {
    if (!installed || !inst.db.isInstalled(n)) continue;
    const flags = ['installed', ...(auto.includes(`Package: ${n}\n`) ? ['automatic'] : []), ...(lists ? [] : ['local'])];
    ctx.stdout.write(`${n}/${lists ? `${d.codename},` : ''}now ${inst.db.field(n, 'Version')} ${inst.db.field(n, 'Architecture')} [${flags.join(',')}]\n`);
  }
  return 0;
}
