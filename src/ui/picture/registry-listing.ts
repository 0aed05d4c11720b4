import type { Engine } from '../../engine/engine';
import { OciClient, RegistryHttpError } from '../../engine/registry/oci-client';
import { fetchTransport } from '../../engine/registry/registry-transport';
import { sandboxRegistryTransport } from '../../engine/registry/sandbox-registry-transport';

/** What a registry's own API says it holds, or why it could not be asked. */
export type RegistryListing =
  | { state: 'listed'; repositories: Array<{ name: string; tags: string[] }>; more: boolean }
  /** The registry answered but would not list (401 without credentials, 404 when it has no catalog). */
  | { state: 'refused'; message: string }
  | { state: 'unreachable'; message: string };

/** How many repositories one listing reads (the area scrolls; a class registry can hold many). */
export const LISTING_LIMIT = 100;

/**
 * Lists a registry the learner talked to by the Distribution API, anonymously, reaching it as the
 * daemon does (a sandbox registry container, else the real host through fetch, which a real
 * registry answers only with CORS headers). Loaded with the registries area, never before.
 */
export async function listRegistry(engine: Engine, host: string): Promise<RegistryListing> {
  const client = new OciClient(host, sandboxRegistryTransport(engine.network, fetchTransport()));
  try {
    const { repositories, more } = await client.catalog(LISTING_LIMIT);
    const tags = await Promise.all(repositories.map((r) => client.tags(r).catch(() => [] as string[])));
    return { state: 'listed', repositories: repositories.map((name, i) => ({ name, tags: [...tags[i]].sort() })), more };
  } catch (e) {
    if (e instanceof RegistryHttpError) return { state: 'refused', message: e.message };
    if ((e as { code?: string }).code === 'registryUnreachable') return { state: 'unreachable', message: (e as Error).message };
    return { state: 'unreachable', message: e instanceof Error ? e.message : String(e) };
  }
}
