import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { TabWriter } from '../format/tabwriter';

/**
 * docker top CONTAINER: the daemon's `ps -ef` over the container's processes (host PIDs; PID 1's
 * parent is the containerd shim), printed through top.go's own tabwriter (minwidth 20).
 * ps options after the container are not simulated.
 */
export function containerTop(d: DockerDeps): CommandSpec {
  return {
    name: 'container top',
    aliases: ['top'],
    usage: 'CONTAINER [ps OPTIONS]',
    short: 'Display the running processes of a container',
    args: { min: 1 },
    interspersed: false,
    flags: [],
    async run(ctx, args) {
      const c = d.engine.containerGet(args[0]);
      const procs = d.engine.containerTop(args[0]);
      const stime = (c.state.StartedAt ?? '').slice(11, 16);
      const shim = procs[0] ? procs[0].hostPid - 23 : 0;
      let text = 'UID\tPID\tPPID\tC\tSTIME\tTTY\tTIME\tCMD\n';
      for (const p of procs) {
        const ppid = p.ppid === 0 ? shim : procs.find((q) => q.pid === p.ppid)?.hostPid ?? shim;
        text += `${p.user}\t${p.hostPid}\t${ppid}\t0\t${stime}\t${p.tty}\t00:00:00\t${p.cmd}\n`;
      }
      ctx.process.stdout.write(TabWriter.format(text, { minwidth: 20, padding: 3 }));
      return 0;
    },
  };
}
