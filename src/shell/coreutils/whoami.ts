import type { Program } from '../process';
import { currentUid, userName } from './lib/users';

/** whoami: the name of the current uid (USER, else root), or "cannot find name for user ID". */
export const whoami: Program = async (ctx) => {
  const uid = currentUid(ctx.fs, ctx.env);
  const name = userName(ctx.fs, uid);
  if (name === String(uid)) {
    ctx.stderr.write(`whoami: cannot find name for user ID ${uid}\n`);
    return 1;
  }
  ctx.stdout.write(name + '\n');
  return 0;
};
