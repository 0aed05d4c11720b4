import type { Engine } from '../../engine/engine';
import type { OciEvent } from '../../engine/registry/oci-events';
import type { RegistryListing } from './registry-listing';

/** A registry the learner pushed to or pulled from this session, outside the sandbox. */
export interface RemoteRegistry {
  host: string;
  /** What this session pushed there or pulled from there: repository to tags, both sorted. */
  known: Array<{ name: string; tags: string[] }>;
  /** The registry's own catalog, once asked (undefined while the question is out). */
  listing: RegistryListing | undefined;
}

/** "localhost:5000" and "127.0.0.1:5000" name the same loopback port. */
export function sameRegistry(a: string, b: string): boolean {
  const loop = (h: string) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(h);
  const port = (h: string) => /:(\d+)$/.exec(h)?.[1] ?? '';
  return a === b || (loop(a) && loop(b) && port(a) === port(b));
}

/**
 * Every registry other than the hub that the learner talked to, in order of first contact, with
 * what the session knows of it and what its catalog lists. Fed by the sandbox's registry events;
 * the listing module loads on the first contact only.
 */
export class RemoteRegistries {
  all = $state<RemoteRegistry[]>([]);
  #runs = new Map<string, number>();

  constructor(private readonly engine: Engine) {}

  apply(e: OciEvent): void {
    if (e.type === 'pushStarted' || e.type === 'pushProgress' || e.type === 'pullStarted' || e.type === 'pullProgress') return;
    let r = this.all.find((x) => x.host === e.registry);
    if (!r) {
      this.all.push({ host: e.registry, known: [], listing: undefined });
      r = this.all.at(-1)!;
    }
    // A tag pushed or pulled is on the registry (a digest pull names no tag to show).
    if ((e.type === 'pushed' || e.type === 'pulled') && !e.tag.startsWith('sha256:')) remember(r, e.repository, e.tag);
    void this.relist(e.registry);
  }

  /** Asks the registry for its catalog again; only the latest of overlapping answers lands. */
  async relist(host: string): Promise<void> {
    const run = (this.#runs.get(host) ?? 0) + 1;
    this.#runs.set(host, run);
    const { listRegistry } = await import('./registry-listing');
    const listing = await listRegistry(this.engine, host);
    const r = this.all.find((x) => x.host === host);
    if (r && this.#runs.get(host) === run) r.listing = listing;
  }

  clear(): void {
    this.all = [];
    this.#runs.clear();
  }
}

function remember(r: RemoteRegistry, name: string, tag: string): void {
  const repo = r.known.find((k) => k.name === name);
  if (!repo) {
    r.known.push({ name, tags: [tag] });
    r.known.sort((a, b) => a.name.localeCompare(b.name));
  } else if (!repo.tags.includes(tag)) repo.tags = [...repo.tags, tag].sort();
}
