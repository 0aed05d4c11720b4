import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackageSource } from '../../../src/shell/packages/package-source';
import { sandboxWith, piped } from '../sandbox/catalog-fixture';

const PKG = join(import.meta.dirname, '../../../public/packages');
const json = (p: string): unknown => JSON.parse(readFileSync(join(PKG, p), 'utf8'));

beforeAll(() => PackageSource.setFetch(async (p) => json(p)));

describe('yum, dnf, rpm and apk in containers', () => {
  it('seed 002: docker run -it centos, yum install -y vim (dnf on 8), exit, commit; the new image has /usr/bin/vim', async () => {
    const sb = await sandboxWith('centos:latest');
    const out = await piped(sb, 'docker run -it centos\nwhich vim\nyum install -y vim > /tmp/log 2>&1\ntail -7 /tmp/log\nrpm -qa | grep -c vim\nexit\ndocker commit $(docker ps -lq) stt/centos-vim > /dev/null\ndocker run --rm stt/centos-vim which vim\ndocker run --rm stt/centos-vim rpm -q vim-enhanced which\ndocker history --format "{{.CreatedBy}} {{.Size}}" stt/centos-vim | head -1\ndocker diff $(docker ps -lq) | grep -c "usr/share/vim"');
    expect(out.split('\n').slice(0, 12)).toEqual([
      expect.stringMatching(/which: command not found$/),
      '',
      // dnf's _pto_callback columns off a terminal (rpm/derived/dnf-piped.txt)
      'Installed:',
      '  gpm-libs-1.20.7-17.el8.x86_64         vim-common-2:8.0.1763-16.el8.x86_64    ',
      '  vim-enhanced-2:8.0.1763-16.el8.x86_64 vim-filesystem-2:8.0.1763-16.el8.noarch',
      '  which-2.21-12.el8.x86_64             ',
      '',
      'Complete!',
      '4',
      'exit',
      '/usr/bin/vim',
      'vim-enhanced-8.0.1763-16.el8.x86_64',
    ]);
    expect(out).toContain('which-2.21-12.el8.x86_64\n/bin/bash ');
  }, 60_000);

  it('centos 7 yum: the Dependencies Resolved table, summary and Installed lines; rpm -ql lists vim under /usr/bin', async () => {
    const sb = await sandboxWith('centos:7');
    const out = await piped(sb, "docker run centos:7 sh -c 'yum install -y vim 2>/dev/null | sed -n \"/^Dependencies Resolved/,/^Installed size/p\"; rpm -ql vim-enhanced | grep bin; yum install -y vim | tail -2'");
    expect(out).toBe(
      'Dependencies Resolved\n\n' +
        // yum's calcColumns at 80 (rpm/derived/yum-piped.txt)
        readFileSync(join(import.meta.dirname, 'rpm/derived/yum-piped.txt'), 'utf8').split('\n').slice(0, 13).join('\n') + '\n' +
        'Install  1 Package (+4 Dependent packages)\n\n' +
        'Total download size: 8.4 M\nInstalled size: 39 M\n' +
        '/usr/bin/vim\n' +
        'Package vim-enhanced-7.4.629-8.el7_9.x86_64 already installed and latest version\nNothing to do\n',
    );
  }, 60_000);

  it('alpine: apk add vim installs xxd and vim, updates the world; apk del takes both away', async () => {
    const sb = await sandboxWith('alpine');
    const out = await piped(sb, "docker run alpine sh -c 'apk add vim; which vim; cat /etc/apk/world | grep vim; apk del vim; test -e /usr/bin/vim || echo gone'");
    expect(out).toBe(
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz\n' +
        'fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/community/x86_64/APKINDEX.tar.gz\n' +
        '(1/2) Installing xxd (9.1.0707-r0)\n(2/2) Installing vim (9.1.0707-r0)\nExecuting busybox-1.36.1-r29.trigger\nOK: 11 MiB in 16 packages\n' +
        '/usr/bin/vim\nvim\n' +
        '(1/2) Purging vim (9.1.0707-r0)\n(2/2) Purging xxd (9.1.0707-r0)\nExecuting busybox-1.36.1-r29.trigger\nOK: 7 MiB in 14 packages\n' +
        "gone\n",
    );
  }, 60_000);
});
