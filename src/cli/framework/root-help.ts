import type { FlagSpec } from './command';
import { commandList, namePadding } from './command-list';
import { flagUsages } from './flag-usages';

export interface RootHelpInput {
  bin: string;
  short: string;
  /** "Common Commands", already in their order. */
  common: ReadonlyArray<{ name: string; short: string }>;
  /** "Management Commands". */
  management: ReadonlyArray<{ name: string; short: string }>;
  /** "Commands": the other top-level commands. */
  other: ReadonlyArray<{ name: string; short: string }>;
  globalFlags: readonly FlagSpec[];
  /** A line saying what the sandbox leaves out; printed before docker's closing line. */
  note?: string;
  cols?: number;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** `docker --help` (and `docker` alone, on stderr) in docker/cli's root usage template layout. */
export function rootHelp(h: RootHelpInput): string {
  const all = [...h.common, ...h.management, ...h.other];
  const pad = namePadding(all.map((c) => c.name));
  const visibleFlags = h.globalFlags.filter((f) => !f.hidden);
  let out = `Usage:  ${h.bin}${visibleFlags.length > 0 ? ' [OPTIONS]' : ''} COMMAND\n\n${h.short}`;
  const section = (title: string, items: ReadonlyArray<{ name: string; short: string }>) => {
    if (items.length > 0) out += `\n\n${title}:\n${commandList(items, pad)}`;
  };
  section('Common Commands', h.common);
  section('Management Commands', [...h.management].sort(byName));
  section('Commands', [...h.other].sort(byName));
  if (visibleFlags.length > 0) out += `\n\nGlobal Options:\n${flagUsages(visibleFlags, h.cols ?? 79).trimEnd()}`;
  out += `\n\nRun '${h.bin} COMMAND --help' for more information on a command.`;
  if (h.note) out += `\n\n${h.note}`;
  return out + '\n\nFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\n';
}
