import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackageSource } from '../../../src/shell/packages/package-source';
import type { Sandbox } from '../../../src/sandbox/sandbox';
import { PipeTerminal } from '../../../src/terminal/pipe-terminal';
import { sandboxWith, piped } from '../sandbox/catalog-fixture';

const PKG = join(import.meta.dirname, '../../../public/packages');
const REC = join(import.meta.dirname, 'recorded');
const DER = join(import.meta.dirname, 'rpm/derived');
beforeAll(() => PackageSource.setFetch(async (p) => JSON.parse(readFileSync(join(PKG, p), 'utf8'))));

/** The REPL's terminal, `columns` wide: `docker run -it` hands it to the container's programs. */
async function onTerminal(sb: Sandbox, columns: number, script: string): Promise<string> {
  let out = '';
  async function* lines() {
    for (const l of script.split('\n')) yield l;
  }
  const t = new PipeTerminal(lines(), (s) => (out += s));
  Object.defineProperty(t, 'columns', { value: columns });
  await sb.runTerminal(t);
  return out;
}

const APT = 'wget jq procps iputils-ping make';

describe('apt-get wraps its package lists at the terminal width', () => {
  for (const w of [60, 72, 80]) {
    it(`${w} columns: the lists as apt 2.6.1 printed them in a ${w}-column pty`, async () => {
      const out = await onTerminal(await sandboxWith('debian'), w, `docker run -it debian\napt-get update > /dev/null\napt-get install ${APT}\nn\nexit`);
      expect(out).toBe(
        'Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n' +
          readFileSync(join(REC, `apt-get-lists-${w}.txt`), 'utf8') +
          '0 upgraded, 18 newly installed, 0 to remove and 0 not upgraded.\nNeed to get 6825 kB of archives.\n' +
          'After this operation, 19.9 MB of additional disk space will be used.\nDo you want to continue? [Y/n] Abort.\nexit\n',
      );
    });
  }

  it('piped: 80 columns whatever the terminal, as apt printed it piped', async () => {
    const out = await onTerminal(await sandboxWith('debian'), 60, `docker run -it debian\napt-get update > /dev/null\napt-get install -y ${APT} | sed '/ newly installed/q'\nexit`);
    expect(out).toBe('Reading package lists...\nBuilding dependency tree...\nReading state information...\n' + readFileSync(join(REC, 'apt-get-lists-piped.txt'), 'utf8') + '0 upgraded, 18 newly installed, 0 to remove and 0 not upgraded.\nexit\n');
  });
});

/** The parts of a yum/dnf transcript that follow the width, as derive.py printed them. */
function derived(name: string): { table: string; installing: string[]; installed?: string } {
  const d = readFileSync(join(DER, `${name}.txt`), 'utf8');
  const at = d.indexOf('Transaction Summary\n') + 'Transaction Summary\n'.length;
  const end = d.indexOf('\n', at) + 1;
  const rest = d.slice(end);
  const installed = rest.indexOf('Installed:\n');
  return { table: d.slice(0, end), installing: rest.slice(0, installed < 0 ? undefined : installed).split('\n').filter(Boolean), installed: installed < 0 ? undefined : rest.slice(installed) };
}

function checkRpm(out: string, name: string, width: number): void {
  const d = derived(name);
  const from = out.indexOf(d.table.split('\n')[0] + '\n');
  expect(out.slice(from, from + d.table.length)).toBe(d.table);
  const lines = out.split('\n');
  for (const l of d.installing) expect(lines).toContain(l);
  if (d.installed) expect(out).toContain('\n' + d.installed + '\nComplete!\n');
  // dnf's download lines (MultiFileProgressMeter.end: width less its "\n") are cut to the width too; yum's stay urlgrabber's 80
  if (name.startsWith('dnf')) expect(lines.filter((l) => / \| /.test(l) && l.length !== (l.startsWith('Total') ? width : width - 1))).toEqual([]);
}

describe('yum and dnf lay out their table, rules and progress lines for the terminal', () => {
  for (const w of [60, 72, 80]) {
    it(`dnf (centos 8), ${w} columns: as dnf 4.7.0's own layout code gives`, async () => {
      const out = await onTerminal(await sandboxWith('centos:latest'), w, 'docker run -it centos\nyum install -y vim\nexit');
      checkRpm(out, `dnf-${w}`, w);
    });
    it(`yum (centos 7), ${w} columns: as yum 3.4's own layout code gives`, async () => {
      const out = await onTerminal(await sandboxWith('centos:7'), w, 'docker run -it centos:7\nyum install -y vim\nexit');
      checkRpm(out, `yum-${w}`, w);
    });
  }

  it('piped: the 80-column layout', async () => {
    const sb = await sandboxWith('centos:latest', 'centos:7');
    checkRpm(await piped(sb, 'docker run centos yum install -y vim'), 'dnf-piped', 80);
    checkRpm(await piped(sb, 'docker run centos:7 yum install -y vim'), 'yum-piped', 80);
  });
});
