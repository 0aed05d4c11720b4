import type { EncodedChangeset } from '../layer/changeset-codec';

/**
 * What the built-in hub keeps in its own tables (never the engine's): repositories in
 * 'registry' ("repo:<user>/<name>"), content by digest in 'blobs'. Official images are not
 * copied here: they are served from the catalog.
 */
export interface HubRepoRecord {
  /** "alice/app" */
  path: string;
  owner: string;
  private: boolean;
  /** tag -> manifest digest */
  tags: Record<string, string>;
  /** tag -> when it was last pushed (RFC 3339), for the hub page. */
  pushed: Record<string, string>;
}

export type HubBlobRecord =
  | { kind: 'manifest'; bytes: Uint8Array; repos: string[] }
  | { kind: 'config'; bytes: Uint8Array; repos: string[] }
  | {
      kind: 'layer';
      diffId: string;
      blobSize: number;
      /** Canonical tar bytes (what "Pushing" counts). */
      tarSize: number;
      repos: string[];
      /** The layer's entries; null when the content is an official layer (`catalogId`). */
      data: EncodedChangeset | null;
      catalogId?: string;
    };

export const repoKey = (path: string) => `repo:${path}`;
/** diffID -> blob digest of layers the hub holds, so a second push need not compress again. */
export const diffKey = (diffId: string) => `diff:${diffId}`;
