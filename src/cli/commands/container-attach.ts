import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { isEngineError } from '../../engine/errors';
import { attachIO, untilDetached } from './container-run';

/**
 * docker attach: this terminal becomes the running container's stdio until the container ends
 * (its exit code is attach's) or Ctrl-C ends the attach. With -it containers the shell's
 * prompt comes back as it was left.
 */
export function containerAttach(d: DockerDeps): CommandSpec {
  return {
    name: 'container attach',
    aliases: ['attach'],
    usage: '[OPTIONS] CONTAINER',
    short: 'Attach local standard input, output, and error streams to a running container',
    args: { min: 1, max: 1 },
    flags: [
      { long: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
      { long: 'no-stdin', type: 'bool', usage: 'Do not attach STDIN' },
      { long: 'sig-proxy', type: 'bool', default: true, usage: 'Proxy all received signals to the process' },
    ],
    async run(ctx, [name], f) {
      const p = ctx.process;
      try {
        const c = d.engine.containerGet(name);
        const stdin = !f['no-stdin'] && c.config.OpenStdin;
        const io = attachIO(p, stdin, c.config.Tty);
        const { done, detach } = d.engine.containerAttach(name, io);
        const interrupted = new Promise<number>((resolve) => p.signal.addEventListener('abort', () => resolve(130), { once: true }));
        const keys = typeof f['detach-keys'] === 'string' && f['detach-keys'] ? f['detach-keys'] : undefined;
        const code = await Promise.race([untilDetached(p, io, done, detach, keys), interrupted]);
        detach();
        return code;
      } catch (e) {
        if (!isEngineError(e)) throw e;
        p.stderr.write(`Error response from daemon: ${e.message}\n`);
        return 1;
      }
    },
  };
}
