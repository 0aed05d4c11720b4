import { beforeEach, describe, expect, it } from 'vitest';
import { DockerCli } from '../../../src/cli/framework/docker-cli';
import type { CommandSpec, FlagSpec, GroupSpec } from '../../../src/cli/framework/command';
import { calls, commands, groups } from './docker-specs';
import { capture } from './harness';
import { recording } from './recordings';

const cli = new DockerCli({ commands, groups });

async function run(c: DockerCli, args: string[]) {
  const cap = capture(args);
  const exit = await c.run(cap.ctx);
  return { stdout: cap.out(), stderr: cap.err(), exit };
}

describe('docker CLI framework against the real docker 28.2.2 client', () => {
  const recorded = [
    // flag errors, exit 125
    ['pull', '-z', 'ubuntu'], ['pull', '--foo'], ['pull', '--platform'], ['run', '-e'], ['images', '--last'],
    ['ps', '-n', 'x'], ['ps', '--last=x'], ['rm', '-f=maybe', 'x'], ['ps', '-q=x'], ['run', '-itp'],
    ['run', '-itz', 'ubuntu'], ['ps', '-aqz'], ['--foo'], ['-z'], ['ps', '--=x'], ['ps', '---x'],
    ['image', 'ls', '--bogus'], ['rmi', '-f', '--nope', 'x'],
    // arity errors
    ['tag', 'a'], ['pull'], ['run'], ['commit'], ['commit', 'a', 'b', 'c'], ['ps', 'x'], ['images', 'a', 'b'],
    ['image', 'ls', 'a', 'b'], ['history'], ['exec', 'x'], ['rmi'], ['container', 'ls', 'x'],
    // unknown commands
    ['xyz'], ['container', 'xyz'], ['image', 'xyz', 'a'],
    // help
    ['tag', '--help'], ['tag', '-h'], ['images', '--help'], ['image', 'ls', '--help'], ['pull', '--help'],
    ['ps', '--help'], ['commit', '--help'], ['history', '--help'], ['rmi', '--help'], ['rm', '--help'],
    ['version', '--help'], ['help', 'tag'],
  ];
  for (const args of recorded) {
    it(`docker ${args.join(' ')}`, async () => {
      const { stdout, stderr, exit } = recording(...args);
      expect(await run(cli, args)).toEqual({ stdout, stderr, exit });
    });
  }
});

describe('management command help', () => {
  // The group listings need every subcommand docker has: declare stubs from the recording.
  function stubsFrom(text: string, group: string): CommandSpec[] {
    const body = text.split('Commands:\n')[1].split('\n\n')[0];
    return body.split('\n').map((l) => {
      const m = /^ {2}(\S+) +(.*)$/.exec(l)!;
      return { name: `${group} ${m[1]}`, usage: '', short: m[2], flags: [], run: async () => 0 };
    });
  }
  const full = new DockerCli({
    commands: [...stubsFrom(recording('image').stderr, 'image'), ...stubsFrom(recording('container', '--help').stdout, 'container')],
    groups,
  });
  for (const args of [['image'], ['image', '--help'], ['container', '--help']]) {
    it(`docker ${args.join(' ')}`, async () => {
      const { stdout, stderr, exit } = recording(...args);
      expect(await run(full, args)).toEqual({ stdout, stderr, exit });
    });
  }
});

