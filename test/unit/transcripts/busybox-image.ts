import type { Engine } from '../../../src/engine/engine';
import type { Entry } from '../../../src/engine/layer/entry';
import { executableContent } from '../../../src/engine/layer/executable';
import { LayerStore } from '../../../src/engine/stores/layer-store';
import { rfc3339 } from '../../../src/engine/clock';
import fixture from './fixtures/busybox-image.json';

interface FixtureEntry { path: string; type: string; mode: number; size?: number; program?: string; text?: string; target?: string }

const enc = new TextEncoder();

/**
 * Puts the recordings' busybox:latest (fixtures/busybox-image.json, recorded by
 * fixtures/record-busybox.ts) into an engine: the same files, modes and sizes, the same Env/Cmd
 * and a config shaped as `docker import` writes it (comment "Imported from -", no created_by),
 * so sizes, history and inspect output match the recordings. IDs differ (they are normalized).
 */
export async function importBusybox(engine: Engine): Promise<string> {
  const created = rfc3339(engine.clock.now());
  const mtime = Math.floor(new Date(created).getTime() / 1000);
  const changeset: Entry[] = (fixture.entries as FixtureEntry[]).map((e) => {
    const meta = { path: e.path, mode: e.mode, uid: 0, gid: 0, mtime };
    if (e.type === 'file') {
      const content = e.program ? executableContent(e.program, e.size!) : { kind: 'bytes' as const, bytes: enc.encode(e.text ?? '') };
      return { ...meta, type: 'file', content };
    }
    if (e.type === 'hardlink') return { ...meta, type: 'hardlink', target: e.target! };
    if (e.type === 'symlink') return { ...meta, type: 'symlink', target: e.target! };
    return { ...meta, type: 'dir' };
  });
  const layer = await LayerStore.prepare(changeset);
  const empty = '{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null}';
  const config = empty.replace('"Env":null,"Cmd":null', `"Env":${JSON.stringify(fixture.config.Env)},"Cmd":${JSON.stringify(fixture.config.Cmd)}`);
  const json =
    `{"architecture":"amd64","comment":${JSON.stringify(fixture.comment)},"config":${config},"container_config":${empty},` +
    `"created":"${created}","docker_version":${JSON.stringify(fixture.dockerVersion)},` +
    `"history":[{"created":"${created}","comment":${JSON.stringify(fixture.comment)}}],"os":"linux",` +
    `"rootfs":{"type":"layers","diff_ids":["${layer.record.diffId}"]}}`;
  return engine.imageStoreRaw(enc.encode(json), [layer], ['busybox:latest']);
}
