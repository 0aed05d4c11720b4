import type { Program } from '../process';
import { tryParse } from './lib/args';
import { readInputs } from './lib/io';

/** cat [-n] [FILE...]: "-n" numbering runs on across files, as GNU's does. */
export const cat: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'n', long: { number: ['n', 'none'] } });
  if (!a) return 1;
  const state = { failed: false };
  let line = 0;
  let atStart = true;
  for await (const { text } of readInputs(ctx, a.operands, state)) {
    if (!a.has('n')) {
      ctx.stdout.write(text);
      continue;
    }
    let out = '';
    for (const ch of text.split(/(?<=\n)/)) {
      if (ch === '') continue;
      if (atStart) out += `${String(++line).padStart(6)}\t`;
      out += ch;
      atStart = ch.endsWith('\n');
    }
    ctx.stdout.write(out);
  }
  return state.failed ? 1 : 0;
};
