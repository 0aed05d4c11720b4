import type { Store } from '../../storage/store';
import type { Engine } from '../engine';
import type { RandomSource } from '../random';
import type { Changeset } from '../layer/entry';
import { decodeChangeset } from '../layer/changeset-codec';
import { configToBytes } from '../image/config-json';
import { digestOf } from '../digest';
import { EngineError, errors } from '../errors';
import { familiarName, familiarString, parseNormalizedNamed, type Reference } from '../reference';
import { Catalog, type FetchJson } from './catalog';
import type { CatalogImage, CatalogLayerFacts } from './catalog-format';
import { HubAccounts } from './hub-accounts';
import type { HubAuth, HubService, ProgressSink, SearchResult, TransferOptions } from './hub-api';
import { repoKey, type HubBlobRecord, type HubRepoRecord } from './hub-records';
import { hubPull } from './hub-pull';
import { hubPush } from './hub-push';
import { HubEvents } from './hub-events';
import { hubListing, type HubListingView } from './hub-listing';

export interface ResolvedLayer {
  /** Blob digest (the pull progress ID is its first 12 hex). */
  digest: string;
  blobSize: number;
  diffId: string;
  /** Bytes of the canonical tar, known from the hub's record: the pull need not hash the layer. */
  tarSize?: number;
  load(): Promise<Changeset>;
}

/** A manifest the hub serves, with everything a pull needs. */
export interface ResolvedImage {
  /** "library/ubuntu", "alice/app" */
  path: string;
  manifestDigest: string;
  configBytes: Uint8Array;
  layers: ResolvedLayer[];
}

export interface HubOptions {
  store: Store;
  /** Reads the committed catalog (public/catalog/): fetch in the page, files in Node. */
  fetchJson: FetchJson;
  random: RandomSource;
  now: () => Date;
  /** Where the hub announces pushes and logins (the sandbox keeps it, so views can subscribe early). */
  events?: HubEvents;
}

/**
 * The sandbox's Docker Hub (DESIGN.md "Registry"): official images served read-only from the
 * catalog, users' repositories in its own tables, accounts local to the sandbox.
 */
export class Hub implements HubService {
  readonly catalog: Catalog;
  readonly accounts: HubAccounts;
  readonly store: Store;
  readonly now: () => Date;
  readonly events: HubEvents;
  #official: Promise<Map<string, { repo: string; facts: CatalogLayerFacts }>> | undefined;

  constructor(o: HubOptions) {
    this.store = o.store;
    this.now = o.now;
    this.events = o.events ?? new HubEvents();
    this.catalog = new Catalog(o.fetchJson);
    this.accounts = new HubAccounts(o.store, o.random);
  }

  async login(auth: HubAuth): Promise<{ created: boolean }> {
    const r = await this.accounts.login(auth);
    this.events.emit({ type: 'login', username: auth.username });
    return r;
  }

