import { DockerCli } from '../../../src/cli/framework/docker-cli';
import type { Engine } from '../../../src/engine/engine';
import type { DockerDeps } from '../../../src/cli/docker-deps';
import type { CommandSpec } from '../../../src/cli/framework/command';
import { CowFs } from '../../../src/engine/fs/cow-fs';
import type { ProcessContext, Terminal } from '../../../src/shell/process';
import { imageSave } from '../../../src/cli/commands/image-save';
import { imageLoad } from '../../../src/cli/commands/image-load';
import { containerExport } from '../../../src/cli/commands/container-export';
import { imageImport } from '../../../src/cli/commands/image-import';

/** A docker CLI with the archive commands, over a host filesystem the test can read. */
export function archiveCli(engine: Engine, extra: Array<(d: DockerDeps) => CommandSpec> = []) {
  const deps = { engine };
  const cli = new DockerCli({
    commands: [imageSave(deps), imageLoad(deps), containerExport(deps), imageImport(deps), ...extra.map((f) => f(deps))],
    groups: [{ name: 'image', short: 'Manage images' }, { name: 'container', short: 'Manage containers' }],
  });
  const fs = new CowFs(undefined, { now: () => 1_700_000_000 });
  fs.mkdir('/work');
  async function run(args: string[], o: { tty?: boolean; stdin?: Uint8Array } = {}) {
    let stdout = '';
    let stderr = '';
    const bytes: Uint8Array[] = [];
    const ctx: ProcessContext = {
      argv: ['docker', ...args], env: new Map(), cwd: '/work', fs,
      stdin: Object.assign({ read: async () => null }, o.stdin ? { readAllBytes: async () => o.stdin! } : {}),
      stdout: { write: (s: string) => { stdout += s; }, writeBytes: (b: Uint8Array) => { bytes.push(b.slice()); } } as ProcessContext['stdout'],
      stderr: { write: (s: string) => { stderr += s; } },
      tty: o.tty ? ({ columns: 80, rows: 24, interactive: true } as Terminal) : undefined,
      signal: new AbortController().signal,
    };
    const exit = await cli.run(ctx);
    return { stdout, stderr, exit, bytes };
  }
  return { run, fs };
}
