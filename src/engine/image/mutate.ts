import type { ContainerConfig, HistoryEntry, ImageConfig } from './image-config';

/**
 * Pure helpers that return new image configs (go-containerregistry's `mutate`): images are
 * immutable values; `FROM scratch` is EMPTY_IMAGE.
 */
export const EMPTY_IMAGE: ImageConfig = Object.freeze({
  architecture: 'amd64',
  os: 'linux',
  config: {},
  history: [],
  rootfs: { type: 'layers', diff_ids: [] },
}) as ImageConfig;

/** Appends a layer (or, with diffId undefined, an empty_layer history entry). */
export function appendLayer(base: ImageConfig, diffId: string | undefined, history: HistoryEntry): ImageConfig {
  const entry: HistoryEntry = { ...history };
  if (diffId === undefined) entry.empty_layer = true;
  else delete entry.empty_layer;
  return {
    ...base,
    created: history.created ?? base.created,
    history: [...base.history, entry],
    rootfs: { type: 'layers', diff_ids: diffId === undefined ? [...base.rootfs.diff_ids] : [...base.rootfs.diff_ids, diffId] },
  };
}

export function withConfig(base: ImageConfig, config: ContainerConfig): ImageConfig {
  return { ...base, config: structuredClone(config) };
}

export function withAuthor(base: ImageConfig, author: string | undefined): ImageConfig {
  const next = { ...base };
  if (author) next.author = author;
  else delete next.author;
  return next;
}
