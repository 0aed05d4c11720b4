import type { ProcessContext } from '../../process';
import { progName } from './args';

/**
 * The "-N" shorthand of head and tail ("head -3" is "head -n 3") is rewritten to "-n N" before
 * getopt sees it, as GNU does for an obsolete-style first argument.
 */
export function expandObsoleteCount(args: string[]): string[] {
  if (args.length && /^-\d+$/.test(args[0])) return ['-n', args[0].slice(1), ...args.slice(1)];
  if (args.length && /^\+\d+$/.test(args[0])) return ['-n', args[0], ...args.slice(1)];
  return args;
}

/** Parses head/tail's count (with k/M suffixes left out); undefined after GNU's error. */
export function parseCount(ctx: ProcessContext, raw: string, what: 'lines' | 'bytes'): { n: number; sign: '' | '+' | '-' } | undefined {
  const m = /^([+-]?)(\d+)$/.exec(raw);
  if (!m) {
    ctx.stderr.write(`${progName(ctx)}: invalid number of ${what}: '${raw}'\n`);
    return undefined;
  }
  return { n: Number(m[2]), sign: m[1] as '' | '+' | '-' };
}
