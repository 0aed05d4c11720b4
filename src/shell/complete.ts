import type { Completion } from './process';
import type { Shell } from './shell';
import { builtins } from './builtins/index';
import { resolvePath } from './path';

export interface CompletionRequest {
  shell: Shell;
  line: string;
  cursor: number;
  /** Words of the current command before the one being completed. */
  words: string[];
  /** The partial word being completed. */
  word: string;
  start: number;
}

/** A hook the integrator adds (docker subcommands, flags, image names); undefined = not mine. */
export type CompletionExtension = (req: CompletionRequest) => Completion | undefined;

/**
 * Tab completion: command names (builtins, functions, aliases, executables on PATH) for the
 * first word, Vfs paths otherwise (directories get "/" and no space), after any extension.
 */
export function makeCompleter(sh: Shell): (line: string, cursor: number) => Completion {
  return (line, cursor) => {
    const before = line.slice(0, cursor);
    const cmdStart = Math.max(0, ...['|', ';', '&', '(', '`'].map((op) => before.lastIndexOf(op) + 1));
    const segment = before.slice(cmdStart);
    const m = /(\S*)$/.exec(segment)!;
    const word = m[1];
    const start = cursor - word.length;
    const words = segment.slice(0, segment.length - word.length).trim().split(/\s+/).filter(Boolean);
    const req: CompletionRequest = { shell: sh, line, cursor, words, word, start };
    for (const ext of sh.completionExtensions) {
      const r = ext(req);
      if (r) return r;
    }
    if (!words.length && !word.includes('/')) return { start, candidates: commandNames(sh, word), addSpace: true };
    return pathCompletion(sh, word, start);
  };
}

function commandNames(sh: Shell, prefix: string): string[] {
  const names = new Set<string>();
  const add = (n: string) => { if (n.startsWith(prefix)) names.add(n); };
  Object.keys(builtins).forEach(add);
  [...sh.functions.keys()].forEach(add);
  [...sh.aliases.keys()].forEach(add);
  for (const dir of (sh.getVar('PATH') ?? '').split(':')) {
    if (!dir) continue;
    let entries: string[];
    try { entries = sh.fs.readdir(resolvePath(sh.cwd, dir)); } catch { continue; }
    for (const e of entries) {
      if (!e.startsWith(prefix)) continue;
      const st = sh.fs.stat(resolvePath(sh.cwd, `${dir}/${e}`));
      if (st?.type === 'file' && st.mode & 0o111) names.add(e);
    }
  }
  return [...names].sort();
}

function pathCompletion(sh: Shell, word: string, start: number): Completion {
  const home = sh.getVar('HOME') ?? '/';
  const expanded = word.startsWith('~/') ? home + word.slice(1) : word;
  const slash = expanded.lastIndexOf('/');
  const dirPart = slash >= 0 ? expanded.slice(0, slash + 1) : '';
  const base = expanded.slice(slash + 1);
  const shownDir = slash >= 0 ? word.slice(0, word.length - base.length) : '';
  let entries: string[];
  try { entries = sh.fs.readdir(resolvePath(sh.cwd, dirPart || '.')); } catch { return { start, candidates: [] }; }
  const candidates: string[] = [];
  let onlyDir = false;
  for (const e of entries) {
    if (!e.startsWith(base) || (e.startsWith('.') && !base.startsWith('.'))) continue;
    const isDir = sh.fs.stat(resolvePath(sh.cwd, dirPart + e))?.type === 'dir';
    candidates.push(shownDir + e + (isDir ? '/' : ''));
    onlyDir = isDir;
  }
  return { start, candidates, addSpace: !(candidates.length === 1 && onlyDir) };
}
