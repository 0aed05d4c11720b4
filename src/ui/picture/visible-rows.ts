import type { FileRow } from './file-row';

/** Rows not hidden under a collapsed directory; rows come in tree order (parents first). */
export function visibleRows(rows: readonly FileRow[], collapsed: ReadonlySet<string>): FileRow[] {
  const out: FileRow[] = [];
  let hidden: string | undefined;
  for (const r of rows) {
    if (hidden !== undefined && r.path.startsWith(hidden + '/')) continue;
    hidden = undefined;
    out.push(r);
    if (collapsed.has(r.path)) hidden = r.path;
  }
  return out;
}
