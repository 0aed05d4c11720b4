import type { Program } from '../process';
import { hostName } from './lib/system-info';

/** hostname: prints /etc/hostname (setting it needs privileges a container lacks). */
export const hostname: Program = async (ctx) => {
  if (ctx.argv.length > 1 && !ctx.argv[1].startsWith('-')) {
    ctx.stderr.write('hostname: you must be root to change the host name\n');
    return 1;
  }
  ctx.stdout.write(hostName(ctx.fs) + '\n');
  return 0;
};
