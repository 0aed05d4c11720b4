import type { Program } from '../process';
import { tryParse } from './lib/args';
import { joinPath, resolvePath } from './lib/path';

/** which [-a] NAME...: Debian's which: PATH search for executable files, exit 1 if any is missing. */
export const which: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'as' });
  if (!a) return 2;
  let status = 0;
  const dirs = (ctx.env.get('PATH') ?? '').split(':');
  for (const name of a.operands) {
    const candidates = name.includes('/') ? [resolvePath(ctx.cwd, name)] : dirs.map((d) => resolvePath(ctx.cwd, joinPath(d || '.', name)));
    let found = false;
    for (const c of candidates) {
      const st = ctx.fs.stat(c);
      if (st?.type === 'file' && st.mode & 0o111) {
        ctx.stdout.write((name.includes('/') ? name : c) + '\n');
        found = true;
        if (!a.has('a')) break;
      }
    }
    if (!found) status = 1;
  }
  return status;
};