  async pull(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void> {
    return hubPull(this, engine, ref, sink, o);
  }

  async push(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void> {
    const r = parseNormalizedNamed(ref);
    const [repository, tag] = [r.path, r.tag ?? 'latest'];
    this.events.emit({ type: 'pushStarted', repository, tag, source: ref });
    let digest = '';
    const tee: ProgressSink = (m) => {
      sink(m);
      if (m.id !== undefined) this.events.emit({ type: 'pushProgress', repository, id: m.id, status: m.status, current: m.progress?.current ?? 0, total: m.progress?.total ?? 0 });
      else digest = /digest: (sha256:[0-9a-f]{64})/.exec(m.status)?.[1] ?? digest;
    };
    try {
      await hubPush(this, engine, ref, tee, o);
    } catch (e) {
      this.events.emit({ type: 'pushFailed', repository, tag });
      throw e;
    }
    this.events.emit({ type: 'pushed', repository, tag, digest });
  }

  /** What the hub page shows to `user` (undefined: not logged in). */
  listing(user: string | undefined, o: { official?: boolean } = {}): Promise<HubListingView> {
    return hubListing(this, user, o);
  }

  repo(path: string): Promise<HubRepoRecord | undefined> {
    return this.store.get<HubRepoRecord>('registry', repoKey(path));
  }

  blob(digest: string): Promise<HubBlobRecord | undefined> {
    return this.store.get<HubBlobRecord>('blobs', digest);
  }

  async setPrivate(auth: HubAuth, repository: string, isPrivate: boolean): Promise<void> {
    const user = await this.accounts.verify(auth);
    const rec = await this.repo(repository);
    if (!rec || rec.owner !== user) throw errors.pushDenied();
    await this.store.write([{ op: 'put', table: 'registry', key: repoKey(repository), value: { ...rec, private: isPrivate } }]);
    this.events.emit({ type: 'repositoryChanged', repository });
  }

  /** The manifest a reference names, or Docker's pull errors (nothing is stored either way). */
  async resolve(ref: Reference, user: string | undefined): Promise<ResolvedImage> {
    if (ref.domain !== 'docker.io') throw errors.notSimulated(`the registry ${ref.domain}`);
    if (ref.path.startsWith('library/') && !ref.path.slice(8).includes('/')) return this.resolveOfficial(ref);
    const rec = await this.repo(ref.path);
    if (!rec || (rec.private && rec.owner !== user)) throw errors.pullAccessDenied(familiarName(ref));
    const digest = ref.digest ?? rec.tags[ref.tag ?? 'latest'];
    const manifest = digest ? await this.blob(digest) : undefined;
    if (!manifest || manifest.kind !== 'manifest' || !manifest.repos.includes(ref.path)) throw errors.manifestUnknown(familiarString(ref));
    const m = JSON.parse(new TextDecoder().decode(manifest.bytes)) as { config: { digest: string }; layers: Array<{ digest: string; size: number }> };
    const config = await this.blob(m.config.digest);
    if (!config || config.kind !== 'config') throw errors.manifestUnknown(familiarString(ref));
    const diffIds = (JSON.parse(new TextDecoder().decode(config.bytes)) as { rootfs: { diff_ids: string[] } }).rootfs.diff_ids;
    const layers: ResolvedLayer[] = [];
    for (const [i, l] of m.layers.entries()) {
      const b = await this.blob(l.digest);
      if (!b || b.kind !== 'layer') throw new Error(`hub: blob ${l.digest} of ${ref.path} is missing`);
      const data = b.data;
      const catalogId = b.catalogId;
      layers.push({
        digest: l.digest,
        blobSize: l.size,
        diffId: diffIds[i],
        tarSize: b.diffId === diffIds[i] ? b.tarSize : undefined,
        load: () => (data ? Promise.resolve(decodeChangeset(data)) : this.catalog.changeset(catalogId!)),
      });
    }
    return { path: ref.path, manifestDigest: digest, configBytes: config.bytes, layers };
  }

  private async resolveOfficial(ref: Reference): Promise<ResolvedImage> {
    const repo = await this.catalog.repository(ref.path);
    if (!repo) throw errors.pullAccessDenied(familiarName(ref));
    let image: CatalogImage | undefined;
    if (ref.digest) {
      for (const key of new Set(Object.values(repo.tags))) {
        const img = await this.catalog.image(key);
        if (img.manifestDigest === ref.digest) image = img;
      }
    } else image = await this.catalog.find(repo.name, ref.tag ?? 'latest');
    if (!image) throw errors.manifestUnknown(familiarString(ref));
    const configBytes = configToBytes(image.config);
    // The catalog promises its config serializes to configDigest; a mismatch is a catalog bug.
    if ((await digestOf(configBytes)) !== image.configDigest) throw new Error(`catalog image ${image.key}: config bytes do not hash to ${image.configDigest}`);
    return {
      path: ref.path,
      manifestDigest: image.manifestDigest,
      configBytes,
      layers: image.layers.map((f) => ({ digest: f.digest, blobSize: f.blobSize, diffId: f.diffId, tarSize: f.tarSize, load: () => this.catalog.changeset(f.id) })),
    };
  }

  /** diffID -> the official repository and facts of a catalog layer (push mounts these). */
  officialLayers(): Promise<Map<string, { repo: string; facts: CatalogLayerFacts }>> {
    this.#official ??= (async () => {
      const map = new Map<string, { repo: string; facts: CatalogLayerFacts }>();
      for (const r of (await this.catalog.index()).repositories) {
        for (const key of new Set(Object.values(r.tags))) {
          for (const facts of (await this.catalog.image(key)).layers) if (!map.has(facts.diffId)) map.set(facts.diffId, { repo: `library/${r.name}`, facts });
        }
      }
      return map;
    })();
    return this.#official;
  }

  /** Official repositories and public user repositories whose name or description matches. */
  async search(term: string, o: { limit: number }): Promise<SearchResult[]> {
    const limit = o.limit === 0 ? 25 : o.limit;
    if (limit < 1 || limit > 100) throw new EngineError('invalidParameter', 'invalidParameter', `limit ${limit} is outside the range of [1, 100]`);
    const t = term.replace(/^(docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '').toLowerCase();
    const results: SearchResult[] = (await this.catalog.search(t)).map((r) => ({ name: r.name, description: r.description, starCount: r.stars, isOfficial: r.official }));
    for (const [, rec] of await this.store.getAll<HubRepoRecord | { username: string }>('registry')) {
      if (!('path' in rec) || rec.private || !rec.path.includes(t)) continue;
      results.push({ name: rec.path, description: '', starCount: 0, isOfficial: false });
    }
    // Docker Hub ranks by relevance; here: the exact name first, then by stars.
    results.sort((a, b) => Number(b.name === t) - Number(a.name === t) || b.starCount - a.starCount);
    return results.slice(0, limit);
  }
}
