import type { Output } from '../process';
import { BUSYBOX_USAGE } from './lib/busybox-usage';

export const BUSYBOX_BANNER = 'BusyBox v1.36.1 (Debian 1:1.36.1-3) multi-call binary.';

/**
 * In busybox and alpine images every applet is /bin/busybox, which words its diagnostics its own
 * way. The coreutils print GNU's texts; the busybox dispatcher (src/sandbox/programs.ts) runs the
 * applet with this stderr, which rewrites GNU's lines into busybox 1.36's (recorded from
 * busybox 1.35, whose texts for these messages are the same). One place, no flag in every program.
 */
const RULES: [RegExp, string][] = [
  [/^ls: cannot access '(.*)': /, 'ls: $1: '],
  [/^ls: cannot open directory '(.*)': /, "ls: can't open '$1': "],
  [/^chmod: changing permissions of '(.*)': /, 'chmod: $1: '],
  [/^(rm|mkdir): cannot (remove|create directory) [‘'](.*)[’']: /, "$1: can't $2 '$3': "],
  [/^cat: (.*): (No such file or directory|Permission denied|Is a directory)$/, "cat: can't open '$1': $2"],
  [/^rmdir: failed to remove '(.*)': /, "rmdir: '$1': "],
  [/^cp: cannot stat '(.*)': /, "cp: can't stat '$1': "],
  [/^mv: cannot stat '(.*)': /, "mv: can't rename '$1': "],
  [/^(touch|chmod|chown): cannot (?:touch|access) '(.*)': /, '$1: $2: '],
  [/^head: cannot open '(.*)' for reading: /, 'head: $1: '],
  [/^tail: cannot open '(.*)' for reading: /, "tail: can't open '$1': "],
];

export function busyboxStderr(applet: string, stderr: Output): Output {
  return {
    write(s: string) {
      const lines = s.split(/(?<=\n)/).map((line) => {
        const body = line.replace(/\n$/, '');
        const nl = line.endsWith('\n') ? '\n' : '';
        // GNU's "Try 'ls --help' ..." after a bad option: busybox prints its banner and usage.
        if (/^Try '.* --help' for more information\.$/.test(body)) return `${BUSYBOX_BANNER}\n${BUSYBOX_USAGE[applet] ?? ''}`;
        if (!body.startsWith(applet + ': ')) return line;
        for (const [re, to] of RULES) if (re.test(body)) return body.replace(re, to) + nl;
        return line;
      });
      stderr.write(lines.join(''));
    },
  };
}
