import type { Program, ProcessContext } from '../process';
import { tryParse } from './lib/args';
import { errorText, quote, warn } from './lib/fail';
import { joinPath, resolvePath } from './lib/path';
import { applyMode } from './lib/symbolic-mode';

/** chmod [-R] [-v] MODE FILE...: MODE octal or symbolic (u+x,go-w,a=r). */
export const chmod: Program = async (ctx) => {
  // A mode like "-w" or "-x" is an operand, not an option: set it aside before parsing.
  const args = ctx.argv.slice(1);
  const modeAt = args.findIndex((x) => /^-[rwxXst]+$/.test(x));
  const rest = modeAt >= 0 ? args.filter((_, i) => i !== modeAt) : args;
  const a = tryParse(ctx, { short: 'Rvcf', long: { recursive: ['R', 'none'], verbose: ['v', 'none'], changes: ['c', 'none'], silent: ['f', 'none'], quiet: ['f', 'none'] } }, rest);
  if (!a) return 1;
  const ops = modeAt >= 0 ? [args[modeAt], ...a.operands] : a.operands;
  if (ops.length < 2) {
    ctx.stderr.write(ops.length ? `chmod: missing operand after ${quote(ops[0])}\n` : 'chmod: missing operand\n');
    ctx.stderr.write("Try 'chmod --help' for more information.\n");
    return 1;
  }
  const [spec, ...files] = ops;
  if (applyMode(spec, 0, false) === undefined) {
    ctx.stderr.write(`chmod: invalid mode: ${quote(spec)}\nTry 'chmod --help' for more information.\n`);
    return 1;
  }
  let status = 0;
  const visit = (c: ProcessContext, name: string, path: string): void => {
    const st = c.fs.stat(path);
    if (!st) {
      warn(c, `cannot access ${quote(name)}: No such file or directory`);
      status = 1;
      return;
    }
    try {
      const mode = applyMode(spec, st.mode, st.type === 'dir')!;
      c.fs.chmod(path, mode);
      if (a.has('v')) c.stdout.write(`mode of ${quote(name)} changed from ${fmt(st.mode)} to ${fmt(mode)}\n`);
    } catch (e) {
      warn(c, `changing permissions of ${quote(name)}: ${errorText(e)}`);
      status = 1;
    }
    if (a.has('R') && st.type === 'dir' && c.fs.lstat(path)?.type === 'dir') {
      for (const child of c.fs.readdir(path)) {
        const cp = joinPath(path, child);
        if (c.fs.lstat(cp)?.type !== 'symlink') visit(c, joinPath(name, child), cp);
      }
    }
  };
  for (const f of files) visit(ctx, f, resolvePath(ctx.cwd, f));
  return status;
};

const fmt = (m: number) => `${m.toString(8).padStart(4, '0')} (${'rwxrwxrwx'.replace(/./g, (ch, i) => (m & (0o400 >> i) ? ch : '-'))})`;
