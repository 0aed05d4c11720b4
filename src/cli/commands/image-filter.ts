import type { Engine, ImageSummary } from '../../engine/engine';
import { errors } from '../../engine/errors';
import { familiarName, parseNormalizedNamed } from '../../engine/reference';

/**
 * `docker images --filter`: dangling=true|false, reference=PATTERN (path.Match style globs on
 * the familiar name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE].
 */
export function imageFilter(engine: Engine, filters: string[], _repoArg?: string): (img: ImageSummary) => boolean {
  const preds: Array<(img: ImageSummary) => boolean> = [];
  for (const f of filters ?? []) {
    const eq = f.indexOf('=');
    if (eq < 0) throw errors.clientMessage(`bad format of filter (expected name=value)`);
    const key = f.slice(0, eq);
    const value = f.slice(eq + 1);
    switch (key) {
      case 'dangling': {
        if (value !== 'true' && value !== 'false') throw errors.invalidFilter(`invalid filter 'dangling=${value}'`);
        preds.push((img) => (img.repoTags.length === 0) === (value === 'true'));
        break;
      }
      case 'reference': {
        const re = globToRegExp(value);
        preds.push((img) =>
          img.repoTags.some((t) => {
            const r = parseNormalizedNamed(t);
            const name = familiarName(r);
            return re.test(name) || re.test(`${name}:${r.tag}`);
          }),
        );
        break;
      }
      case 'before':
      case 'since': {
        const pivot = engine.imageGet(value);
        const at = pivot.config.created ?? '';
        preds.push((img) => (key === 'before' ? img.created < at : img.created > at));
        break;
      }
      case 'label': {
        const [k, v] = value.split('=', 2);
        preds.push((img) => {
          const labels = engine.imageGet(img.id).config.config.Labels ?? {};
          return k in labels && (v === undefined || labels[k] === v);
        });
        break;
      }
      default:
        throw errors.invalidFilter(`invalid filter '${key}'`);
    }
  }
  return (img) => preds.every((p) => p(img));
}

/**
 * The daemon drops the RepoTags a reference filter does not match (moby image list), so a
 * row is kept only for a matching tag; with a reference filter, untagged images have no row.
 */
export function tagFilter(filters: string[]): ((familiar: string, tag: string) => boolean) | undefined {
  const refs = (filters ?? []).filter((f) => f.startsWith('reference=')).map((f) => globToRegExp(f.slice('reference='.length)));
  if (!refs.length) return undefined;
  return (name, tag) => refs.every((re) => re.test(name) || re.test(`${name}:${tag}`));
}

/** Go path.Match: `*` and `?` never cross a "/". */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (const ch of glob) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
