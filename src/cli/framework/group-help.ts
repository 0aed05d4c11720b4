import type { GroupSpec } from './command';
import { commandList, namePadding } from './command-list';

/**
 * `docker image` / `docker image --help`: a management command's help (cli/cobra.go
 * usageTemplate with HasSubCommands). `subcommands` are the sandbox's commands in the group.
 */
export function groupHelp(bin: string, group: GroupSpec, subcommands: ReadonlyArray<{ name: string; short: string }>): string {
  const path = `${bin} ${group.name}`;
  const sorted = [...subcommands].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let out = `Usage:  ${path} COMMAND\n\n${group.short}`;
  if (sorted.length > 0) {
    out += `\n\nCommands:\n${commandList(sorted, namePadding(sorted.map((c) => c.name)))}`;
  }
  return out + `\n\nRun '${path} COMMAND --help' for more information on a command.\n`;
}
