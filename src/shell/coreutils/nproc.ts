import type { Program } from '../process';
import { coreutilsHooks } from './lib/hooks';

/** nproc: the CPU count from lib/hooks (the page may set navigator.hardwareConcurrency). */
export const nproc: Program = async (ctx) => {
  ctx.stdout.write(`${coreutilsHooks.nproc}\n`);
  return 0;
};
