import type { Program } from '../process';

/** clear: home, erase screen, erase scrollback — what clear(1) sends for TERM=xterm. */
export const clear: Program = async (ctx) => {
  ctx.stdout.write('\x1b[H\x1b[2J\x1b[3J');
  return 0;
};
