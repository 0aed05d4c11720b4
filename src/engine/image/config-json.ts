import type { ContainerConfig, HistoryEntry, ImageConfig } from './image-config';

/**
 * Serializes an image config the way Docker does, so the bytes (and so the image ID) are
 * stable: top-level keys sorted (moby's Image.MarshalJSON goes through a map), nested structs
 * in Go field order, and Go's HTML-safe escaping of <, >, & (and U+2028/2029).
 * The bytes are stored as-is; the image ID is their sha256 and never re-derived from a parse.
 */
const CONFIG_ORDER: (keyof ContainerConfig)[] = [
  'Hostname', 'User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Healthcheck', 'ArgsEscaped',
  'Volumes', 'WorkingDir', 'Labels', 'OnBuild', 'StopSignal', 'Shell',
];
const HISTORY_ORDER: (keyof HistoryEntry)[] = ['created', 'created_by', 'author', 'comment', 'empty_layer'];

function ordered<T extends object>(obj: T, order: (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (obj[k] !== undefined) out[k as string] = obj[k];
  return out;
}

function sortedKeys(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj).sort()) out[k] = obj[k];
  return out;
}

/** JSON.stringify plus Go's escaping of characters json.Marshal escapes by default. */
export function goJson(value: unknown, indent?: string): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function configToJson(cfg: ImageConfig): string {
  const config = ordered(cfg.config, CONFIG_ORDER);
  for (const k of ['ExposedPorts', 'Volumes', 'Labels'] as const) {
    const v = config[k] as Record<string, unknown> | null | undefined;
    if (v) config[k] = sortedKeys(v);
  }
  const top: Record<string, unknown> = {
    architecture: cfg.architecture,
    author: cfg.author,
    config,
    container: cfg.container,
    created: cfg.created,
    history: cfg.history.map((h) => ordered(h, HISTORY_ORDER)),
    os: cfg.os,
    rootfs: { type: cfg.rootfs.type, diff_ids: cfg.rootfs.diff_ids },
    variant: cfg.variant,
  };
  for (const k of Object.keys(top)) if (top[k] === undefined) delete top[k];
  return goJson(sortedKeys(top));
}

export function configToBytes(cfg: ImageConfig): Uint8Array {
  return new TextEncoder().encode(configToJson(cfg));
}

export function configFromBytes(bytes: Uint8Array): ImageConfig {
  const raw = JSON.parse(new TextDecoder().decode(bytes)) as Partial<ImageConfig>;
  return {
    ...raw,
    architecture: raw.architecture ?? 'amd64',
    os: raw.os ?? 'linux',
    config: raw.config ?? {},
    history: raw.history ?? [],
    rootfs: { type: 'layers', diff_ids: raw.rootfs?.diff_ids ?? [] },
  };
}
