import type { Engine } from '../engine';
import { errors } from '../errors';
import type { ContainerConfig } from '../image/image-config';
import { goJson } from '../image/config-json';
import { readLayerTar } from '../layer/read-layer-tar';
import { LayerStore } from '../stores/layer-store';
import { rfc3339 } from '../clock';
import { maybeGunzip } from './read-archive';

export interface ImportImageOptions {
  /** `-c` changes already applied to an empty config (commit-changes applyChanges). */
  config?: ContainerConfig;
  /** `-m`; the API router defaults it to "Imported from <src>" (the CLI always sends "-"). */
  message?: string;
  reference?: string;
}

/** The Docker version an import records (docker_version), the client this sandbox follows. */
export const DOCKER_VERSION = '28.2.2';

/**
 * container.Config exactly as encoding/json writes the Go struct: every field, zero values and
 * nulls included, omitempty ones only when set (moby api/types/container/config.go).
 */
export function goContainerConfig(c: ContainerConfig): string {
  const o: Record<string, unknown> = {
    Hostname: c.Hostname ?? '', Domainname: '', User: c.User ?? '',
    AttachStdin: false, AttachStdout: false, AttachStderr: false,
    ...(c.ExposedPorts && Object.keys(c.ExposedPorts).length ? { ExposedPorts: sorted(c.ExposedPorts) } : {}),
    Tty: false, OpenStdin: false, StdinOnce: false,
    Env: c.Env ?? null, Cmd: c.Cmd ?? null,
    ...(c.Healthcheck ? { Healthcheck: c.Healthcheck } : {}),
    ...(c.ArgsEscaped ? { ArgsEscaped: true } : {}),
    Image: '', Volumes: c.Volumes ? sorted(c.Volumes) : null, WorkingDir: c.WorkingDir ?? '',
    Entrypoint: c.Entrypoint ?? null, OnBuild: c.OnBuild ?? null, Labels: c.Labels ? sorted(c.Labels) : null,
    ...(c.StopSignal ? { StopSignal: c.StopSignal } : {}),
    ...(c.Shell ? { Shell: c.Shell } : {}),
  };
  return goJson(o);
}

function sorted<T>(m: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
}

/**
 * `docker import` (moby daemon/images/image_import.go): the tar becomes the one layer of a new
 * image whose config is Go's marshalling of image.Image (top-level keys sorted, the legacy
 * container_config written as an empty struct), history one entry with the comment and no
 * created_by. Returns the new image ID.
 */
export async function importImage(engine: Engine, tar: Uint8Array, o: ImportImageOptions = {}): Promise<string> {
  let layer;
  try {
    layer = await LayerStore.prepare(readLayerTar(maybeGunzip(tar)));
  } catch (e) {
    throw errors.storage((e as Error).message);
  }
  const created = rfc3339(engine.clock.now());
  const comment = o.message || 'Imported from -';
  const json = [
    `"architecture":"amd64"`,
    `"comment":${goJson(comment)}`,
    `"config":${goContainerConfig(o.config ?? {})}`,
    `"container_config":${goContainerConfig({})}`,
    `"created":"${created}"`,
    `"docker_version":"${DOCKER_VERSION}"`,
    `"history":[{"created":"${created}","comment":${goJson(comment)}}]`,
    `"os":"linux"`,
    `"rootfs":{"type":"layers","diff_ids":["${layer.record.diffId}"]}`,
  ];
  const bytes = new TextEncoder().encode(`{${json.join(',')}}`);
  return engine.imageStoreRaw(bytes, [layer], o.reference ? [o.reference] : []);
}
