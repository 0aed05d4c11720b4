import type { Program } from '../process';
import { coreutilsHooks } from './lib/hooks';

const SIGNALS = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM'];

/**
 * kill [-s SIG | -SIG | -N] PID... and kill -l: signals go through coreutilsHooks.kill.
 * Messages follow bash's kill builtin, which is what a learner's `kill` runs.
 */
export const kill: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '-l' || args[0] === '-L') {
    ctx.stdout.write(SIGNALS.map((s, i) => `${String(i + 1).padStart(2)}) SIG${s}`).join('\t') + '\n');
    return 0;
  }
  let sig = 'TERM';
  if (args[0] === '-s' && args.length > 1) {
    sig = args[1];
    args.splice(0, 2);
  } else if (args[0]?.startsWith('-') && args[0] !== '--') sig = args.shift()!.slice(1);
  if (args[0] === '--') args.shift();
  sig = sig.toUpperCase().replace(/^SIG/, '');
  if (/^\d+$/.test(sig)) sig = SIGNALS[Number(sig) - 1] ?? (sig === '0' ? '0' : '');
  if (sig !== '0' && !SIGNALS.includes(sig)) {
    ctx.stderr.write(`kill: ${ctx.argv[1]}: invalid signal specification\n`);
    return 1;
  }
  if (!args.length) {
    ctx.stderr.write('kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n');
    return 2;
  }
  let status = 0;
  for (const p of args) {
    if (!/^-?\d+$/.test(p)) {
      ctx.stderr.write(`kill: ${p}: arguments must be process or job IDs\n`);
      status = 1;
    } else if (!coreutilsHooks.kill?.(Number(p), sig)) {
      ctx.stderr.write(`kill: (${p}) - No such process\n`);
      status = 1;
    }
  }
  return status;
};
