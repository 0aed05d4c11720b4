import type { ProcessContext } from '../../process';

/** A process as `ps` lists it. */
export interface ProcessInfo {
  pid: number;
  tty: string; // "pts/0", or "?" for none
  /** CPU seconds used. */
  time: number;
  cmd: string;
  /** Its user's name (busybox ps's USER column); root when the integrator does not say. */
  user?: string;
  /** Its parent's PID (busybox ps -o ppid); unset: 0 for PID 1, else 1 (the main process). */
  ppid?: number;
}

/**
 * Runs a program by name as a child of the caller (xargs, find -exec): the integrator wires it
 * to the shell's PATH lookup. Resolves to the exit status; 127 when the command is not found.
 */
export type ExecRunner = (ctx: ProcessContext, argv: string[]) => Promise<number>;

/**
 * What coreutils need from the world around them, injected by the composition root so that
 * tests pin them (DESIGN.md principle 5). Programs read `coreutilsHooks` at call time.
 *
 * - now(): the current time in milliseconds (ls -l recent/old dates, date, touch). The env
 *   variable LAYERLAB_NOW (seconds since the epoch) in the process's environment overrides it.
 * - exec: how xargs runs its command; when unset xargs reports the command as not found.
 * - processes(ctx): the process list for `ps`; unset, ps shows the shell and itself.
 * - kill(pid, signal): delivers a signal; returns false when there is no such process.
 * - memory: `free`'s table in KiB.
 */
export interface CoreutilsHooks {
  now(): number;
  exec?: ExecRunner;
  processes?(ctx: ProcessContext): ProcessInfo[];
  kill?(pid: number, signal: string): boolean;
  nproc: number;
  memory: { total: number; used: number; free: number; shared: number; buffCache: number; available: number };
}

export const coreutilsHooks: CoreutilsHooks = {
  now: () => Date.now(),
  nproc: 2,
  memory: { total: 2030888, used: 412340, free: 1046212, shared: 1092, buffCache: 572336, available: 1457096 },
};

/** Replaces some hooks (the rest stay as they are). */
export function setCoreutilsHooks(h: Partial<CoreutilsHooks>): void {
  Object.assign(coreutilsHooks, h);
}

/** "Now" in whole seconds for this process: LAYERLAB_NOW if set, else the hook. */
export function nowSeconds(ctx: ProcessContext): number {
  const env = ctx.env.get('LAYERLAB_NOW');
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  return Math.floor(coreutilsHooks.now() / 1000);
}
