import type { Output, ProcessContext } from '../../shell/process';
import type { DockerDeps } from '../docker-deps';
import type { HubService } from '../../engine/registry/hub-api';
import { errors } from '../../engine/errors';
import { refString, type Reference } from '../../engine/reference';
import { JsonMessageDisplay } from './json-message-display';
import { DockerConfig } from './docker-config';

/** The hub, loaded on first use (its module and the catalog stay out of the first download). */
export async function loadHub(d: DockerDeps): Promise<HubService> {
  if (!d.hub) throw errors.notSimulated('Docker Hub');
  return d.hub();
}

/** A progress display on `out`, drawn in place when the process runs on an interactive terminal. */
export function displayFor(p: ProcessContext, out: Output): JsonMessageDisplay {
  return new JsonMessageDisplay(out, !!p.tty?.interactive, p.tty?.columns ?? 200);
}

/** Simulated network time only on an interactive terminal, unless the sandbox forces instant transfers. */
export function transferOptions(d: DockerDeps, p: ProcessContext) {
  return { instant: d.transfers?.instant ?? !p.tty?.interactive, bytesPerSecond: d.transfers?.bytesPerSecond, signal: p.signal, auth: DockerConfig.auth(p) };
}

/** The pull `docker pull` and `docker run`/`create` share (the stream goes to `out`). */
export async function pullImage(d: DockerDeps, p: ProcessContext, ref: Reference, out: Output): Promise<void> {
  const hub = await loadHub(d);
  const display = displayFor(p, out);
  await hub.pull(d.engine, refString(ref), (m) => display.show(m), transferOptions(d, p));
}

export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
