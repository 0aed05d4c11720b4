import type { Output, ProcessContext } from '../../shell/process';
import type { DockerDeps } from '../docker-deps';
import type { HubService } from '../../engine/registry/hub-api';
import type { OciRegistryService } from '../../engine/registry/oci-registry';
import { errors } from '../../engine/errors';
import { refString, type Reference } from '../../engine/reference';
import { JsonMessageDisplay } from './json-message-display';
import { DockerConfig, INDEX_SERVER } from './docker-config';

const registries = new WeakMap<object, Promise<OciRegistryService>>();

/**
 * Registries other than docker.io, over the OCI Distribution API: a registry container the
 * sandbox network reaches on that host:port, else the real host through fetch. Loaded on first use.
 */
export function loadRegistry(d: DockerDeps): Promise<OciRegistryService> {
  let r = registries.get(d.engine);
  if (!r) {
    r = Promise.all([import('../../engine/registry/oci-registry'), import('../../engine/registry/registry-transport'), import('../../engine/registry/sandbox-registry-transport')])
      .then(([m, t, s]) => new m.OciRegistry(s.sandboxRegistryTransport(d.engine.network, t.fetchTransport()), d.registryEvents));
    registries.set(d.engine, r);
  }
  return r;
}

/** The service a reference's domain names: the built-in hub for docker.io, else a real registry. */
export async function registryFor(d: DockerDeps, ref: Reference): Promise<Pick<HubService, 'pull' | 'push'>> {
  return ref.domain === 'docker.io' ? loadHub(d) : loadRegistry(d);
}

/** The key docker/cli keeps a registry's credentials under in config.json. */
export function configKey(domain: string): string {
  return domain === 'docker.io' ? INDEX_SERVER : domain;
}

/** The hub, loaded on first use (its module and the catalog stay out of the first download). */
export async function loadHub(d: DockerDeps): Promise<HubService> {
  if (!d.hub) throw errors.notSimulated('Docker Hub');
  return d.hub();
}

/** A progress display on `out`, drawn in place when the process runs on an interactive terminal. */
export function displayFor(p: ProcessContext, out: Output): JsonMessageDisplay {
  // docker/cli checks the stream it writes to: run/create's pull goes to stderr.
  const t = out === p.stderr ? p.stderrTty : p.tty;
  return new JsonMessageDisplay(out, !!t?.interactive, t?.columns ?? 200);
}

/** Simulated network time only on an interactive terminal, unless the sandbox forces instant transfers. */
export function transferOptions(d: DockerDeps, p: ProcessContext, domain = 'docker.io') {
  return { instant: d.transfers?.instant ?? !p.tty?.interactive, bytesPerSecond: d.transfers?.bytesPerSecond, signal: p.signal, auth: DockerConfig.auth(p, configKey(domain)) };
}

/** The pull `docker pull` and `docker run`/`create` share (the stream goes to `out`). */
export async function pullImage(d: DockerDeps, p: ProcessContext, ref: Reference, out: Output): Promise<void> {
  const registry = await registryFor(d, ref);
  const display = displayFor(p, out);
  await registry.pull(d.engine, refString(ref), (m) => display.show(m), transferOptions(d, p, ref.domain));
}

export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
