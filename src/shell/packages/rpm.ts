import type { Program } from '../process';
import { PackageSource } from './package-source';
import { RpmCatalog } from './rpm-catalog';
import { RpmDb } from './rpm-db';
import { PackageFiles } from './rpm-installer';
import { DistroPaths } from './distro-paths';

/**
 * rpm's queries over the container's rpm database: -qa, -q NAME..., -ql NAME. File lists are
 * known for the packages of the package database (what yum/dnf installed); the base image's
 * packages have no recorded list here, which -ql says plainly instead of inventing one.
 */
export const rpmProgram: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const flags = args.filter((a) => a.startsWith('-')).join('').replace(/-/g, '');
  const names = args.filter((a) => !a.startsWith('-'));
  const db = new RpmDb(ctx.fs);
  if (!flags.includes('q')) {
    ctx.stderr.write(`layerlab: 'rpm ${args.join(' ')}' is not available in this sandbox (rpm -qa, -q and -ql are)\n`);
    return 1;
  }
  if (flags.includes('a')) {
    for (const n of db.all()) ctx.stdout.write(n + '\n');
    return 0;
  }
  if (!names.length) {
    ctx.stderr.write('rpm: no arguments given for query\n');
    return 1;
  }
  let rc = 0;
  for (const n of names) {
    const nevra = db.get(n) ?? db.all().find((x) => x === n);
    if (!nevra) {
      ctx.stdout.write(`package ${n} is not installed\n`);
      rc = 1;
      continue;
    }
    if (!flags.includes('l')) {
      ctx.stdout.write(nevra + '\n');
      continue;
    }
    const name = RpmDb.nameOf(nevra);
    const p = (await PackageSource.distros()).centos[name];
    if (!p) {
      ctx.stderr.write(`layerlab: the file list of the base package ${name} is not recorded in this sandbox\n`);
      rc = 1;
      continue;
    }
    const files = new PackageFiles(ctx.fs, RpmCatalog.layout(RpmCatalog.major(ctx.fs)));
    for (const f of DistroPaths.owned(files.entries(await PackageSource.files(p.deb)))) ctx.stdout.write(f + '\n');
  }
  return rc;
};
