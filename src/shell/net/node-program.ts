import type { Program } from '../process';
import { resolvePath } from '../path';
import { runPrints, Unsupported } from './print-eval';

/**
 * node: `-e`/`-p`-free one-liners and script files made of console.log() calls (print-eval.ts
 * says what is supported), and --version. Anything else is said to be unavailable.
 */
export const nodeProgram: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '--version' || args[0] === '-v') {
    ctx.stdout.write(`v${ctx.env.get('NODE_VERSION') ?? '18.19.0'}\n`);
    return 0;
  }
  let script: string | undefined;
  let name = '[eval]';
  if (args[0] === '-e' || args[0] === '--eval') script = args[1] ?? '';
  else if (args[0] && !args[0].startsWith('-')) {
    const path = resolvePath(ctx.cwd, args[0]);
    name = path;
    try {
      script = new TextDecoder().decode(ctx.fs.readFile(path));
    } catch {
      ctx.stderr.write(`node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n`);
      return 1;
    }
  }
  if (script === undefined) {
    ctx.stderr.write(`layerlab: node ${args.join(' ') || '(interactive)'} is not available in this sandbox (node -e and script files of console.log() calls are)\n`);
    return 1;
  }
  try {
    ctx.stdout.write(runPrints(script.replace(/^#!.*\n/, ''), /^console\.log\((.*)\)$/, 'js'));
    return 0;
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    ctx.stderr.write(`layerlab: this node runs only console.log() of literals; ${name} uses more than that (not available in this sandbox)\n`);
    return 1;
  }
};
