import type { Hub } from './hub';
import type { HubRepoRecord } from './hub-records';

/** One pushed tag as the hub page shows it. */
export interface HubTagView {
  tag: string;
  /** Manifest digest: what `docker push` printed after "digest:". */
  digest: string;
  /** Sum of the compressed layer blobs, as Docker Hub's "Compressed size". */
  compressedSize: number;
  layers: Array<{ digest: string; size: number }>;
  /** RFC 3339, from the push. */
  pushed: string;
}

export interface HubRepoView {
  /** "alice/app" */
  path: string;
  owner: string;
  private: boolean;
  /** Newest push first. */
  tags: HubTagView[];
}

export interface HubOfficialView {
  name: string;
  description: string;
  stars: number;
  tags: string[];
}

export interface HubListingView {
  /** Repositories `user` may see: their own (public and private), then others' public ones. */
  repositories: HubRepoView[];
  official: HubOfficialView[];
}

const dec = new TextDecoder();

/** Everything the hub page draws, read from the hub's tables and the catalog index. */
export async function hubListing(hub: Hub, user: string | undefined, o: { official?: boolean } = {}): Promise<HubListingView> {
  const repositories: HubRepoView[] = [];
  for (const [, rec] of await hub.store.getAll<HubRepoRecord | { username: string }>('registry')) {
    if (!rec || typeof rec !== 'object' || !('path' in rec)) continue;
    if (rec.private && rec.owner !== user) continue;
    repositories.push(await repoView(hub, rec));
  }
  repositories.sort((a, b) => Number(b.owner === user) - Number(a.owner === user) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const official: HubOfficialView[] = [];
  if (o.official !== false) {
    for (const r of (await hub.catalog.index()).repositories) official.push({ name: r.name, description: r.description, stars: r.stars, tags: Object.keys(r.tags) });
  }
  return { repositories, official };
}

async function repoView(hub: Hub, rec: HubRepoRecord): Promise<HubRepoView> {
  const tags: HubTagView[] = [];
  for (const [tag, digest] of Object.entries(rec.tags)) {
    const blob = await hub.blob(digest);
    let layers: Array<{ digest: string; size: number }> = [];
    if (blob?.kind === 'manifest') layers = (JSON.parse(dec.decode(blob.bytes)) as { layers: Array<{ digest: string; size: number }> }).layers.map((l) => ({ digest: l.digest, size: l.size }));
    tags.push({ tag, digest, compressedSize: layers.reduce((n, l) => n + l.size, 0), layers, pushed: rec.pushed[tag] ?? '' });
  }
  tags.sort((a, b) => (a.pushed < b.pushed ? 1 : a.pushed > b.pushed ? -1 : a.tag < b.tag ? -1 : 1));
  return { path: rec.path, owner: rec.owner, private: rec.private, tags };
}
