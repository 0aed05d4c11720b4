/**
 * tar and gzip cases over the coreutils FIXTURE (fixture.ts), each a sequence of steps run in
 * ROOT. A step's binary stdin comes from a file (`stdinFile`) and its binary stdout can go to a
 * file (`stdoutFile`), standing in for the shell's pipes and redirections. tar-record.ts runs
 * them with the real tools; tar.test.ts replays them through our programs.
 * GNU tar's member order follows the disk's readdir order; the recordings pass --sort=name,
 * the order our tar always uses.
 */
export interface TarStep { cmd: string[]; stdinFile?: string; stdoutFile?: string; busybox?: boolean }
export interface TarCase { name: string; steps: TarStep[]; state?: boolean }

const S = ['--sort=name'];
export const TAR_CASES: TarCase[] = [
  { name: 'create verbose and list', steps: [{ cmd: ['tar', ...S, '-cvf', 'src.tar', 'src'] }, { cmd: ['tar', '-tf', 'src.tar'] }, { cmd: ['tar', '-tvf', 'src.tar'] }], state: true },
  { name: 'list owners and links', steps: [{ cmd: ['tar', ...S, '-cf', 'all.tar', 'owned.txt', 'daemon.log', 'link-to-notes', 'script.sh', 'secret.key', 'private', 'emptydir', 'spaces in name.txt'] }, { cmd: ['tar', '-tvf', 'all.tar'] }, { cmd: ['tar', 'tvf', 'all.tar'], busybox: true }], state: true },
  { name: 'extract with -C and -p keeps modes and times', steps: [{ cmd: ['tar', ...S, '-czf', 'a.tgz', 'src', 'script.sh', 'secret.key', 'private'] }, { cmd: ['mkdir', 'out'] }, { cmd: ['tar', '-xzvpf', 'a.tgz', '-C', 'out'] }, { cmd: ['stat', '-c', '%a %U:%G %Y %n', 'out/src', 'out/src/util.c', 'out/src/lib', 'out/src/lib/deep', 'out/private', 'out/private/a.txt', 'out/script.sh', 'out/secret.key'] }, { cmd: ['rm', 'a.tgz'] }], state: true },
  { name: 'old-style bundled flags', steps: [{ cmd: ['tar', 'cf', 'n.tar', ...S, 'notes.txt', 'src/lib'] }, { cmd: ['mkdir', 'o'] }, { cmd: ['tar', 'xvf', 'n.tar', '-C', 'o'] }, { cmd: ['tar', 'tf', 'n.tar', 'src/lib/helper.h'] }], state: true },
  { name: 'pipe: tar -cf - | gzip, then gunzip | tar -t', steps: [{ cmd: ['tar', ...S, '-cvf', '-', 'src'], stdoutFile: 'src.tar' }, { cmd: ['gzip', '-c'], stdinFile: 'src.tar', stdoutFile: 'src.tgz' }, { cmd: ['rm', 'src.tar'] }, { cmd: ['gunzip', '-c'], stdinFile: 'src.tgz', stdoutFile: 'back.tar' }, { cmd: ['tar', '-tvf', '-'], stdinFile: 'back.tar' }, { cmd: ['tar', '-tzf', 'src.tgz'] }, { cmd: ['rm', 'src.tgz'] }], state: true },
  { name: 'exclude and the archive itself', steps: [{ cmd: ['tar', ...S, '--exclude=*.c', '-cvf', 'src/x.tar', 'src'] }, { cmd: ['tar', '-tf', 'src/x.tar'] }] },
  { name: 'absolute names', steps: [{ cmd: ['tar', ...S, '-cf', 'abs.tar', '/tmp/llfix/src/lib'] }, { cmd: ['tar', '-tf', 'abs.tar'] }] },
  { name: 'errors', steps: [{ cmd: ['tar', '-cf', 'e.tar'] }, { cmd: ['tar', '-cf', 'e.tar', 'nope', 'notes.txt'] }, { cmd: ['tar', '-tf', 'nope.tar'] }, { cmd: ['tar', '-xf', 'nope.tar'] }, { cmd: ['tar', '-f', 'e.tar'] }, { cmd: ['tar', '-tf', 'e.tar', 'zzz'] }, { cmd: ['tar', '-tf', 'notes.txt'] }, { cmd: ['tar', '-xf', 'e.tar', '-C', 'nodir'] }, { cmd: ['tar', '-tzf', 'e.tar'] }, { cmd: ['tar', '-q'] }, { cmd: ['tar', '--bogus'] }, { cmd: ['tar', '--version'] }], state: true },
  { name: 'gzip in place, gunzip, zcat', steps: [{ cmd: ['gzip', 'notes.txt', 'data.csv'] }, { cmd: ['stat', '-c', '%a %U:%G %Y %n', 'notes.txt.gz', 'data.csv.gz'] }, { cmd: ['zcat', 'notes.txt.gz'] }, { cmd: ['gunzip', '-v', 'notes.txt.gz'] }, { cmd: ['gzip', '-dk', 'data.csv.gz'] }, { cmd: ['gzip', '-dv', 'data.csv'] }, { cmd: ['rm', 'data.csv.gz'] }, { cmd: ['stat', '-c', '%a %U:%G %s %Y %n', 'notes.txt', 'data.csv'] }], state: true },
  // -v's ratio counts deflate's output: fflate's and gzip's differ on some inputs (words.txt:
  // 35.6% vs 33.3%); these files compress to the same size with both.
  { name: 'gzip -k -v and -f', steps: [{ cmd: ['gzip', '-kv', 'notes.txt'] }, { cmd: ['gzip', 'notes.txt'] }, { cmd: ['gzip', '-f', 'notes.txt'] }, { cmd: ['gunzip', 'notes.txt'] }], state: true },
  { name: 'gzip errors', steps: [{ cmd: ['gzip', 'nope'] }, { cmd: ['gzip', 'src'] }, { cmd: ['gzip', '-k', 'sorted.txt'] }, { cmd: ['gzip', 'sorted.txt.gz'] }, { cmd: ['gunzip', 'numbers.txt'] }, { cmd: ['gunzip', 'nope'] }, { cmd: ['cp', 'table.txt', 'bad.gz'] }, { cmd: ['gunzip', 'bad.gz'] }, { cmd: ['zcat', 'table.txt'] }, { cmd: ['gzip', '-V'] }, { cmd: ['rm', 'sorted.txt.gz'] }], state: true },
];
