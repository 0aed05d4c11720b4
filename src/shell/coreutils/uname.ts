import type { Program } from '../process';
import { tryParse } from './lib/args';
import { KERNEL, hostName } from './lib/system-info';

/** uname [-a -s -n -r -v -m -p -i -o]: fields always in GNU's order, whatever order the flags come in. */
export const uname: Program = async (ctx) => {
  const a = tryParse(ctx, {
    short: 'asnrvmpio',
    long: { all: ['a', 'none'], 'kernel-name': ['s', 'none'], nodename: ['n', 'none'], 'kernel-release': ['r', 'none'], 'kernel-version': ['v', 'none'], machine: ['m', 'none'], 'operating-system': ['o', 'none'] },
  });
  if (!a) return 1;
  if (a.operands.length) {
    ctx.stderr.write(`uname: extra operand '${a.operands[0]}'\nTry 'uname --help' for more information.\n`);
    return 1;
  }
  const all = a.has('a');
  const fields: [string, string][] = [
    ['s', 'Linux'], ['n', hostName(ctx.fs)], ['r', KERNEL.release], ['v', KERNEL.version], ['m', KERNEL.machine], ['p', 'unknown'], ['i', 'unknown'], ['o', 'GNU/Linux'],
  ];
  const picked = fields.filter(([k, v]) => (all ? v !== 'unknown' : a.has(k)));
  ctx.stdout.write((picked.length ? picked : [fields[0]]).map(([, v]) => v).join(' ') + '\n');
  return 0;
};
