import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { isEngineError } from '../../engine/errors';

export function containerRestart(d: DockerDeps): CommandSpec {
  return {
    name: 'container restart',
    aliases: ['restart'],
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Restart one or more containers',
    args: { min: 1 },
    flags: [
      { long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
      { long: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
    ],
    async run(ctx, args) {
      const p = ctx.process;
      let failed = false;
      for (const n of args) {
        try {
          await d.engine.containerRestart(n);
          p.stdout.write(`${n}\n`);
        } catch (e) {
          if (!isEngineError(e)) throw e;
          p.stderr.write(`Error response from daemon: ${e.message}\n`);
          failed = true;
        }
      }
      return failed ? 1 : 0;
    },
  };
}

export function containerRename(d: DockerDeps): CommandSpec {
  return {
    name: 'container rename',
    aliases: ['rename'],
    usage: 'CONTAINER NEW_NAME',
    short: 'Rename a container',
    args: { min: 2, max: 2 },
    flags: [],
    async run(ctx, [from, to]) {
      const p = ctx.process;
      try {
        await d.engine.containerRename(from, to);
        return 0;
      } catch (e) {
        if (!isEngineError(e)) throw e;
        p.stderr.write(`Error response from daemon: ${e.message}\nError: failed to rename container named ${from}\n`);
        return 1;
      }
    },
  };
}

export function containerWait(d: DockerDeps): CommandSpec {
  return {
    name: 'container wait',
    aliases: ['wait'],
    usage: 'CONTAINER [CONTAINER...]',
    short: 'Block until one or more containers stop, then print their exit codes',
    args: { min: 1 },
    flags: [],
    async run(ctx, args) {
      const p = ctx.process;
      let failed = false;
      for (const n of args) {
        try {
          p.stdout.write(`${await d.engine.containerWait(n)}\n`);
        } catch (e) {
          if (!isEngineError(e)) throw e;
          p.stderr.write(`Error response from daemon: ${e.message}\n`);
          failed = true;
        }
      }
      return failed ? 1 : 0;
    },
  };
}

export function containerPort(d: DockerDeps): CommandSpec {
  return {
    name: 'container port',
    aliases: ['port'],
    usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
    short: 'List port mappings or a specific mapping for the container',
    args: { min: 1, max: 2 },
    flags: [],
    async run(ctx, args) {
      const c = d.engine.containerGet(args[0]);
      // Bindings exist only while the container runs (the daemon unbinds on exit).
      const binds = c.state.Running ? c.hostConfig.PortBindings : [];
      if (args[1] !== undefined) {
        const want = args[1].includes('/') ? args[1] : `${args[1]}/tcp`;
        const found = binds.filter((b) => b.containerPort === want);
        if (!found.length) {
          ctx.process.stderr.write(`Error: No public port '${args[1]}' published for ${args[0]}\n`);
          return 1;
        }
        for (const b of found) ctx.process.stdout.write(`${b.hostIp || '0.0.0.0'}:${b.hostPort}\n`);
        return 0;
      }
      for (const b of binds) ctx.process.stdout.write(`${b.containerPort} -> ${b.hostIp || '0.0.0.0'}:${b.hostPort}\n`);
      return 0;
    },
  };
}
