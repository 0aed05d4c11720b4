/**
 * Invocations of busybox applets over the coreutils FIXTURE tree, recorded from the real busybox
 * (record-busybox-formats.ts) and replayed against our coreutils run as busybox applets
 * (busybox-formats.test.ts). Paths are relative to the fixture ROOT (the working directory).
 */
export interface BusyboxCase {
  cmd: string[];
  stdin?: string;
  /** Run on a terminal of this width (real: a pty from script(1); ours: ctx.tty). */
  columns?: number;
  /** Compare stdout's lines as a set: the real du walks directories in the disk's order. */
  unordered?: boolean;
}

const tty = (columns: number, ...args: string[]): BusyboxCase => ({ cmd: ['ls', ...args], columns });

export const BUSYBOX_CASES: BusyboxCase[] = [
  { cmd: ['ls'] },
  { cmd: ['ls', '-a'] },
  { cmd: ['ls', '-1'] },
  { cmd: ['ls', '-l'] },
  { cmd: ['ls', '-la', 'src'] },
  { cmd: ['ls', '-lA'] },
  { cmd: ['ls', '-lh'] },
  { cmd: ['ls', '-lAh', 'src'] },
  { cmd: ['ls', '-lR', 'src'] },
  { cmd: ['ls', '-ld', 'src', 'private'] },
  { cmd: ['ls', '-lS'] },
  { cmd: ['ls', '-ltr'] },
  { cmd: ['ls', '-lF'] },
  { cmd: ['ls', '-F'] },
  { cmd: ['ls', '-l', 'big.bin', 'mid.dat', 'src'] },
  { cmd: ['ls', '-lh', 'big.bin', 'mid.dat', 'empty.txt'] },
  { cmd: ['ls', '-l', 'emptydir'] },
  { cmd: ['ls', 'src', 'emptydir', 'notes.txt'] },
  tty(80),
  tty(40),
  tty(120),
  tty(60, '-a'),
  tty(80, '-F'),
  tty(30, 'src'),
  tty(80, 'src', 'emptydir', 'notes.txt'),
  tty(80, '-1'),
  tty(80, '-l', 'src'),
  { cmd: ['du', 'src'], unordered: true },
  { cmd: ['du', '-s', 'src', 'private'] },
  { cmd: ['du', '-a', 'src'], unordered: true },
  { cmd: ['du', '-sh', '.'] },
  { cmd: ['du', '-sh', 'src'] },
  { cmd: ['du', '-h', 'src'], unordered: true },
  { cmd: ['du', '-ah', 'src'], unordered: true },
  { cmd: ['du', '-h', 'big.bin', 'mid.dat'] },
  { cmd: ['du', '-c', 'big.bin', 'mid.dat'] },
  { cmd: ['du', '-hc', 'big.bin', 'notes.txt'] },
  { cmd: ['wc', 'notes.txt'] },
  { cmd: ['wc', 'notes.txt', 'words.txt'] },
  { cmd: ['wc', '-l', 'notes.txt'] },
  { cmd: ['wc', '-l', 'notes.txt', 'words.txt'] },
  { cmd: ['wc'], stdin: 'one two\nthree\n' },
  { cmd: ['wc', '-l'], stdin: 'one two\nthree\n' },
  { cmd: ['wc', '-lw'], stdin: 'one two\nthree\n' },
  { cmd: ['wc', '-c', 'notes.txt'] },
  { cmd: ['cat', '-n', 'notes.txt'] },
];
