import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { CREATE_FLAGS } from './run-flags';
import { attachIO, checkRunFlags, createOrFail, usageFailure } from './container-run';
import { isEngineError } from '../../engine/errors';
import type { ProcessContext } from '../../shell/process';

/**
 * Applies `op` to each named container, echoing each name as typed (docker stop/start/rm/kill);
 * failures are printed as they happen and make the exit status 1, the rest still run.
 */
async function eachContainer(p: ProcessContext, names: string[], op: (name: string) => Promise<void>, after?: string): Promise<number> {
  const failed: string[] = [];
  for (const n of names) {
    try {
      await op(n);
      p.stdout.write(`${n}\n`);
    } catch (e) {
      if (!isEngineError(e)) throw e;
      p.stderr.write(`Error response from daemon: ${e.message}\n`);
      failed.push(n);
    }
  }
  if (failed.length && after) p.stderr.write(`Error: ${after}: ${failed.join(', ')}\n`);
  return failed.length ? 1 : 0;
}

export function containerCreate(d: DockerDeps): CommandSpec {
  return {
    name: 'container create',
    aliases: ['create'],
    usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    short: 'Create a new container',
    args: { min: 1 },
    interspersed: false,
    flags: CREATE_FLAGS,
    async run(ctx, args, f) {
      const bad = checkRunFlags(ctx.flags.changed, f, 'create');
      if (bad !== undefined) return usageFailure(ctx.process, bad, 'create');
      const [image, ...cmd] = args;
      const id = await createOrFail(d, ctx.process, image, cmd, f, 'create');
      if (typeof id === 'number') return id;
      ctx.process.stdout.write(`${id}\n`);
      return 0;
    },
  };
}

export function containerStart(d: DockerDeps): CommandSpec {
  return {
    name: 'container start',
    aliases: ['start'],
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Start one or more stopped containers',
    args: { min: 1 },
    flags: [
      { long: 'attach', short: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
      { long: 'interactive', short: 'i', type: 'bool', usage: "Attach container's STDIN" },
    ],
    async run(ctx, args, f) {
      const p = ctx.process;
      if (f.attach || f.interactive) {
        if (args.length > 1) {
          p.stderr.write('you cannot start and attach multiple containers at once\n');
          return 1;
        }
        const c = d.engine.containerGet(args[0]);
        const proc = await d.engine.containerStart(c.id, attachIO(p, !!f.interactive, c.config.Tty));
        return proc.done;
      }
      return eachContainer(p, args, async (n) => {
        const c = d.engine.containerGet(n);
        if (!c.state.Running) await d.engine.containerStart(c.id);
      }, 'failed to start containers');
    },
  };
}

export function containerStop(d: DockerDeps): CommandSpec {
  return {
    name: 'container stop',
    aliases: ['stop'],
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Stop one or more running containers',
    args: { min: 1 },
    flags: [
      { long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
      { long: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
    ],
    async run(ctx, args) {
      return eachContainer(ctx.process, args, (n) => d.engine.containerStop(n));
    },
  };
}

export function containerKill(d: DockerDeps): CommandSpec {
  return {
    name: 'container kill',
    aliases: ['kill'],
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Kill one or more running containers',
    args: { min: 1 },
    flags: [{ long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' }],
    async run(ctx, args) {
      return eachContainer(ctx.process, args, (n) => d.engine.containerKill(n));
    },
  };
}

export function containerRm(d: DockerDeps): CommandSpec {
  return {
    name: 'container rm',
    aliases: ['container remove', 'rm'],
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Remove one or more containers',
    args: { min: 1 },
    flags: [
      { long: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
      { long: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
      { long: 'volumes', short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
    ],
    async run(ctx, args, f) {
      return eachContainer(ctx.process, args, (n) => d.engine.containerRemove(n, { force: f.force as boolean }));
    },
  };
}

export function containerDiff(d: DockerDeps): CommandSpec {
  return {
    name: 'container diff',
    aliases: ['diff'],
    usage: 'CONTAINER',
    short: "Inspect changes to files or directories on a container's filesystem",
    args: { min: 1, max: 1 },
    flags: [],
    async run(ctx, args) {
      const changes = await d.engine.containerDiff(args[0]);
      ctx.process.stdout.write(changes.map((c) => `${c.kind} ${c.path}\n`).join(''));
      return 0;
    },
  };
}
