import type { Program, ProcessContext } from '../process';
import { DpkgDb } from './dpkg-db';

/**
 * dpkg / dpkg-query: -l (the list with its three-line legend; columns as wide as their widest
 * value with minimums 14/12/12, the description unbounded when piped, as dpkg 1.21 prints),
 * -L (the package's recorded file list), -s (its status stanza). Recorded from Debian 12.
 */
export const dpkgProgram: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const op = args[0];
  const names = args.slice(1);
  const db = new DpkgDb(ctx.fs);
  switch (op) {
    case '-l':
    case '--list':
      return listPackages(ctx, db, names);
    case '-L':
    case '--listfiles':
      return listFiles(ctx, db, names);
    case '-s':
    case '--status': {
      let st = 0;
      for (const n of names) {
        const s = db.stanza(n);
        if (s) ctx.stdout.write(s.replace(/^Conffiles:\n(?: .*\n?)*/m, '') + '\n\n');
        else {
          ctx.stderr.write(`dpkg-query: package '${n}' is not installed and no information is available\nUse dpkg --info (= dpkg-deb --info) to examine archive files.\n`);
          st = 1;
        }
      }
      return st;
    }
    default:
      ctx.stderr.write(`dpkg: error: need an action option\n\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\nType dpkg -Dhelp for a list of dpkg debug flag values;\nType dpkg --force-help for a list of forcing options;\nType dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n`);
      return 2;
  }
};

function glob(p: string): RegExp {
  return new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
}

function listPackages(ctx: ProcessContext, db: DpkgDb, patterns: string[]): number {
  const rows: string[][] = [];
  let st = 0;
  const all = db.names();
  const chosen = patterns.length ? [] as string[] : all.filter((n) => db.status(n) !== 'purge ok not-installed');
  for (const p of patterns) {
    const m = all.filter((n) => glob(p).test(n));
    if (!m.length) {
      ctx.stderr.write(`dpkg-query: no packages found matching ${p}\n`);
      st = 1;
    }
    for (const n of m) if (!chosen.includes(n)) chosen.push(n);
  }
  for (const n of chosen.sort()) {
    const status = db.status(n) ?? '';
    const code = status.endsWith('config-files') ? 'rc' : status.startsWith('install') ? 'ii' : 'un';
    const arch = db.field(n, 'Architecture') ?? '';
    const name = db.field(n, 'Multi-Arch') === 'same' ? `${n}:${arch}` : n;
    rows.push([code, name, db.field(n, 'Version') ?? '', arch, (db.field(n, 'Description') ?? '').split('\n')[0]]);
  }
  if (!rows.length) return st;
  const w = (i: number, min: number) => Math.max(min, ...rows.map((r) => r[i].length));
  const nw = w(1, 14);
  const vw = w(2, 12);
  const aw = w(3, 12);
  let dw = w(4, 11);
  if (ctx.tty) dw = Math.max(11, ctx.tty.columns - (4 + nw + 1 + vw + 1 + aw + 1) - 1);
  const pad = (s: string, n: number) => s.padEnd(n);
  let out = 'Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n';
  out += `||/ ${pad('Name', nw)} ${pad('Version', vw)} ${pad('Architecture', aw)} Description\n`;
  out += `+++-${'='.repeat(nw)}-${'='.repeat(vw)}-${'='.repeat(aw)}-${'='.repeat(dw)}\n`;
  for (const r of rows) out += `${r[0]}  ${pad(r[1], nw)} ${pad(r[2], vw)} ${pad(r[3], aw)} ${r[4].slice(0, dw)}\n`.replace(/ +\n$/, '\n');
  ctx.stdout.write(out);
  return st;
}

function listFiles(ctx: ProcessContext, db: DpkgDb, names: string[]): number {
  let st = 0;
  for (const n of names) {
    if (!db.isInstalled(n)) {
      ctx.stderr.write(`dpkg-query: package '${n}' is not installed\nUse dpkg --contents (= dpkg-deb --contents) to list archive files contents.\n`);
      st = 1;
      continue;
    }
    const arch = db.field(n, 'Architecture');
    for (const f of [`/var/lib/dpkg/info/${n}.list`, `/var/lib/dpkg/info/${n}:${arch}.list`]) {
      if (!ctx.fs.stat(f)) continue;
      ctx.stdout.write(new TextDecoder().decode(ctx.fs.readFile(f)));
      break;
    }
  }
  return st;
}
