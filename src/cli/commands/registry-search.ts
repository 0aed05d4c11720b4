import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { EngineError, errors } from '../../engine/errors';
import { renderList } from '../format/render-list';
import { ellipsis } from '../format/ellipsis';
import { loadHub } from './hub-client';

const TABLE = 'table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}';
const HEADERS = { Name: 'NAME', Description: 'DESCRIPTION', StarCount: 'STARS', IsOfficial: 'OFFICIAL', IsAutomated: 'AUTOMATED' };
const FILTERS = ['is-automated', 'is-official', 'stars'];

/** docker search (cli/command/registry/search.go, formatter_search.go; moby registry/search.go filters). */
export function registrySearch(d: DockerDeps): CommandSpec {
  return {
    name: 'search',
    usage: '[OPTIONS] TERM',
    short: 'Search Docker Hub for images',
    args: { min: 1, max: 1 },
    top: 10,
    flags: [
      { long: 'filter', short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
      { long: 'format', type: 'string', usage: 'Pretty-print search using a Go template' },
      { long: 'limit', type: 'int', usage: 'Max number of search results' },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    ],
    async run(ctx, args, f) {
      const p = ctx.process;
      const filters = new Map<string, string[]>();
      for (const raw of f.filter as string[]) {
        const i = raw.indexOf('=');
        if (i < 0) throw errors.clientMessage(`bad format of filter (expected name=value)`);
        const k = raw.slice(0, i).trim().toLowerCase();
        filters.set(k, [...(filters.get(k) ?? []), raw.slice(i + 1).trim()]);
      }
      if (filters.has('is-automated')) {
        p.stderr.write('WARNING: the "is-automated" filter is deprecated, and searching for "is-automated=true" will not yield any results in future.\n');
      }
      for (const [k, v] of filters) if (!FILTERS.includes(k)) throw daemonError(`invalid filter '${k}'`);
      const official = boolFilter(filters, 'is-official');
      const automated = boolFilter(filters, 'is-automated');
      let minStars = 0;
      for (const s of filters.get('stars') ?? []) {
        if (!/^[+-]?\d+$/.test(s)) throw daemonError(`invalid filter 'stars=${s}': strconv.Atoi: parsing "${s}": invalid syntax`);
        minStars = Math.max(minStars, Number(s));
      }
      const hub = await loadHub(d);
      const found = await hub.search(args[0], { limit: f.limit as number });
      const results = automated ? [] : found.filter((r) => (official === undefined || r.isOfficial === official) && r.starCount >= minStars);
      const trunc = !f['no-trunc'];
      const rows = results.map((r) => {
        const desc = r.description.replace(/[\n\r]/g, ' ');
        return { Name: r.name, Description: trunc ? ellipsis(desc, 45) : desc, StarCount: String(r.starCount), IsOfficial: r.isOfficial ? '[OK]' : '', IsAutomated: '' };
      });
      let format = (f.format as string) || TABLE;
      if (format === 'table') format = TABLE;
      p.stdout.write(renderList(format, rows, HEADERS, '*registry.searchContext'));
      return 0;
    },
  };
}

function boolFilter(filters: Map<string, string[]>, key: string): boolean | undefined {
  const v = filters.get(key);
  if (!v) return undefined;
  const s = v[v.length - 1].toLowerCase();
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  throw daemonError(`invalid filter '${key}=${v[v.length - 1]}'`);
}

const daemonError = (msg: string) => new EngineError('invalidFilter', 'invalidParameter', msg);
