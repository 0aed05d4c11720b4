import type { CommandSpec } from '../framework/command';
import { containerImageName } from '../../engine/container-image-name';
import type { DockerDeps } from '../docker-deps';
import { renderList } from '../format/render-list';
import { units } from '../format/units';
import { containerCommand } from '../format/container-command';
import { contextJson } from '../format/context-json';
import { containerPorts, containerStatus } from '../format/container-status';
import { goTime } from './image-ls';
import type { ContainerRecord } from '../../engine/stores/container-store';
import { errors } from '../../engine/errors';

const DEFAULT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const HEADERS = { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED', Status: 'STATUS', Ports: 'PORTS', Names: 'NAMES', Size: 'SIZE', State: 'STATE', Labels: 'LABELS', Mounts: 'MOUNTS', Networks: 'NETWORKS', LocalVolumes: 'LOCAL VOLUMES' };

export function containerLs(d: DockerDeps): CommandSpec {
  return {
    name: 'container ls',
    aliases: ['container list', 'container ps', 'ps'],
    usage: '[OPTIONS]',
    short: 'List containers',
    args: { max: 0 },
    top: 2,
    flags: [
      { long: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
      { long: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
      { long: 'format', type: 'string', usage: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
      { long: 'last', short: 'n', type: 'int', default: -1, usage: 'Show n last created containers (includes all states)' },
      { long: 'latest', short: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
      { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
    ],
    async run(ctx, _args, f) {
      const engine = d.engine;
      const now = engine.clock.now();
      const last = f.latest ? 1 : (f.last as number);
      // moby list.go: a status filter looks at every container, as -a does.
      const byStatus = ((f.filter as string[]) ?? []).some((x) => x.startsWith('status='));
      let list = engine.containerList({ all: (f.all as boolean) || last > 0 || byStatus });
      // Sizes read every writable layer: only when a column or {{json .}} shows them (ps -s is "slow" in docker too).
      const du = f.size || /Size|json/.test(String(f.format ?? '')) ? await engine.diskUsage() : { containers: new Map<string, number>() };
      const imageSize = new Map(engine.imageList().map((i) => [i.id, i.size]));
      list = list.filter(containerFilter(f.filter as string[]));
      if (last > 0) list = list.slice(0, last);
      const noTrunc = f['no-trunc'] as boolean;
      const rows = list.map((c) => contextJson({
        ID: noTrunc ? c.id : c.id.slice(0, 12),
        Image: containerImageName(c, noTrunc),
        Command: containerCommand(c, noTrunc),
        CreatedAt: goTime(c.created),
        RunningFor: `${units.humanDuration(now.getTime() - new Date(c.created).getTime())} ago`,
        Status: containerStatus(c, now),
        Ports: containerPorts(c),
        Names: c.name,
        Size: sizeColumn(du.containers.get(c.id) ?? 0, imageSize.get(c.image) ?? 0),
        State: c.state.Status,
        Labels: Object.entries(c.config.Labels ?? {}).map(([k, v]) => `${k}=${v}`).join(','),
        Mounts: '',
        Networks: 'bridge',
        LocalVolumes: '0',
      }, { Platform: null }));
      if (f.quiet && !f.format) {
        ctx.process.stdout.write(rows.map((r) => r.ID + '\n').join(''));
        return 0;
      }
      let format = (f.format as string) || DEFAULT;
      if (format === 'table') format = DEFAULT;
      if (format === 'json') format = '{{json .}}';
      if (f.size && format === DEFAULT) format += '\t{{.Size}}';
      ctx.process.stdout.write(renderList(format, rows, HEADERS, '*formatter.ContainerContext'));
      return 0;
    },
  };
}

/** SIZE: the writable layer, then the whole root filesystem (SizeRootFs = image + layer), 3 digits each. */
function sizeColumn(rw: number, image: number): string {
  return `${units.humanSizeWithPrecision(rw, 3)} (virtual ${units.humanSizeWithPrecision(rw + image, 3)})`;
}

function containerFilter(filters: string[]): (c: ContainerRecord) => boolean {
  const preds: Array<(c: ContainerRecord) => boolean> = [];
  for (const f of filters ?? []) {
    const eq = f.indexOf('=');
    if (eq < 0) throw errors.clientMessage('bad format of filter (expected name=value)');
    const key = f.slice(0, eq);
    const v = f.slice(eq + 1);
    if (key === 'status') preds.push((c) => c.state.Status === v);
    else if (key === 'name') preds.push((c) => c.name.includes(v.replace(/^\//, '')));
    else if (key === 'id') preds.push((c) => c.id.startsWith(v));
    else if (key === 'ancestor') preds.push((c) => c.imageRef === v || c.image.slice(7).startsWith(v.replace(/^sha256:/, '')));
    else if (key === 'exited') preds.push((c) => c.state.Status === 'exited' && String(c.state.ExitCode) === v);
    else throw errors.invalidFilter(`invalid filter '${key}'`);
  }
  return (c) => preds.every((p) => p(c));
}
