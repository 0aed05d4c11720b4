import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PackageSource } from '../../../src/shell/packages/package-source';
import type { PackageFilesFile, PackageIndexFile } from '../../../src/shell/packages/package-format';
import { sandboxWith, piped } from '../sandbox/catalog-fixture';

const PKG = join(import.meta.dirname, '../../../public/packages');
const REC = join(import.meta.dirname, 'recorded');
const json = <T>(p: string): T => JSON.parse(readFileSync(join(PKG, p), 'utf8')) as T;

beforeAll(() => PackageSource.setFetch(async (p) => json(p)));

describe('apt-get in containers', () => {
  it('fails before update, installs one package with the recorded output shape, purges it', async () => {
    const sb = await sandboxWith('debian');
    const out = await piped(sb, "docker run debian sh -c 'apt-get install -y tree; echo $?; apt-get update >/dev/null; apt-get install -y tree; tree -L 1 /etc/apt | head -2; apt-get install -y tree; apt-get purge -y tree; ls /usr/bin/tree'");
    // line shapes as recorded on Debian 12 (recorded/apt-get-install-nano.txt), piped form
    expect(out).toBe(
      'Reading package lists...\nBuilding dependency tree...\nReading state information...\nE: Unable to locate package tree\n100\n' +
        'Reading package lists...\nBuilding dependency tree...\nReading state information...\n' +
        'The following NEW packages will be installed:\n  tree\n0 upgraded, 1 newly installed, 0 to remove and 0 not upgraded.\n' +
        'Need to get 52.5 kB of archives.\nAfter this operation, 116 kB of additional disk space will be used.\n' +
        'Get:1 http://deb.debian.org/debian bookworm/main amd64 tree amd64 2.1.0-1 [52.5 kB]\nFetched 52.5 kB in 0s (52.5 kB/s)\n' +
        'debconf: delaying package configuration, since apt-utils is not installed\nSelecting previously unselected package tree.\n' +
        '(Reading database ... 7361 files and directories currently installed.)\nPreparing to unpack .../tree_2.1.0-1_amd64.deb ...\n' +
        'Unpacking tree (2.1.0-1) ...\nSetting up tree (2.1.0-1) ...\n' +
        '/etc/apt\n|-- apt.conf.d\n' +
        'Reading package lists...\nBuilding dependency tree...\nReading state information...\ntree is already the newest version (2.1.0-1).\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n' +
        'Reading package lists...\nBuilding dependency tree...\nReading state information...\nThe following packages will be REMOVED:\n  tree*\n' +
        '0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded.\nAfter this operation, 116 kB disk space will be freed.\n' +
        '(Reading database ... 7376 files and directories currently installed.)\nRemoving tree (2.1.0-1) ...\n' +
        "ls: cannot access '/usr/bin/tree': No such file or directory\n",
    );
    // the recording has the same lines for nano (terminal form ends its progress lines in Done)
    const rec = readFileSync(join(REC, 'apt-get-install-nano.txt'), 'utf8');
    expect(rec).toContain('Selecting previously unselected package nano.\n(Reading database ... ');
  });

  it("seed 001: ubuntu, apt-get update, install -y vim, commit; the layer holds vim's files; the new image has vim", async () => {
    const sb = await sandboxWith('ubuntu');
    const out = await piped(sb, 'docker run -it ubuntu\nwhich vim\necho $?\napt-get update > /dev/null\napt-get install -y vim > /tmp/log\ntail -3 /tmp/log\nexit\ndocker diff $(docker ps -lq) > /tmp/diff\ndocker commit -m "add vim" -a donkor $(docker ps -lq) donkor/ubuntu:1.0 > /dev/null\ndocker images --format "{{.Repository}}:{{.Tag}} {{.Size}}"\ndocker history --format "{{.CreatedBy}} {{.Size}} {{.Comment}}" donkor/ubuntu:1.0 | head -1\ndocker run --rm donkor/ubuntu:1.0 which vim\ncat /tmp/diff');
    const lines = out.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      '1',
      'update-alternatives: using /usr/bin/vim.basic to provide /usr/bin/vim (vim) in auto mode',
      'update-alternatives: using /usr/bin/vim.basic to provide /usr/bin/vimdiff (vimdiff) in auto mode',
      'Processing triggers for libc-bin (2.36-9+deb12u7) ...',
      'exit',
      'donkor/ubuntu:1.0 145MB',
      'ubuntu:latest 78.1MB',
      '/bin/bash 67.2MB add vim',
      '/usr/bin/vim',
      'C /etc',
    ]);
    // every file of the six packages is in the container's layer
    const index = json<PackageIndexFile>('debian/index.json');
    const diff = new Set(lines.slice(9).filter(Boolean).map((l) => l.slice(2)));
    for (const name of ['vim', 'vim-common', 'vim-runtime', 'xxd', 'libgpm2', 'libsodium23']) {
      expect(index.packages[name]).toBeDefined();
      const f = json<PackageFilesFile>(`debian/files/${name}.json`);
      const dirs = new Set(f.lines.split('\n').filter((l) => l.startsWith('d\t')).map((l) => l.split('\t')[1]));
      for (const p of f.list.split('\n')) {
        const merged = p.replace(/^\/(bin|sbin|lib|lib64)(\/|$)/, '/usr/$1$2');
        if (p !== '/.' && !dirs.has(merged) && !diff.has(merged)) throw new Error(`${name}: ${merged} not in the layer`);
      }
    }
    // and nothing but those files, dpkg/apt's databases and logs, and the shell's history
    const owned = new Set(['vim', 'vim-common', 'vim-runtime', 'xxd', 'libgpm2', 'libsodium23'].flatMap((n) => json<PackageFilesFile>(`debian/files/${n}.json`).list.split('\n').map((p) => p.replace(/^\/(bin|sbin|lib|lib64)(\/|$)/, '/usr/$1$2'))));
    // update-alternatives' generic links (and their man page slaves) from vim's postinst
    for (const a of index.packages.vim.alternatives) for (const l of [a.link, ...a.slaves.map((x) => x[0])]) owned.add(l);
    const other = [...diff].filter((p) => !owned.has(p) && !/^\/(var\/lib\/(dpkg|apt)|var\/log|etc\/alternatives|var\/cache|root|tmp)(\/|$)/.test(p) && !/^\/(etc|var|var\/lib|usr|usr\/bin)$/.test(p));
    expect(other.sort()).toEqual([]);
  });
});

