import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { renderList } from '../format/render-list';
import { units } from '../format/units';
import { containerStatus } from '../format/container-status';
import { containerCommand } from '../format/container-command';
import { familiarName, parseNormalizedNamed } from '../../engine/reference';

const SUMMARY = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const SUMMARY_HEADERS = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };
const IMAGES = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}';
const IMAGE_HEADERS = { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', CreatedSince: 'CREATED', Size: 'SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE', Containers: 'CONTAINERS' };
const CONTAINERS = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}';
const CONTAINER_HEADERS = { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', LocalVolumes: 'LOCAL VOLUMES', Size: 'SIZE', RunningFor: 'CREATED', Status: 'STATUS', Names: 'NAMES' };

const human = (n: number) => units.humanSize(n);
/** docker/cli: "1.2MB (50%)" with the percentage rounded down, and no percentage when the total is 0. */
const reclaimable = (n: number, total: number) => (total > 0 ? `${human(n)} (${Math.floor((n * 100) / total)}%)` : human(n));

export function systemDf(d: DockerDeps): CommandSpec {
  return {
    name: 'system df',
    usage: '[OPTIONS]',
    short: 'Show docker disk usage',
    args: { max: 0 },
    flags: [
      { long: 'format', type: 'string', usage: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
      { long: 'verbose', short: 'v', type: 'bool', usage: 'Show detailed information on space usage' },
    ],
    async run(ctx, _args, f) {
      const e = d.engine;
      const p = ctx.process;
      const du = await e.diskUsage();
      const containers = e.containerList({ all: true });
      const rwTotal = [...du.containers.values()].reduce((a, b) => a + b, 0);
      if (!f.verbose) {
        // docker/cli's image RECLAIMABLE: the total less each in-use image's unique part.
        const used = du.images.filter((i) => i.containers > 0).reduce((n, i) => n + i.size - i.sharedSize, 0);
        const stoppedRw = containers.filter((c) => !c.state.Running).reduce((n, c) => n + (du.containers.get(c.id) ?? 0), 0);
        const rows = [
          { Type: 'Images', TotalCount: String(du.images.length), Active: String(du.images.filter((i) => i.containers > 0).length), Size: human(du.layersSize), Reclaimable: reclaimable(du.layersSize - used, du.layersSize) },
          { Type: 'Containers', TotalCount: String(containers.length), Active: String(containers.filter((c) => c.state.Running).length), Size: human(rwTotal), Reclaimable: reclaimable(stoppedRw, rwTotal) },
          { Type: 'Local Volumes', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B' },
          { Type: 'Build Cache', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B' },
        ];
        let format = (f.format as string) || SUMMARY;
        if (format === 'table') format = SUMMARY;
        if (format === 'json') format = '{{json .}}';
        p.stdout.write(renderList(format, rows, SUMMARY_HEADERS, '*formatter.diskUsageContext'));
        return 0;
      }
      const now = e.clock.now().getTime();
      const ago = (iso: string) => `${units.humanDuration(now - new Date(iso).getTime())} ago`;
      const list = e.imageList().sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
      const imageRows = list.flatMap((img) => {
        const u = du.images.find((i) => i.id === img.id)!;
        const base = { ID: img.id.slice(7, 19), CreatedSince: ago(img.created), Size: units.humanSizeWithPrecision(u.size, 3), SharedSize: human(u.sharedSize), UniqueSize: human(u.size - u.sharedSize), Containers: String(u.containers) };
        if (!img.repoTags.length) return [{ Repository: '<none>', Tag: '<none>', ...base }];
        return img.repoTags.map((t) => {
          const ref = parseNormalizedNamed(t);
          return { Repository: familiarName(ref), Tag: ref.tag ?? '<none>', ...base };
        });
      });
      const containerRows = containers.map((c) => ({
        ID: c.id.slice(0, 12),
        Image: c.imageRef,
        Command: containerCommand(c),
        LocalVolumes: '0',
        Size: human(du.containers.get(c.id) ?? 0),
        RunningFor: ago(c.created),
        Status: containerStatus(c, e.clock.now()),
        Names: c.name,
      }));
      p.stdout.write(
        'Images space usage:\n\n' + renderList(IMAGES, imageRows, IMAGE_HEADERS, '*formatter.imageContext') +
        '\nContainers space usage:\n\n' + renderList(CONTAINERS, containerRows, CONTAINER_HEADERS, '*formatter.ContainerContext') +
        '\nLocal Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\n' +
        '\nBuild cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n',
      );
      return 0;
    },
  };
}
