import { FsError } from '../../engine/fs/vfs';
import type { Program } from '../process';
import { tryParse } from './lib/args';
import { errorText, missingOperand, quote, warn } from './lib/fail';
import { resolvePath } from './lib/path';

/** mkdir [-p] [-v] [-m MODE] DIR... */
export const mkdir: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'pvm:', long: { parents: ['p', 'none'], verbose: ['v', 'none'], mode: ['m', 'required'] } });
  if (!a) return 1;
  if (!a.operands.length) {
    missingOperand(ctx);
    return 1;
  }
  const mode = a.has('m') ? parseInt(a.get('m')!, 8) : 0o755;
  let status = 0;
  for (const name of a.operands) {
    const path = resolvePath(ctx.cwd, name);
    let shown = name;
    try {
      if (a.has('p')) {
        // Each missing ancestor is created (and reported) in turn, as the user spelled it.
        const parts = name.split('/');
        for (let i = 1; i <= parts.length; i++) {
          const prefix = parts.slice(0, i).join('/');
          if (!prefix || parts[i - 1] === '' || parts[i - 1] === '.') continue;
          const p = resolvePath(ctx.cwd, prefix);
          const st = ctx.fs.stat(p);
          if (st?.type === 'dir') continue;
          // A parent refused is reported by its own name (recorded: mkdir -p /opt/a/b).
          shown = prefix;
          ctx.fs.mkdir(p, { mode: i === parts.length ? mode : 0o755 });
          if (a.has('v')) ctx.stdout.write(`mkdir: created directory ${quote(prefix)}\n`);
        }
      } else {
        ctx.fs.mkdir(path, { mode });
        if (a.has('v')) ctx.stdout.write(`mkdir: created directory ${quote(name)}\n`);
      }
    } catch (e) {
      const refused = e instanceof FsError && e.code === 'EACCES';
      warn(ctx, `cannot create directory ${quote(refused ? shown : name)}: ${errorText(e)}`);
      status = 1;
    }
  }
  return status;
};
