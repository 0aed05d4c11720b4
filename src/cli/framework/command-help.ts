import type { CommandSpec, FlagSpec } from './command';
import { flagUsages } from './flag-usages';

/**
 * `docker <command> --help` in docker/cli's usage template (cli/cobra.go usageTemplate): the
 * Usage line, the short description, the Aliases line (full paths, canonical first), and the
 * Options table. The help flag itself only shows when a command declares it (docker run does,
 * because -h is --hostname there). Ends with a newline.
 */
export function commandHelp(spec: CommandSpec, path: string, flags: readonly FlagSpec[], cols = 79): string {
  const bin = path.split(' ')[0];
  let out = `Usage:  ${useLine(path, spec.usage)}\n\n${spec.short.trim()}`;
  if (spec.aliases && spec.aliases.length > 0) {
    out += `\n\nAliases:\n  ${[spec.name, ...spec.aliases].map((a) => `${bin} ${a}`).join(', ')}`;
  }
  if (flags.some((f) => !f.hidden)) {
    out += `\n\nOptions:\n${flagUsages(flags, cols).trimEnd()}`;
  }
  return out + '\n';
}

/** cobra UseLine with DisableFlagsInUseLine: the path, then the declared usage. */
export function useLine(path: string, usage: string): string {
  return usage ? `${path} ${usage}` : path;
}
