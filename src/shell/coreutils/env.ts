import type { Program } from '../process';
import { tryParse } from './lib/args';
import { coreutilsHooks } from './lib/hooks';
import { warn } from './lib/fail';

/** env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]: runs COMMAND through coreutilsHooks.exec. */
export const env: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'iu:0', long: { 'ignore-environment': ['i', 'none'], unset: ['u', 'required'], null: ['0', 'none'] }, stopAtOperand: true });
  if (!a) return 125;
  const vars = new Map(a.has('i') ? [] : ctx.env);
  for (const u of a.all('u')) vars.delete(u);
  const ops = [...a.operands];
  while (ops.length && /^[^=]+=/.test(ops[0])) {
    const s = ops.shift()!;
    const i = s.indexOf('=');
    vars.set(s.slice(0, i), s.slice(i + 1));
  }
  if (!ops.length) {
    ctx.stdout.write([...vars].map(([k, v]) => `${k}=${v}${a.has('0') ? '\0' : '\n'}`).join(''));
    return 0;
  }
  const run = coreutilsHooks.exec;
  const s = run ? await run({ ...ctx, env: vars }, ops) : 127;
  if (s === 127 && !run) warn(ctx, `'${ops[0]}': No such file or directory`);
  return s;
};
