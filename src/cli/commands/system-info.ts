import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { renderList } from '../format/render-list';
import { units } from '../format/units';
import { isEngineError } from '../../engine/errors';
import { DaemonHost } from './daemon-host';
import { CLIENT } from './system-version';

/**
 * `docker info`: docker/cli's prettyPrintInfo layout, shortened to what a classic-store engine
 * on one machine shows, with the sandbox's own values (overlay2, the host's kernel, CPUs and
 * memory). Counts come from the engine; `--format` sees the same fields by their Go names.
 */
function infoData(d: DockerDeps) {
  const all = d.engine.containerList({ all: true });
  const running = all.filter((c) => c.state.Running).length;
  return {
    ID: 'LAYR:LABS:ANDB:OXIN:YOUR:BROW:SERT:ABSI:MULA:TEDE:NGIN:EAAA',
    Containers: all.length,
    ContainersRunning: running,
    ContainersPaused: 0,
    ContainersStopped: all.length - running,
    Images: d.engine.imageList().length,
    Driver: 'overlay2',
    DriverStatus: [['Backing Filesystem', 'extfs'], ['Supports d_type', 'true'], ['Using metacopy', 'false'], ['Native Overlay Diff', 'true'], ['userxattr', 'false']],
    LoggingDriver: 'json-file',
    CgroupDriver: 'cgroupfs',
    CgroupVersion: '2',
    KernelVersion: DaemonHost.kernel,
    OperatingSystem: DaemonHost.os,
    OSType: 'linux',
    Architecture: 'x86_64',
    NCPU: DaemonHost.cpus,
    MemTotal: DaemonHost.memory,
    Name: DaemonHost.hostname,
    DockerRootDir: '/var/lib/docker',
    ServerVersion: DaemonHost.serverVersion,
    Debug: false,
    ExperimentalBuild: false,
    LiveRestoreEnabled: false,
    DefaultRuntime: 'runc',
    ClientInfo: { Version: CLIENT.Version, Context: 'default', Debug: false },
  };
}

function pretty(i: ReturnType<typeof infoData>): string {
  return [
    'Client:',
    ` Version:    ${i.ClientInfo.Version}`,
    ' Context:    default',
    ' Debug Mode: false',
    '',
    'Server:',
    ` Containers: ${i.Containers}`,
    `  Running: ${i.ContainersRunning}`,
    `  Paused: ${i.ContainersPaused}`,
    `  Stopped: ${i.ContainersStopped}`,
    ` Images: ${i.Images}`,
    ` Server Version: ${i.ServerVersion}`,
    ` Storage Driver: ${i.Driver}`,
    ...i.DriverStatus.map(([k, v]) => `  ${k}: ${v}`),
    ` Logging Driver: ${i.LoggingDriver}`,
    ` Cgroup Driver: ${i.CgroupDriver}`,
    ` Cgroup Version: ${i.CgroupVersion}`,
    ' Plugins:',
    '  Volume: local',
    '  Network: bridge host null',
    '  Log: json-file local',
    ' Swarm: inactive',
    ' Runtimes: runc',
    ` Default Runtime: ${i.DefaultRuntime}`,
    ' containerd version: layerlab (processes are simulated in the browser)',
    ' runc version: layerlab',
    ` Kernel Version: ${i.KernelVersion}`,
    ` Operating System: ${i.OperatingSystem}`,
    ` OSType: ${i.OSType}`,
    ` Architecture: ${i.Architecture}`,
    ` CPUs: ${i.NCPU}`,
    ` Total Memory: ${units.bytesSize(i.MemTotal)}`,
    ` Name: ${i.Name}`,
    ` ID: ${i.ID}`,
    ` Docker Root Dir: ${i.DockerRootDir}`,
    ' Debug Mode: false',
    ' Experimental: false',
    ' Insecure Registries:',
    '  ::1/128',
    '  127.0.0.0/8',
    ' Live Restore Enabled: false',
    '',
    '',
  ].join('\n');
}

export function systemInfo(d: DockerDeps): CommandSpec {
  return {
    name: 'system info',
    aliases: ['info'],
    usage: '[OPTIONS]',
    short: 'Display system-wide information',
    args: { max: 0 },
    flags: [
      { long: 'format', short: 'f', type: 'string', usage: 'Format output using a custom template:\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    ],
    async run(ctx, _args, f) {
      const p = ctx.process;
      const info = infoData(d);
      let format = f.format as string;
      if (!format) {
        p.stdout.write(pretty(info));
        return 0;
      }
      if (format === 'json') format = '{{json .}}';
      try {
        p.stdout.write(renderList(format, [info], {}, 'system.dockerInfo'));
        return 0;
      } catch (e) {
        if (!isEngineError(e)) throw e;
        p.stderr.write(`${e.message}\n`);
        return 1;
      }
    },
  };
}
