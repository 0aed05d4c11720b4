import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import type { ContainerRecord } from '../../engine/stores/container-store';
import { isEngineError } from '../../engine/errors';
import { renderList } from '../format/render-list';
import { units } from '../format/units';
import { DaemonHost } from './daemon-host';

const DEFAULT = 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
const HEADERS = { Container: 'CONTAINER', ID: 'CONTAINER ID', Name: 'NAME', CPUPerc: 'CPU %', MemUsage: 'MEM USAGE / LIMIT', MemPerc: 'MEM %', NetIO: 'NET I/O', BlockIO: 'BLOCK I/O', PIDs: 'PIDS' };

/** A stable pseudo-random number in [0, 1) from a container ID (figures stay put between calls). */
function jitter(id: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10000) / 10000;
}

/**
 * One row of `docker stats`. The sandbox has no cgroups: a running container's figures are
 * simulated (a few hundred KiB for a single idle process, as a real busybox `sleep` shows,
 * idle CPU, no network or disk traffic); a stopped one shows the zeros docker shows.
 */
function statsRow(c: ContainerRecord, asTyped: string) {
  const limit = DaemonHost.memory;
  const running = c.state.Running;
  const mem = running ? Math.round((400 + jitter(c.id, 1) * 1600) * 1024) : 0;
  // docker's {{json .}} lists a formatter's fields in alphabetical order.
  return {
    BlockIO: '0B / 0B',
    CPUPerc: running ? `${(jitter(c.id, 2) * 0.05).toFixed(2)}%` : '0.00%',
    Container: asTyped,
    ID: c.id.slice(0, 12),
    MemPerc: `${((mem / limit) * 100).toFixed(2)}%`,
    MemUsage: `${units.bytesSize(mem)} / ${units.bytesSize(running ? limit : 0)}`,
    Name: c.name,
    NetIO: '0B / 0B',
    PIDs: running ? '1' : '0',
  };
}

export function containerStats(d: DockerDeps): CommandSpec {
  return {
    name: 'container stats',
    aliases: ['stats'],
    usage: '[OPTIONS] [CONTAINER...]',
    short: 'Display a live stream of container(s) resource usage statistics',
    flags: [
      { long: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
      { long: 'format', type: 'string', usage: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
      { long: 'no-stream', type: 'bool', usage: 'Disable streaming stats and only pull the first result' },
      { long: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
    ],
    async run(ctx, args, f) {
      const p = ctx.process;
      const rows = () => {
        const list = args.length ? args.map((a) => [d.engine.containerGet(a), a] as const) : d.engine.containerList({ all: f.all as boolean }).map((c) => [c, c.name] as const);
        return list.map(([c, a]) => ({ ...statsRow(c, a), ID: f['no-trunc'] ? c.id : c.id.slice(0, 12) }));
      };
      let format = (f.format as string) || DEFAULT;
      if (format === 'table') format = DEFAULT;
      if (format === 'json') format = '{{json .}}';
      try {
        const once = () => renderList(format, rows(), HEADERS, 'formatter.StatsEntry');
        // Streaming redraws in place on a terminal until Ctrl-C; without one, the first sample is all there is to show.
        if (f['no-stream'] || !p.tty?.interactive) {
          p.stdout.write(once());
          return 0;
        }
        while (!p.signal.aborted) {
          p.stdout.write(`\x1b[2J\x1b[H${once()}`);
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, 1000);
            p.signal.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
          });
        }
        return 0;
      } catch (e) {
        if (!isEngineError(e)) throw e;
        p.stderr.write(e.client ? `${e.message}\n` : `Error response from daemon: ${e.message}\n`);
        return 1;
      }
    },
  };
}