describe('gcc', () => {
  it("seed 002: compiles hello.c on the host; static runs FROM scratch, dynamic fails as runc reports it; errors as gcc's", async () => {
    const sb = await sandboxWith();
    const hello = readFileSync(join(REC, 'hello.c'), 'utf8');
    const bad = readFileSync(join(REC, 'bad.c'), 'utf8');
    const out = await piped(sb, `cat > hello.c <<'EOF'\n${hello}EOF\ncat > bad.c <<'EOF'\n${bad}EOF\ngcc -static hello.c -o hello\n./hello\nstat -c %s hello\ngcc hello.c -o hellod\nstat -c %s hellod\n./hellod\nprintf 'FROM scratch\\nADD hellod /hello\\nCMD ["/hello"]\\n' > Dockerfile\ndocker build -q -t dyn . > /dev/null\ndocker run dyn\necho $?\nprintf 'FROM scratch\\nADD hello /\\nCMD ["/hello"]\\n' > Dockerfile\ndocker build -q -t st . > /dev/null\ndocker run st\ndocker save -o st.tar st\ndocker rmi -f st > /dev/null\ndocker load -q -i st.tar\ndocker run st\ngcc bad.c -o bad\necho $?\ngcc nofile.c\necho $?`);
    const gccBad = readFileSync(join(REC, 'gcc-bad.txt'), 'utf8');
    expect(out).toBe('hello docker\n762424\n15960\nhello docker\nexec /hello: no such file or directory\n1\nhello docker\nLoaded image: st:latest\nhello docker\n' + gccBad + '1\ncc1: fatal error: nofile.c: No such file or directory\ncompilation terminated.\n1\n');
  });
});
