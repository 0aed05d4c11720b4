import type { FlagValues } from '../framework/command';
import type { ProcessContext } from '../../shell/process';
import { errors } from '../../engine/errors';
import { parseNormalizedNamed, tagNameOnly, type Reference } from '../../engine/reference';

/**
 * The reference `docker pull` / `docker push` act on, as the client checks it: -a with a tag
 * is refused, -a and --platform are not simulated, and a bare name gets `latest` with the
 * "Using default tag" line (unless -q).
 */
export function transferRef(verb: 'pull' | 'push', typed: string, f: FlagValues, p: ProcessContext): Reference {
  let ref = parseNormalizedNamed(typed);
  const nameOnly = ref.tag === undefined && ref.digest === undefined;
  if (f['all-tags']) {
    if (!nameOnly) throw errors.clientMessage("tag can't be used with --all-tags/-a");
    throw errors.notSimulated(`'docker ${verb} --all-tags'`);
  }
  if (f.platform) throw errors.notSimulated(`'docker ${verb} --platform'`);
  if (nameOnly) {
    ref = tagNameOnly(ref);
    if (!f.quiet) p.stdout.write(`Using default tag: ${ref.tag}\n`);
  }
  return ref;
}
