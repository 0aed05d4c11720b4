import type { ContainerRecord } from '../../engine/stores/container-store';
import { goQuote } from './go-quote';
import { ellipsis } from './ellipsis';

/**
 * The COMMAND column of `docker ps` and `docker system df -v`. The daemon joins path and args,
 * wrapping an arg that contains a space in single quotes (moby daemon/list.go); the CLI cuts
 * it to 20 display columns with "…" and then Go-quotes it.
 */
export function containerCommand(c: ContainerRecord, noTrunc = false): string {
  const args = c.args.map((a) => (a.includes(' ') ? `'${a}'` : a));
  const cmd = args.length ? `${c.path} ${args.join(' ')}` : c.path;
  return goQuote(noTrunc ? cmd : ellipsis(cmd, 20));
}
