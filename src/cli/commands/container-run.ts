import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { CREATE_FLAGS, createOptions } from './run-flags';
import { isEngineError } from '../../engine/errors';
import type { ExecIO } from '../../engine/executor';
import type { ProcessContext } from '../../shell/process';
import { familiarString, parseNormalizedNamed, tagNameOnly } from '../../engine/reference';
import { isAbort, pullImage } from './hub-client';

/** docker run: create, then start attached (or detached with -d), and pass the exit code through. */
export function containerRun(d: DockerDeps): CommandSpec {
  return {
    name: 'container run',
    aliases: ['run'],
    usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    short: 'Create and run a new container from an image',
    args: { min: 1 },
    interspersed: false,
    top: 1,
    flags: [...CREATE_FLAGS, { long: 'detach', short: 'd', type: 'bool' as const, usage: 'Run container in background and print container ID' }].sort((a, b) => a.long.localeCompare(b.long)),
    async run(ctx, args, f) {
      const p = ctx.process;
      const [image, ...cmd] = args;
      const c = await createOrFail(d, p, image, cmd, f, 'run');
      if (typeof c === 'number') return c;
      try {
        if (f.detach) {
          await d.engine.containerStart(c);
          await d.engine.containerSettle(c);
          p.stdout.write(`${c}\n`);
          return 0;
        }
        const proc = await d.engine.containerStart(c, attachIO(p, !!f.interactive, !!f.tty));
        return await proc.done;
      } catch (e) {
        // run.go: a start failure (a taken port) leaves the container Created and exits 125.
        if (!isEngineError(e)) throw e;
        p.stderr.write(`docker: Error response from daemon: ${e.message}\n\nRun 'docker run --help' for more information\n`);
        return 125;
      }
    },
  };
}

export function attachIO(p: ProcessContext, interactive: boolean, tty: boolean): ExecIO {
  return {
    stdin: interactive ? p.stdin : { read: async () => null },
    stdout: p.stdout,
    stderr: p.stderr,
    terminal: tty && interactive ? p.tty : undefined,
  };
}

/** Creates the container, or prints docker's run/create failure (exit 125) and returns the code. */
export async function createOrFail(d: DockerDeps, p: ProcessContext, image: string, cmd: string[], f: Record<string, unknown>, verb: 'run' | 'create'): Promise<string | number> {
  try {
    const o = createOptions(image, cmd, f as never);
    try {
      d.engine.imageGet(image);
    } catch (e) {
      if (isEngineError(e) && e.code === 'noSuchImage') {
        const ref = tagNameOnly(parseNormalizedNamed(image));
        p.stderr.write(`Unable to find image '${familiarString(ref)}' locally\n`);
        // create.go pullImage: the daemon's stream on stderr, no "Using default tag", no final reference.
        await pullImage(d, p, ref, p.stderr);
      } else throw e;
    }
    return (await d.engine.containerCreate(o)).id;
  } catch (e) {
    if (isAbort(e)) return 130;
    const text = isEngineError(e) ? `${e.client ? '' : 'Error response from daemon: '}${e.message}` : (e as { dockerText?: string }).dockerText;
    if (text === undefined) throw e;
    p.stderr.write(`docker: ${text}\n\nRun 'docker ${verb} --help' for more information\n`);
    return 125;
  }
}
