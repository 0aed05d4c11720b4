import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';

export function containerExec(d: DockerDeps): CommandSpec {
  return {
    name: 'container exec',
    aliases: ['exec'],
    usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
    short: 'Execute a command in a running container',
    args: { min: 2 },
    interspersed: false,
    top: 7,
    flags: [
      { long: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
      { long: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
      { long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
      { long: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
      { long: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
      { long: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
      { long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
      { long: 'user', short: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
      { long: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
    ],
    async run(ctx, args, f) {
      const p = ctx.process;
      const [name, ...argv] = args;
      const c = d.engine.containerGet(name);
      const silent = { write() {} };
      const io = f.detach
        ? { stdin: { read: async () => null }, stdout: silent, stderr: silent }
        : { stdin: f.interactive ? p.stdin : { read: async () => null }, stdout: p.stdout, stderr: p.stderr, terminal: f.tty ? p.tty : undefined };
      const run = d.engine.containerExec(c.id, {
        argv, user: (f.user as string) || undefined, workingDir: (f.workdir as string) || undefined,
        env: f.env as string[], tty: !!f.tty, io, signal: p.signal,
      });
      if (f.detach) {
        run.catch(() => undefined);
        return 0;
      }
      return run;
    },
  };
}
