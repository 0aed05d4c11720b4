import type { CommandSpec } from '../framework/command';
import type { DockerDeps } from '../docker-deps';
import { renderList } from '../format/render-list';
import { isEngineError } from '../../engine/errors';
import { DaemonHost } from './daemon-host';

/** The docker 28.2.2 client's own build facts (recorded from the real client, test/transcripts/docker/system.txt). */
export const CLIENT = { Version: '28.2.2', GoVersion: 'go1.24.3', GitCommit: 'e6534b4', BuildTime: 'Fri May 30 12:07:14 2025', Os: 'linux', Arch: 'amd64' };

/**
 * The data `docker version --format` sees (docker/cli versionInfo): Client and Server with Go's
 * field names. The server is the simulated engine: a real engine's build facts (git commit,
 * build time, containerd/runc components) have no counterpart, so they say Layerlab.
 */
function versionInfo() {
  const api = DaemonHost.apiVersion;
  return {
    Client: { Platform: { Name: '' }, ...CLIENT, APIVersion: api, DefaultAPIVersion: api, Context: 'default' },
    Server: {
      Platform: { Name: '' },
      Components: [
        { Name: 'Engine', Version: DaemonHost.serverVersion, Details: { ApiVersion: api, MinAPIVersion: DaemonHost.minApiVersion, GitCommit: 'layerlab', GoVersion: DaemonHost.goVersion, Os: 'linux', Arch: 'amd64', KernelVersion: DaemonHost.kernel, Experimental: 'false', BuildTime: 'Layerlab (in-browser engine)' } },
        { Name: 'layerlab', Version: 'in-browser', Details: { GitCommit: 'no containerd or runc: processes are simulated' } },
      ],
      Version: DaemonHost.serverVersion,
      APIVersion: api,
      MinAPIVersion: DaemonHost.minApiVersion,
      GitCommit: 'layerlab',
      GoVersion: DaemonHost.goVersion,
      Os: 'linux',
      Arch: 'amd64',
      KernelVersion: DaemonHost.kernel,
      BuildTime: 'Layerlab (in-browser engine)',
    },
  };
}

/** Docker 28's default layout: labels padded so every value starts in column 20 (tabwriter). */
function layout(v: ReturnType<typeof versionInfo>): string {
  const line = (indent: number, label: string, value: string) => `${' '.repeat(indent)}${`${label}:`.padEnd(20 - indent)}${value}\n`;
  const c = v.Client;
  let s = 'Client:\n' +
    line(1, 'Version', c.Version) +
    line(1, 'API version', c.APIVersion) +
    line(1, 'Go version', c.GoVersion) +
    line(1, 'Git commit', c.GitCommit) +
    line(1, 'Built', c.BuildTime) +
    line(1, 'OS/Arch', `${c.Os}/${c.Arch}`) +
    line(1, 'Context', c.Context) +
    '\nServer:\n';
  const [engine, ...others] = v.Server.Components;
  const e = engine.Details as Record<string, string>;
  s += ' Engine:\n' +
    line(2, 'Version', engine.Version) +
    line(2, 'API version', `${e.ApiVersion} (minimum version ${e.MinAPIVersion})`) +
    line(2, 'Go version', e.GoVersion) +
    line(2, 'Git commit', e.GitCommit) +
    line(2, 'Built', e.BuildTime) +
    line(2, 'OS/Arch', `${e.Os}/${e.Arch}`) +
    line(2, 'Experimental', e.Experimental);
  for (const o of others) s += ` ${o.Name}:\n` + line(2, 'Version', o.Version) + line(2, 'GitCommit', o.Details.GitCommit);
  return s;
}

export function systemVersion(_d: DockerDeps): CommandSpec {
  return {
    name: 'version',
    usage: '[OPTIONS]',
    short: 'Show the Docker version information',
    args: { max: 0 },
    flags: [
      { long: 'format', short: 'f', type: 'string', usage: 'Format output using a custom template:\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    ],
    async run(ctx, _args, f) {
      const p = ctx.process;
      const v = versionInfo();
      let format = f.format as string;
      if (!format) {
        p.stdout.write(layout(v));
        return 0;
      }
      if (format === 'json') format = '{{json .}}';
      try {
        p.stdout.write(renderList(format, [v], {}, 'types.VersionResponse'));
        return 0;
      } catch (e) {
        if (!isEngineError(e)) throw e;
        p.stderr.write(`${e.message}\n`);
        return 1;
      }
    },
  };
}
