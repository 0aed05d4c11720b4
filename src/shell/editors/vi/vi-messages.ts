import type { LoadResult } from '../editor-file';
import type { UndoReport } from './vi-buffer';

export type ViFlavor = 'vim' | 'busybox';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What vim 9 (Debian's vim.basic, recorded) and busybox vi 1.36 print on their last line. */
export function viMessages(flavor: ViFlavor) {
  const vim = flavor === 'vim';
  return {
    opened(name: string, r: LoadResult): string {
      if (!vim) {
        if (r.kind === 'file') return `'${name}' ${r.lines.length}L, ${r.bytes}C`;
        return r.kind === 'dir' ? `'${name}' is a directory` : `'${name}' [New file]`;
      }
      if (r.kind === 'dir') return `"${name}" is a directory`;
      if (r.kind === 'unreadable') return `"${name}" [Permission Denied]`;
      if (r.kind === 'new') return `"${name}" ${r.parentMissing ? '[New DIRECTORY]' : '[New]'}`;
      return `"${name}" ${r.noEol ? '[noeol] ' : ''}${r.lines.length}L, ${r.bytes}B`;
    },
    written(name: string, isNew: boolean, lines: number, bytes: number): string {
      if (!vim) return `'${name}' ${lines}L, ${bytes}C`;
      return `"${name}" ${isNew ? '[New] ' : ''}${lines}L, ${bytes}B written`;
    },
    cantWrite: (name: string) => (vim ? `"${name}" E212: Can't open file for writing` : `'${name}' Permission denied`),
    noWrite: (cmd: string) => (vim ? 'E37: No write since last change (add ! to override)' : `No write since last change (:${cmd}! overrides)`),
    noFileName: vim ? 'E32: No file name' : 'No current filename',
    notCommand: (cmd: string) => (vim ? `E492: Not an editor command: ${cmd}` : `'${cmd}' is not implemented`),
    notFound: (p: string) => (vim ? `E486: Pattern not found: ${p}` : 'Pattern not found'),
    noPrevious: vim ? 'E35: No previous regular expression' : 'No previous search',
    wrapped: (backward: boolean) => (backward ? 'search hit TOP, continuing at BOTTOM' : 'search hit BOTTOM, continuing at TOP'),
    ctrlC: vim ? 'Type  :qa  and press <Enter> to exit Vim' : '',
    noLines: vim ? '--No lines in buffer--' : '',
    fewer: (n: number) => (vim ? `${n} fewer lines` : ''),
    more: (n: number) => (vim ? `${n} more lines` : ''),
    yanked: (n: number) => (vim ? `${n} lines yanked` : ''),
    oldest: 'Already at oldest change',
    newest: 'Already at newest change',
    undone(r: UndoReport): string {
      if (!vim) return '';
      const d = r.lineDelta;
      const what = d > 0 ? `${d} ${plural(d, 'more line', 'more lines')}`
        : d < 0 ? (d === -1 ? '1 line less' : `${-d} fewer lines`) : `${r.changed} ${plural(r.changed, 'change', 'changes')}`;
      return `${what}; ${r.redo ? 'after' : 'before'} #${r.seq}  ${r.seconds} ${plural(r.seconds, 'second', 'seconds')} ago`;
    },
    /** vim reports a :s only past 'report' (2) substitutions. */
    substituted: (subs: number, lines: number) => (vim && subs > 2 ? `${subs} ${plural(subs, 'substitution', 'substitutions')} on ${lines} ${plural(lines, 'line', 'lines')}` : ''),
    trailing: (rest: string) => `E488: Trailing characters: ${rest}`,
    /** An option vim has that the sandbox does not simulate: said plainly, never pretended. */
    optionUnavailable: (arg: string) => `layerlab: ':set ${arg}' is not available in this sandbox`,
    visual: (line: boolean) => (line ? '-- VISUAL LINE --' : '-- VISUAL --'),
    insert: vim ? '-- INSERT --' : '',
  };
}
