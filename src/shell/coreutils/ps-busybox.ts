import type { ProcessContext } from '../process';
import { UsageError, parseArgs } from './lib/args';
import type { ProcessInfo } from './lib/hooks';

/** busybox ps -o columns: header, width (0: the last, unpadded), right-aligned, value. */
const COLUMNS: Record<string, [string, number, boolean, (p: ProcessInfo) => string]> = {
  pid: ['PID', 5, true, (p) => String(p.pid)],
  ppid: ['PPID', 5, true, (p) => String(p.ppid ?? (p.pid === 1 ? 0 : 1))],
  user: ['USER', 8, false, (p) => p.user ?? 'root'],
  group: ['GROUP', 8, false, () => 'root'],
  comm: ['COMMAND', 16, false, (p) => (p.cmd.split(' ')[0].split('/').pop() ?? '').slice(0, 15)],
  args: ['COMMAND', 0, false, (p) => p.cmd],
};
const SUPPORTED = 'user,group,comm,args,pid,ppid,pgid,nice,rgroup,ruser,tty,vsz,sid,stat,rss';

/**
 * busybox 1.36's ps (Debian's build, without the TIME column): "PID USER COMMAND", or the
 * columns of -o pid,ppid,user,group,comm,args. It takes -a -A -d -e -f -l -T -Z and operands
 * such as "aux" and ignores them, as busybox does; other letters are usage errors.
 */
export async function busyboxPs(ctx: ProcessContext, list: ProcessInfo[]): Promise<number> {
  let a;
  try {
    a = parseArgs(ctx, ctx.argv.slice(1), { short: 'aAdeflTZo:' });
  } catch (e) {
    if (e instanceof UsageError) return 1;
    throw e;
  }
  const names = a.has('o') ? a.all('o').flatMap((o) => o.split(',')) : ['pid', 'user', 'args'];
  for (const n of names) {
    if (n.includes('=')) {
      ctx.stderr.write(`layerlab: 'ps -o ${n}' (a column with its own header) is not available in this sandbox\n`);
      return 1;
    }
    if (!COLUMNS[n]) {
      ctx.stderr.write(`ps: bad -o argument '${n}', supported arguments: ${SUPPORTED}\n`);
      return 1;
    }
  }
  const cols = names.map((n, i) => {
    const [head, width, right, value] = COLUMNS[n];
    return { head, width: i === names.length - 1 ? 0 : width, right, value };
  });
  const line = (cells: string[], head: boolean) =>
    cells.map((c, i) => (cols[i].width === 0 ? c : cols[i].right && !head ? c.padStart(cols[i].width) : c.padEnd(cols[i].width))).join(' ');
  let out = line(cols.map((c) => c.head), true) + '\n';
  for (const p of list) out += line(cols.map((c) => c.value(p)), false) + '\n';
  ctx.stdout.write(out);
  return 0;
}
