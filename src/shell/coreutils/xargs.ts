import type { Program } from '../process';
import { tryParse } from './lib/args';
import { quote, warn } from './lib/fail';
import { coreutilsHooks } from './lib/hooks';
import { readAll } from './lib/io';

/** Splits xargs input into items: blanks and newlines separate; quotes and backslash escape. */
function items(text: string): string[] {
  const out: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      cur = (cur ?? '') + text.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? text.length : end;
    } else if (c === '\\' && i + 1 < text.length) cur = (cur ?? '') + text[++i];
    else if (/\s/.test(c)) {
      if (cur !== undefined) out.push(cur);
      cur = undefined;
    } else cur = (cur ?? '') + c;
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

/**
 * xargs [-n N] [-I REPLACE] [-r] [COMMAND [ARG...]]: runs COMMAND (default echo) through
 * coreutilsHooks.exec, which the integrator wires to the shell's PATH lookup. Exit 123 when an
 * invocation failed, 127 when the command was not found, as GNU xargs.
 */
export const xargs: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'n:I:rL:0t', long: { 'max-args': ['n', 'required'], replace: ['I', 'optional'], 'no-run-if-empty': ['r', 'none'], 'max-lines': ['L', 'required'], null: ['0', 'none'], verbose: ['t', 'none'] }, stopAtOperand: true });
  if (!a) return 1;
  const cmd = a.operands.length ? a.operands : ['echo'];
  const text = await readAll(ctx.stdin, ctx.signal);
  const batches: string[][] = [];
  const replace = a.get('I');
  if (replace !== undefined) {
    for (const line of text.split('\n')) {
      const t = line.replace(/^[ \t]+/, '');
      if (t) batches.push(cmd.map((x) => x.replaceAll(replace || '{}', t)));
    }
  } else {
    const list = a.has('0') ? text.split('\0').filter((x) => x !== '') : items(text);
    const n = a.has('n') ? Number(a.get('n')) : a.has('L') ? Number(a.get('L')) : Infinity;
    if (!(n >= 1)) {
      warn(ctx, `invalid number "${a.get('n') ?? a.get('L')}" for -n option`);
      return 1;
    }
    for (let i = 0; i < list.length; i += n === Infinity ? list.length : n) batches.push([...cmd, ...list.slice(i, n === Infinity ? undefined : i + n)]);
    if (!list.length && !a.has('r')) batches.push([...cmd]);
  }
  const run = coreutilsHooks.exec;
  let status = 0;
  for (const argv of batches) {
    if (ctx.signal.aborted) return 130;
    if (a.has('t')) ctx.stderr.write(argv.join(' ') + '\n');
    const s = run ? await run(ctx, argv) : 127;
    if (s === 127) {
      warn(ctx, `${argv[0]}: No such file or directory`);
      return 127;
    }
    if (s === 255) {
      warn(ctx, `${quote(argv[0])}: exited with status 255; aborting`);
      return 124;
    }
    if (s !== 0) status = 123;
  }
  return status;
};
