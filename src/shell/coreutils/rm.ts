import type { Program, ProcessContext } from '../process';
import { tryParse } from './lib/args';
import { errnoText, errorText, missingOperand, quote, warn } from './lib/fail';
import { joinPath, resolvePath } from './lib/path';
import { missingCode } from './lib/users';

/** rm [-r|-R] [-f] [-v] [-d] FILE...: "-f" silences missing files and a missing operand. */
export const rm: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'rRfvid', long: { recursive: ['r', 'none'], force: ['f', 'none'], verbose: ['v', 'none'], dir: ['d', 'none'], interactive: ['i', 'optional'] } });
  if (!a) return 1;
  const force = a.has('f');
  const recursive = a.has('r') || a.has('R');
  if (!a.operands.length) {
    if (force) return 0;
    missingOperand(ctx);
    return 1;
  }
  let status = 0;
  for (const name of a.operands) {
    const base = name.replace(/\/+$/, '').split('/').pop();
    if (base === '.' || base === '..') {
      warn(ctx, `refusing to remove '.' or '..' directory: skipping ${quote(name)}`);
      status = 1;
      continue;
    }
    const path = resolvePath(ctx.cwd, name);
    if (path === '/') {
      warn(ctx, "it is dangerous to operate recursively on '/'");
      ctx.stderr.write('rm: use --no-preserve-root to override this failsafe\n');
      status = 1;
      continue;
    }
    const st = ctx.fs.lstat(path);
    if (!st) {
      // -f silences only a missing operand; an unsearchable directory on the way still fails.
      const code = missingCode(ctx.fs, path);
      if (!force || code !== 'ENOENT') {
        warn(ctx, `cannot remove ${quote(name)}: ${errnoText(code)}`);
        status = 1;
      }
      continue;
    }
    if (st.type === 'dir' && !recursive && !a.has('d')) {
      warn(ctx, `cannot remove ${quote(name)}: Is a directory`);
      status = 1;
      continue;
    }
    if (!remove(ctx, name, path, a.has('v'))) status = 1;
  }
  return status;
};

function remove(ctx: ProcessContext, name: string, path: string, verbose: boolean): boolean {
  const st = ctx.fs.lstat(path);
  try {
    if (st?.type === 'dir') {
      let ok = true;
      for (const c of ctx.fs.readdir(path)) ok = remove(ctx, joinPath(name, c), joinPath(path, c), verbose) && ok;
      if (!ok) return false;
      ctx.fs.rmdir(path);
      if (verbose) ctx.stdout.write(`removed directory ${quote(name)}\n`);
    } else {
      ctx.fs.unlink(path);
      if (verbose) ctx.stdout.write(`removed ${quote(name)}\n`);
    }
    return true;
  } catch (e) {
    warn(ctx, `cannot remove ${quote(name)}: ${errorText(e)}`);
    return false;
  }
}
