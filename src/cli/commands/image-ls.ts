import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { renderList } from '../format/render-list';
import { units } from '../format/units';
import { contextJson } from '../format/context-json';
import { familiarName, parseNormalizedNamed } from '../../engine/reference';
import { errors } from '../../engine/errors';
import { imageFilter, tagFilter } from './image-filter';

const DEFAULT = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const DIGESTS = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const HEADERS = { Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', ID: 'IMAGE ID', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', Size: 'SIZE', Containers: 'CONTAINERS', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE', VirtualSize: 'SIZE' };

export function imageLs(d: DockerDeps): CommandSpec {
  return {
    name: 'image ls',
    aliases: ['image list', 'images'],
    usage: '[OPTIONS] [REPOSITORY[:TAG]]',
    short: 'List images',
    args: { max: 1 },
    top: 5,
    flags: [
      { long: 'all', short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
      { long: 'digests', type: 'bool', usage: 'Show digests' },
      { long: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
      { long: 'format', type: 'string', usage: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
    ],
    async run(ctx, args, f) {
      const engine = d.engine;
      const now = engine.clock.now();
      const keep = imageFilter(engine, f.filter as string[], args[0]);
      const byTag = tagFilter(f.filter as string[]);
      const all = f.all as boolean;
      const noTrunc = f['no-trunc'] as boolean;
      const images = engine.imageList().filter((img) => {
        // Untagged parents of other images are "intermediate": hidden unless -a (classic store).
        const intermediate = img.repoTags.length === 0 && engine.imageList().some((o) => o.parentId === img.id);
        return (all || !intermediate) && keep(img);
      });
      images.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
      const rows = [];
      for (const img of images) {
        const id = noTrunc ? img.id : img.id.slice(7, 19);
        const base = {
          ID: id,
          CreatedSince: img.created ? `${units.humanDuration(now.getTime() - new Date(img.created).getTime())} ago` : '',
          CreatedAt: img.created ? goTime(img.created) : '',
          Size: units.humanSizeWithPrecision(img.size, 3),
          Containers: 'N/A',
          SharedSize: 'N/A',
          UniqueSize: 'N/A',
          // formatter.imageContext VirtualSize: units.HumanSize, 4 digits ("1.983MB").
          VirtualSize: units.humanSize(img.size),
        };
        const digestOf = (repo: string) => img.repoDigests.find((r) => familiarName(parseNormalizedNamed(r)) === repo)?.split('@')[1] ?? '<none>';
        if (img.repoTags.length === 0) {
          if (byTag || args[0]) continue;
          rows.push(contextJson({ Repository: '<none>', Tag: '<none>', Digest: img.repoDigests[0]?.split('@')[1] ?? '<none>', ...base }));
          continue;
        }
        for (const t of img.repoTags) {
          const ref = parseNormalizedNamed(t);
          const repo = familiarName(ref);
          if (args[0] && !matchesRepoArg(args[0], repo, ref.tag ?? '')) continue;
          if (byTag && !byTag(repo, ref.tag ?? '')) continue;
          rows.push(contextJson({ Repository: repo, Tag: ref.tag ?? '<none>', Digest: digestOf(repo), ...base }));
        }
      }
      let format = (f.format as string) || (f.quiet ? '{{.ID}}' : f.digests ? DIGESTS : DEFAULT);
      if (format === 'table') format = f.digests ? DIGESTS : DEFAULT;
      if (format === 'json') format = '{{json .}}';
      if (f.quiet && !f.format) {
        ctx.process.stdout.write(rows.map((r) => r.ID + '\n').join(''));
        return 0;
      }
      if (!format) throw errors.clientMessage('invalid format');
      ctx.process.stdout.write(renderList(format, rows, HEADERS, '*formatter.imageContext'));
      // docker/cli printAmbiguousHint: `docker images ls` filters by a repository named "ls".
      if (args[0] && rows.length === 0 && ctx.path === 'docker images' && AMBIGUOUS.includes(args[0])) {
        ctx.process.stderr.write(`\nNo images found matching "${args[0]}": did you mean "docker image ${args[0]}"?\n`);
      }
      return 0;
    },
  };
}

/** `docker image` subcommands and aliases a learner may type after `docker images` by mistake. */
const AMBIGUOUS = ['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag'];

function matchesRepoArg(arg: string, repo: string, tag: string): boolean {
  const i = arg.lastIndexOf(':');
  const hasTag = i > arg.lastIndexOf('/');
  const want = parseNormalizedNamed(hasTag ? arg.slice(0, i) : arg);
  if (familiarName(want) !== repo) return false;
  return !hasTag || arg.slice(i + 1) === tag;
}

/** Go's time.Time String() form, as `{{.CreatedAt}}` prints it: "2026-11-24 06:00:00 +0000 UTC". */
export function goTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 UTC`;
}
