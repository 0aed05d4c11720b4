import type { Program } from '../process';
import { tryParse } from './lib/args';
import { coreutilsHooks, type ProcessInfo } from './lib/hooks';
import { busyboxPs } from './ps-busybox';

/**
 * ps [-e|-A] [-f]: procps's default "PID TTY TIME CMD" table from coreutilsHooks.processes
 * (the integrator's process list). Unset, a container shell sees itself (PID 1) and ps.
 * PID is 7 wide, as on hosts with the usual pid_max of 4194304. As a busybox applet it prints
 * busybox's table (ps-busybox.ts).
 */
export const ps: Program = async (ctx) => {
  const shell = (ctx.env.get('SHELL') ?? '/bin/bash').split('/').pop() || 'bash';
  const list: ProcessInfo[] = coreutilsHooks.processes?.(ctx) ?? [
    { pid: 1, tty: 'pts/0', time: 0, cmd: shell },
    { pid: 7, tty: 'pts/0', time: 0, cmd: 'ps' },
  ];
  if (ctx.impl === 'busybox') return busyboxPs(ctx, list);
  const a = tryParse(ctx, { short: 'eAf' });
  if (!a) return 1;
  const time = (s: number) => [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
  let out = '';
  if (a.has('f')) {
    out += 'UID          PID    PPID  C STIME TTY          TIME CMD\n';
    for (const p of list) out += `${'root'.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.pid === 1 ? 0 : 1).padStart(7)}  0 00:00 ${p.tty.padEnd(8)} ${time(p.time)} ${p.cmd}\n`;
  } else {
    out += '    PID TTY          TIME CMD\n';
    for (const p of list) out += `${String(p.pid).padStart(7)} ${p.tty.padEnd(8)} ${time(p.time)} ${p.cmd.split(' ')[0].split('/').pop()?.replace(/:$/, '')}\n`;
  }
  ctx.stdout.write(out);
  return 0;
};
