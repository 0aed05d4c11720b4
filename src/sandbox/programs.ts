import type { Program, ProcessContext } from '../shell/process';
import { COREUTILS_NAMES } from '../shell/coreutils/names';
import { shProgram } from '../shell/sh-program';
import type { Shell } from '../shell/shell';
import type { DockerDeps } from '../cli/docker-deps';
import { layerlabProgram } from './layerlab-program';
import { shellPrompt } from './shell-prompt';
import { helloProgram } from './hello-program';
import { Shell as ShellClass } from '../shell/shell';
import { builtins } from '../shell/builtins/index';
import { netDeps, NET_PROGRAMS } from './net-deps';
import { busyboxStderr } from '../shell/coreutils/busybox-stderr';

const PACKAGE_PROGRAMS = ['apt-get', 'apt', 'dpkg', 'dpkg-query', 'yum', 'dnf', 'rpm', 'apk', 'gcc', 'cc', 'gcc-12', 'x86_64-linux-gnu-gcc-12', 'cprog'];

/**
 * Every simulated program by the name an executable's header carries (executable.ts). Images
 * name their binaries after their basename; what is missing here is reported as not simulated.
 */
export function makePrograms(deps: DockerDeps, setup?: (sh: Shell) => void): Map<string, Program> {
  const programs = new Map<string, Program>();
  // coreutils load together on the first run of any of them (one chunk, off the first download).
  const coreutils = () => import('../shell/coreutils/index').then((m) => m.coreutils);
  for (const name of COREUTILS_NAMES) programs.set(name, lazyProgram(() => coreutils().then((c) => c[name])));
  const bash = shProgram({ programs: () => programs, flavor: 'bash', prompt: shellPrompt, setup });
  const ash = shProgram({ programs: () => programs, flavor: 'busybox', prompt: shellPrompt, setup });
  programs.set('bash', bash);
  programs.set('sh', bash);
  programs.set('dash', shProgram({ programs: () => programs, flavor: 'dash', prompt: shellPrompt, setup }));
  programs.set('ash', ash);
  // The docker CLI (commands, help texts, formatters, archives) loads on its first use, so the
  // page's first paint does not wait for it.
  programs.set('docker', lazyProgram(() => import('../cli/docker-program').then((m) => m.dockerProgram(deps))));
  programs.set('layerlab', layerlabProgram(() => programs));
  programs.set('busybox', busyboxProgram(programs));
  // Package managers and the C compiler load on first use, with their package database.
  for (const name of PACKAGE_PROGRAMS) programs.set(name, lazyProgram(() => import('../shell/packages/package-programs').then((m) => m.packagePrograms[name])));
  programs.set('hello', helloProgram);
  // curl, wget, servers and the language one-liners load on first use too.
  const net = import('../shell/net/net-programs').then((m) => m.netPrograms(netDeps(deps.engine)));
  for (const name of NET_PROGRAMS) programs.set(name, lazyProgram(() => net.then((m) => m[name])));
  // Full-screen editors load on first use, like the docker CLI.
  const vi = lazyProgram(() => import('../shell/editors/vi/vi-program').then((m) => m.viProgram()));
  for (const name of ['vi', 'vim', 'vim.basic', 'vim.tiny']) programs.set(name, vi);
  programs.set('nano', lazyProgram(() => import('../shell/editors/nano/nano-program').then((m) => m.nanoProgram())));
  // /usr/bin/echo, /usr/bin/printf, /usr/bin/[ ...: the external twins of shell builtins,
  // which `docker run img echo hi` and busybox applets exec without a shell.
  for (const name of ['echo', 'printf', 'test', '[', 'pwd']) if (!programs.has(name)) programs.set(name, builtinProgram(name));
  // sudo and su (the host's setuid pair) load on first use.
  programs.set('sudo', lazyProgram(() => import('./sudo-program').then((m) => m.sudoProgram(() => programs))));
  programs.set('su', lazyProgram(() => import('./su-program').then((m) => m.suProgram(() => programs))));
  // Debian names its `which` script after the package that ships it (an alternative).
  programs.set('which.debianutils', programs.get('which')!);
  return programs;
}

/** A program whose code is fetched the first time it runs. */
function lazyProgram(load: () => Promise<Program>): Program {
  let loaded: Promise<Program> | undefined;
  return async (ctx) => (await (loaded ??= load()))(ctx);
}

function builtinProgram(name: string): Program {
  return async (ctx: ProcessContext) => {
    const sh = new ShellClass({ fs: ctx.fs, env: ctx.env, cwd: ctx.cwd, name: ctx.argv[0], mode: 'c' });
    return builtins[name](sh, [name, ...ctx.argv.slice(1)], { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr, signal: ctx.signal });
  };
}

/** busybox: one binary, the applet named by argv[0] (or by argv[1] when called as busybox). */
function busyboxProgram(programs: Map<string, Program>): Program {
  return async (ctx: ProcessContext) => {
    let argv = ctx.argv;
    let applet = argv[0].split('/').pop() ?? 'busybox';
    if (applet === 'busybox') {
      if (argv.length < 2) {
        ctx.stdout.write('BusyBox v1.36.1 (Debian 1:1.36.1-3) multi-call binary.\n');
        return 0;
      }
      argv = argv.slice(1);
      applet = argv[0];
    }
    const p = applet === 'sh' || applet === 'ash' ? programs.get('ash') : programs.get(applet);
    if (!p) {
      ctx.stderr.write(`${applet}: applet not found\n`);
      return 127;
    }
    // Applets word their errors and lay out their output as busybox does (impl); the shell (ash)
    // reports its own way, and the commands it runs find their own executables.
    const shell = applet === 'sh' || applet === 'ash';
    return p(shell ? { ...ctx, argv } : { ...ctx, argv, stderr: busyboxStderr(applet, ctx.stderr), impl: 'busybox' });
  };
}
