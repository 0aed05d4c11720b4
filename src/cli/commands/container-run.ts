import type { CommandSpec, FlagValues } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { RUN_FLAGS, createOptions, pullOptError, refuseUnsimulated } from './run-flags';
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
    flags: RUN_FLAGS,
    async run(ctx, args, f) {
      const p = ctx.process;
      const bad = checkRunFlags(ctx.flags.changed, f, 'run');
      if (bad !== undefined) return usageFailure(p, bad, 'run');
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
        const io = attachIO(p, !!f.interactive, !!f.tty);
        const proc = await d.engine.containerStart(c, io);
        return await untilDetached(p, io, proc.done, () => proc.attach?.detach(io));
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

/**
 * The attached -it session's end: the container's exit, or the detach keys (Ctrl-P Ctrl-Q, or
 * --detach-keys as "ctrl-x,y"), which leave it running and return 0 without a word, as docker does.
 * `detach` runs at once when the keys are typed, before the container's pending read is ended.
 */
export async function untilDetached(p: ProcessContext, io: ExecIO, done: Promise<number>, detach: () => void, spec = 'ctrl-p,ctrl-q'): Promise<number> {
  const keys = spec.split(',').map((k) => (/^ctrl-[@a-z[\\\]^_]$/.test(k) ? String.fromCharCode(k.charCodeAt(5) & 0x1f) : k)).join('');
  if (!io.terminal || !p.tty?.onDetachKeys || !keys) return done;
  let off = (): void => undefined;
  const detached = new Promise<number>((resolve) => {
    off = p.tty!.onDetachKeys!(keys, () => {
      detach();
      resolve(0);
    });
  });
  try {
    return await Promise.race([done, detached]);
  } finally {
    off();
  }
}

/**
 * run.go/create.go's first checks: a bad --pull is docker's usage failure (returned as text);
 * a flag the sandbox does not simulate throws its plain not-available error.
 */
export function checkRunFlags(changed: ReadonlySet<string>, f: FlagValues, verb: 'run' | 'create'): string | undefined {
  const bad = pullOptError(f.pull as string);
  if (bad !== undefined) return bad;
  refuseUnsimulated(verb, RUN_FLAGS, changed, f);
  return undefined;
}

export function usageFailure(p: ProcessContext, text: string, verb: 'run' | 'create'): number {
  p.stderr.write(`docker: ${text}\n\nRun 'docker ${verb} --help' for more information\n`);
  return 125;
}

/** Creates the container, or prints docker's run/create failure (exit 125) and returns the code. */
export async function createOrFail(d: DockerDeps, p: ProcessContext, image: string, cmd: string[], f: Record<string, unknown>, verb: 'run' | 'create'): Promise<string | number> {
  try {
    const o = createOptions(image, cmd, f as never);
    // create.go: --pull always pulls first, missing (the default) pulls on "No such image", never
    // lets that error stand; the daemon's stream goes to stderr, or nowhere with -q.
    const pull = (f.pull as string | undefined) || 'missing';
    const out = f.quiet ? { write: () => undefined } : p.stderr;
    const ref = () => tagNameOnly(parseNormalizedNamed(image));
    if (pull === 'always') await pullImage(d, p, ref(), out);
    else if (pull === 'missing') {
      try {
        d.engine.imageGet(image);
      } catch (e) {
        if (!isEngineError(e) || e.code !== 'noSuchImage') throw e;
        if (!f.quiet) p.stderr.write(`Unable to find image '${familiarString(ref())}' locally\n`);
        await pullImage(d, p, ref(), out);
      }
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
