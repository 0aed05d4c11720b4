import type { ProcessContext } from '../../process';
import { errorText } from './fail';
import { globToRegExp } from './glob';
import { joinPath, resolvePath } from './path';
import { memberBlocks, type TarMember } from './tar-format';
import { groupName, userName } from './users';

export interface CreateOpts {
  dir: string;
  excludes: string[];
  /** The archive's own absolute path (never archived into itself), if it is a file. */
  archive?: string;
  /** Where -v names go: stdout, or stderr when the archive itself is on stdout. */
  verbose?: (line: string) => void;
}

/**
 * The members for `tar -c` operands, in GNU tar's --sort=name order (its default order is the
 * disk's readdir order, which a simulated disk does not have). Errors are printed as GNU words
 * them; the result says whether any happened (exit status 2).
 */
export function createBlocks(ctx: ProcessContext, operands: string[], o: CreateOpts): { blocks: Uint8Array[]; failed: boolean } {
  const blocks: Uint8Array[] = [];
  let failed = false;
  let warnedSlash = false;
  const excluded = o.excludes.map((p) => globToRegExp(p));
  const isExcluded = (name: string) => {
    const parts = name.replace(/\/$/, '').split('/');
    // GNU matches an unanchored pattern against every trailing run of components
    return excluded.some((re) => parts.some((_, i) => re.test(parts.slice(i).join('/'))));
  };
  const add = (abs: string, name: string) => {
    if (isExcluded(name)) return;
    const st = ctx.fs.lstat(abs);
    if (!st) {
      ctx.stderr.write(`tar: ${name}: Cannot stat: No such file or directory\n`);
      failed = true;
      return;
    }
    if (abs === o.archive) {
      ctx.stderr.write(`tar: ${name}: file is the archive; not dumped\n`);
      return;
    }
    let stored = name;
    if (stored.startsWith('/')) {
      stored = stored.replace(/^\/+/, '');
      if (!warnedSlash) ctx.stderr.write("tar: Removing leading `/' from member names\n");
      warnedSlash = true;
    }
    if (st.type === 'dir' && !stored.endsWith('/')) stored += '/';
    if (stored === '') stored = './';
    const m: TarMember = {
      name: stored, mode: st.mode, uid: st.uid, gid: st.gid, uname: userName(ctx.fs, st.uid), gname: groupName(ctx.fs, st.gid),
      size: 0, mtime: st.mtime, linkname: '', data: new Uint8Array(0),
      type: st.type === 'dir' ? '5' : st.type === 'symlink' ? '2' : '0',
    };
    try {
      if (st.type === 'symlink') m.linkname = ctx.fs.readlink(abs);
      if (st.type === 'file') m.data = ctx.fs.readFile(abs);
      m.size = m.data.length;
      const children = st.type === 'dir' ? ctx.fs.readdir(abs).sort() : [];
      blocks.push(...memberBlocks(m));
      o.verbose?.(stored);
      for (const c of children) add(joinPath(abs, c), name.endsWith('/') ? name + c : `${name}/${c}`);
    } catch (e) {
      ctx.stderr.write(`tar: ${name}: Cannot open: ${errorText(e)}\n`);
      failed = true;
    }
  };
  for (const op of operands) add(resolvePath(o.dir, op), op);
  return { blocks, failed };
}
