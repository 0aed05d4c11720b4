import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { session } from './session';
import { parseTranscript } from '../../transcripts/parse-transcript';

const recorded = parseTranscript(readFileSync(new URL('../../transcripts/docker/system.txt', import.meta.url), 'utf8'));
const step = (cmd: string) => recorded.steps.find((s) => s.cmd === cmd)!;

describe('docker version and docker info', () => {
  it("version: the real 28.2.2 client's section (an API version the sandbox needs no downgrade for), Layerlab's engine", async () => {
    const { run } = await session();
    const r = await run('docker version');
    const client = step('docker version').stdout.split('\n').slice(0, 9).join('\n').replace('1.41 (downgraded from 1.50)', '1.50');
    expect(r.out.startsWith(client + '\n')).toBe(true);
    expect(r.out.slice(client.length + 1)).toBe(
      'Server:\n Engine:\n  Version:          28.2.2\n  API version:      1.50 (minimum version 1.24)\n  Go version:       go1.24.3\n' +
        '  Git commit:       layerlab\n  Built:            Layerlab (in-browser engine)\n  OS/Arch:          linux/amd64\n  Experimental:     false\n' +
        ' layerlab:\n  Version:          in-browser\n  GitCommit:        no containerd or runc: processes are simulated\n',
    );
    expect(await run("docker version --format '{{.Client.Version}} {{.Server.Version}} {{.Server.KernelVersion}}'")).toEqual({ out: '28.2.2 28.2.2 6.10.14-linuxkit\n', err: '', code: 0 });
  });

  it('info: counts from the engine, the same layout as the recording', async () => {
    const { run } = await session();
    await run('docker run -d --name up busybox sleep 300');
    await run('docker create busybox');
    expect((await run("docker info --format '{{.Driver}} {{.Images}} {{.Containers}} {{.ContainersRunning}} {{.ContainersStopped}} {{.NCPU}}'")).out).toBe('overlay2 1 2 1 1 2\n');
    const lines = (await run('docker info')).out.split('\n');
    const rec = step('docker info').stdout.split('\n');
    // Same labels in the same order wherever both have the line (the recording's daemon lists more plugins/runtimes).
    const label = (l: string) => l.replace(/:.*/, ':');
    const ours = lines.map(label).filter((l) => rec.map(label).includes(l));
    expect(ours).toEqual(rec.map(label).filter((l) => ours.includes(l)));
    expect(lines.slice(0, 12)).toEqual(['Client:', ' Version:    28.2.2', ' Context:    default', ' Debug Mode: false', '', 'Server:', ' Containers: 2', '  Running: 1', '  Paused: 0', '  Stopped: 1', ' Images: 1', ' Server Version: 28.2.2']);
  });
});
