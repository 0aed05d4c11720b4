import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { renderList } from '../format/render-list';
import { units } from '../format/units';
import { ellipsis } from '../format/ellipsis';

const HUMAN = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const RAW = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const HEADERS = { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' };

export function imageHistory(d: DockerDeps): CommandSpec {
  return {
    name: 'image history',
    aliases: ['history'],
    usage: '[OPTIONS] IMAGE',
    short: 'Show the history of an image',
    args: { min: 1, max: 1 },
    flags: [
      { long: 'format', type: 'string', usage: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
      { long: 'human', short: 'H', type: 'bool', default: true, usage: 'Print sizes and dates in human readable format' },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      { long: 'platform', type: 'string', usage: "Show history for the given platform. Formatted as \"os[/arch[/variant]]\" (e.g., \"linux/amd64\")" },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
    ],
    async run(ctx, args, f) {
      const now = d.engine.clock.now();
      const human = f.human as boolean;
      const noTrunc = f['no-trunc'] as boolean;
      const rows = d.engine.imageHistory(args[0]).map((r) => {
        const created = new Date(r.created);
        // Docker prints N/A for a creation time at or before 2000 (a zeroed or unknown date).
        const known = r.created !== '' && created.getTime() > Date.UTC(2000, 0, 1);
        const createdBy = r.createdBy.replace(/\t/g, ' ');
        return {
          ID: r.id === '<missing>' || noTrunc ? r.id : r.id.slice(7, 19),
          CreatedSince: known ? (human ? `${units.humanDuration(now.getTime() - created.getTime())} ago` : r.created) : 'N/A',
          CreatedAt: known ? r.created : 'N/A',
          CreatedBy: noTrunc ? createdBy : ellipsis(createdBy, 45),
          Size: human ? units.humanSizeWithPrecision(r.size, 3) : String(r.size),
          Comment: r.comment,
        };
      });
      if (f.quiet && !f.format) {
        ctx.process.stdout.write(rows.map((r) => r.ID + '\n').join(''));
        return 0;
      }
      let format = (f.format as string) || (human ? HUMAN : RAW);
      if (format === 'table') format = human ? HUMAN : RAW;
      if (format === 'json') format = '{{json .}}';
      ctx.process.stdout.write(renderList(format, rows, HEADERS, '*image.historyContext'));
      return 0;
    },
  };
}
