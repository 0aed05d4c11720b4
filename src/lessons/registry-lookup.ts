import type { Sandbox } from '../sandbox/sandbox';
import type { RegistryTransport } from '../engine/registry/registry-transport';
import { digestOf } from '../engine/digest';
import { parseNormalizedNamed, type Reference } from '../engine/reference';
import type { CheckContext } from './evaluate-check';

export type RegistryLookup = NonNullable<CheckContext['registry']>;

export interface RegistryLookupOptions {
  /**
   * Where a registry the sandbox network does not answer is reached. Default: none (a lesson
   * check never goes out to the real network; the learner's push may, the check reads what
   * the sandbox itself holds).
   */
  outside?: RegistryTransport;
}

/**
 * The lessons' `registry` check over what the sandbox holds: the image ID (sha256 of the
 * config bytes, DESIGN.md "Image") stored under a reference on the built-in hub, or on a
 * registry reached through the sandbox network (a `registry:2` container published on
 * localhost:5000). Undefined when the registry does not have that repository:tag.
 */
export function registryLookup(sandbox: Sandbox, o: RegistryLookupOptions = {}): RegistryLookup {
  return async (registry, ref) => {
    let r: Reference;
    try {
      r = parseNormalizedNamed(ref);
    } catch {
      return undefined;
    }
    const onHub = registry === 'hub' || registry === 'docker.io';
    if (onHub !== (r.domain === 'docker.io')) return undefined;
    if (!onHub && r.domain !== registry) return undefined;
    try {
      return onHub ? await onTheHub(sandbox, r) : await onRegistry(sandbox, r, o.outside);
    } catch {
      return undefined;
    }
  };
}

async function onTheHub(sandbox: Sandbox, r: Reference): Promise<string | undefined> {
  if (!sandbox.hub) return undefined;
  const hub = await sandbox.hub();
  // A private repository still holds the image: ask as its owner, not as a passer-by.
  const owner = (await hub.repo(r.path))?.owner;
  const resolved = await hub.resolve(r, owner);
  return digestOf(resolved.configBytes);
}

async function onRegistry(sandbox: Sandbox, r: Reference, outside: RegistryTransport | undefined): Promise<string | undefined> {
  const [{ sandboxRegistryTransport }, { OciClient }, { TransportError }] = await Promise.all([
    import('../engine/registry/sandbox-registry-transport'),
    import('../engine/registry/oci-client'),
    import('../engine/registry/registry-transport'),
  ]);
  const nowhere: RegistryTransport = async (req) => {
    throw new TransportError('refused', `dial tcp ${new URL(req.url).host}: connect: connection refused`);
  };
  const client = new OciClient(r.domain, sandboxRegistryTransport(sandbox.engine.network, outside ?? nowhere));
  const m = JSON.parse(new TextDecoder().decode((await client.manifest(r.path, r.digest ?? r.tag ?? 'latest')).bytes)) as { config?: { digest?: string } };
  // A manifest's config descriptor is the config blob's digest, which is the image ID.
  return m.config?.digest;
}
