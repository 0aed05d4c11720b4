import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import type { LogLine } from '../../engine/container-logs';

/** Splits logged chunks into lines, as the json-file driver stores one entry per line. */
function toLines(chunks: readonly LogLine[]): LogLine[] {
  const out: LogLine[] = [];
  for (const c of chunks) {
    const parts = c.text.split(/(?<=\n)/);
    for (const t of parts) if (t) out.push({ ...c, text: t });
  }
  return out;
}

/** RFC 3339 with nanoseconds, as `docker logs -t` prefixes each line. */
const nanoTime = (t: string) => t.replace(/(?:\.(\d+))?Z$/, (_m, f: string | undefined) => `.${(f ?? '').padEnd(9, '0')}Z`);

export function containerLogs(d: DockerDeps): CommandSpec {
  return {
    name: 'container logs',
    aliases: ['logs'],
    usage: '[OPTIONS] CONTAINER',
    short: 'Fetch the logs of a container',
    args: { min: 1, max: 1 },
    flags: [
      { long: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
      { long: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
      { long: 'since', type: 'string', usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
      { long: 'tail', short: 'n', type: 'string', default: 'all', usage: 'Number of lines to show from the end of the logs' },
      { long: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
      { long: 'until', type: 'string', usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    ],
    async run(ctx, args, f) {
      const p = ctx.process;
      const write = (l: LogLine) => (l.stream === 'stdout' ? p.stdout : p.stderr).write((f.timestamps ? nanoTime(l.time) + ' ' : '') + l.text);
      const { lines, unfollow, done } = d.engine.containerLogs(args[0], f.follow ? (l) => toLines([l]).forEach(write) : undefined);
      let all = toLines(lines);
      const tail = String(f.tail);
      // moby: a tail that is not a number means "all"; a negative one too.
      const n = /^\d+$/.test(tail) ? Number(tail) : -1;
      if (n >= 0) all = n === 0 ? [] : all.slice(-n);
      all.forEach(write);
      if (!f.follow || !done) {
        unfollow();
        return 0;
      }
      // -f follows until the container ends or Ctrl-C.
      const stop = new Promise<void>((resolve) => p.signal.addEventListener('abort', () => resolve(), { once: true }));
      try {
        await Promise.race([done, stop]);
      } finally {
        unfollow();
      }
      return p.signal.aborted ? 130 : 0;
    },
  };
}