describe('docker --help', () => {
  const rec = recording('--help').stdout;
  const section = (title: string) => rec.split(`\n${title}:\n`)[1].split('\n\n')[0].split('\n').map((l) => {
    const m = /^ {2}(\S+) +(.*)$/.exec(l)!;
    return { name: m[1], short: m[2] };
  });
  const stub = (name: string, short: string, top?: number): CommandSpec => ({ name, short, usage: '', flags: [], top, run: async () => 0 });
  const common = section('Common Commands').map((c, i) => stub(c.name, c.short, i + 1));
  const other = section('Commands').map((c) => stub(c.name, c.short));
  const mgmt: GroupSpec[] = section('Management Commands');
  const globalFlags: FlagSpec[] = [
    { long: 'config', type: 'string', default: '/root/.docker', usage: 'Location of client config files' },
    { long: 'context', short: 'c', type: 'string', usage: 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")' },
    { long: 'debug', short: 'D', type: 'bool', usage: 'Enable debug mode' },
    { long: 'host', short: 'H', type: 'list', usage: 'Daemon socket to connect to' },
    { long: 'log-level', short: 'l', type: 'string', default: 'info', usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")' },
    { long: 'tls', type: 'bool', usage: 'Use TLS; implied by --tlsverify' },
    { long: 'tlscacert', type: 'string', default: '/root/.docker/ca.pem', usage: 'Trust certs signed only by this CA' },
    { long: 'tlscert', type: 'string', default: '/root/.docker/cert.pem', usage: 'Path to TLS certificate file' },
    { long: 'tlskey', type: 'string', default: '/root/.docker/key.pem', usage: 'Path to TLS key file' },
    { long: 'tlsverify', type: 'bool', usage: 'Use TLS and verify the remote' },
    { long: 'version', short: 'v', type: 'bool', usage: 'Print version information and quit' },
  ];
  // The sandbox has no swarm: the recording minus its "Swarm Commands" section.
  const expected = rec.replace(/\n\nSwarm Commands:\n[\s\S]*?(?=\n\nCommands:)/, '');

  it('renders docker\'s layout from the command list (stdout; `docker` alone: stderr)', async () => {
    const root = new DockerCli({ commands: [...common, ...other], groups: mgmt, globalFlags, note: '' });
    expect(await run(root, ['--help'])).toEqual({ stdout: expected, stderr: '', exit: 0 });
    expect(await run(root, [])).toEqual({ stdout: '', stderr: expected, exit: 0 });
  });

  it('adds the sandbox note before the closing line', async () => {
    const out = (await run(cli, ['--help'])).stdout;
    expect(out.endsWith("Run 'docker COMMAND --help' for more information on a command.\n\n"
      + 'Commands not listed here are not available in this sandbox.\n\n'
      + 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n')).toBe(true);
  });
});

describe('dispatch and flag values', () => {
  beforeEach(() => { calls.length = 0; });

  it('docker images and docker image ls reach the same declaration with their own path', async () => {
    expect(cli.find(['images'])).toBe(cli.find(['image', 'ls']));
    expect(cli.find(['image', 'list'])).toBe(cli.find(['images']));
    await run(cli, ['images', '-a', 'ubuntu', '-q']);
    await run(cli, ['image', 'list', '--format', '{{.ID}}']);
    expect(calls.map((c) => [c.path, c.args, c.flags.all, c.flags.quiet, c.flags.format])).toEqual([
      ['docker images', ['ubuntu'], true, true, ''],
      ['docker image list', [], false, false, '{{.ID}}'],
    ]);
  });

  it('docker run stops at the image: the rest is the container command line', async () => {
    expect(await run(cli, ['run', '-it', '--rm', 'ubuntu', 'ls', '-l', '--rm'])).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(calls[0].args).toEqual(['ubuntu', 'ls', '-l', '--rm']);
    expect([calls[0].flags.interactive, calls[0].flags.tty, calls[0].flags.rm]).toEqual([true, true, true]);
  });

  it('docker run -h is --hostname; --help is declared and shown', async () => {
    await run(cli, ['run', '-h', 'box', 'alpine']);
    expect(calls[0].flags.hostname).toBe('box');
    const help = await run(cli, ['run', '--help']);
    // Same layout rules as the recorded `docker run --help`, over the subset declared here.
    expect(help.stdout).toBe(`Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Create and run a new container from an image

Aliases:
  docker container run, docker run

Options:
  -d, --detach            Run container in background and print container ID
  -e, --env list          Set environment variables
      --help              Print usage
  -h, --hostname string   Container host name
  -i, --interactive       Keep STDIN open even if not attached
      --name string       Assign a name to the container
  -p, --publish list      Publish a container's port(s) to the host
      --rm                Automatically remove the container and its
                          associated anonymous volumes when it exits
  -t, --tty               Allocate a pseudo-TTY
`);
  });

  it('global flags before the subcommand, --version', async () => {
    const v = new DockerCli({ commands, groups, version: '28.2.2, build e6534b4',
      globalFlags: [{ long: 'debug', short: 'D', type: 'bool', usage: 'Enable debug mode' }] });
    expect(await run(v, ['--version'])).toEqual({ stdout: 'Docker version 28.2.2, build e6534b4\n', stderr: '', exit: 0 });
    expect(await run(v, ['-v'])).toEqual({ stdout: 'Docker version 28.2.2, build e6534b4\n', stderr: '', exit: 0 });
    await run(v, ['-D', 'ps', '-a']);
    expect(calls.at(-1)!.flags.all).toBe(true);
  });

  it('real docker commands the sandbox lacks say so (exit 1), made-up ones are unknown', async () => {
    expect(await run(cli, ['swarm', 'init'])).toEqual({ stdout: '', stderr: "layerlab: 'docker swarm' is not available in this sandbox\n", exit: 1 });
    expect(await run(cli, ['image', 'prune'])).toEqual({ stdout: '', stderr: "layerlab: 'docker image prune' is not available in this sandbox\n", exit: 1 });
    expect(await run(cli, ['images2'])).toEqual({ stdout: '', stderr: "docker: unknown command: docker images2\n\nRun 'docker --help' for more information\n", exit: 1 });
  });
});
