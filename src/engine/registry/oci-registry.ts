import type { Engine } from '../engine';
import { errors } from '../errors';
import { parseNormalizedNamed } from '../reference';
import type { HubAuth, ProgressSink, TransferOptions } from './hub-api';
import { OciClient, RegistryHttpError } from './oci-client';
import { ociPull } from './oci-pull';
import { ociPush, type BlobSightings } from './oci-push';
import type { RegistryTransport } from './registry-transport';
import type { OciEvents } from './oci-events';

/** What the docker CLI asks of registries other than docker.io. */
export interface OciRegistryService {
  pull(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void>;
  push(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void>;
  /** `docker login HOST`: the /v2/ ping must pass with these credentials. */
  login(domain: string, auth: HubAuth): Promise<void>;
}

/**
 * Registries reached over the OCI Distribution API (a real one through fetch, or a registry
 * container inside the sandbox, whichever the transport reaches). Remembers which repositories
 * each blob was seen in, per registry, as the daemon's distribution metadata does, so a push
 * can mount instead of uploading.
 */
export class OciRegistry implements OciRegistryService {
  #seen = new Map<string, BlobSightings>();

  /** `events` hears each push's per-layer outcomes and each pull, for the picture. */
  constructor(private readonly transport: RegistryTransport, private readonly events?: OciEvents) {}

  private sightings(registry: string): BlobSightings {
    let seen = this.#seen.get(registry);
    if (!seen) this.#seen.set(registry, (seen = new Map()));
    return seen;
  }

  client(domain: string, auth?: HubAuth): OciClient {
    return new OciClient(domain, this.transport, auth);
  }

  async pull(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void> {
    const r = parseNormalizedNamed(ref);
    const said = { registry: r.domain, repository: r.path, tag: r.digest ?? r.tag ?? 'latest' };
    const ev = this.events;
    ev?.emit({ type: 'pullStarted', ...said });
    // Per-layer lines only: the first line's ID is the tag ("latest: Pulling from x").
    const tee: ProgressSink = (m) => {
      sink(m);
      if (m.id !== undefined && /^[0-9a-f]{12}$/.test(m.id)) ev?.emit({ type: 'pullProgress', ...said, id: m.id, status: m.status, current: m.progress?.current ?? 0, total: m.progress?.total ?? 0 });
    };
    try {
      await ociPull(this.client(r.domain, o.auth), engine, ref, tee, o, this.sightings(r.domain));
    } catch (e) {
      ev?.emit({ type: 'pullFailed', ...said, message: (e as Error).message });
      throw e;
    }
    ev?.emit({ type: 'pulled', ...said });
  }

  /** As Hub.push: the daemon's stream goes to `sink` and, per layer, to the events. */
  async push(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void> {
    const r = parseNormalizedNamed(ref);
    const [registry, repository, tag] = [r.domain, r.path, r.tag ?? 'latest'];
    const seen = this.sightings(registry);
    const ev = this.events;
    ev?.emit({ type: 'pushStarted', registry, repository, tag, source: ref });
    let digest = '';
    const tee: ProgressSink = (m) => {
      sink(m);
      if (m.id !== undefined) ev?.emit({ type: 'pushProgress', registry, repository, id: m.id, status: m.status, current: m.progress?.current ?? 0, total: m.progress?.total ?? 0 });
      else digest = /digest: (sha256:[0-9a-f]{64})/.exec(m.status)?.[1] ?? digest;
    };
    try {
      await ociPush(this.client(registry, o.auth), seen, engine, ref, tee, o);
    } catch (e) {
      ev?.emit({ type: 'pushFailed', registry, repository, tag, message: (e as Error).message });
      throw e;
    }
    ev?.emit({ type: 'pushed', registry, repository, tag, digest });
  }

  async login(domain: string, auth: HubAuth): Promise<void> {
    const c = this.client(domain, auth);
    try {
      await c.login();
    } catch (e) {
      // The daemon's login error names the ping URL: `Get "https://host/v2/": unauthorized: ...`.
      if (e instanceof RegistryHttpError) throw errors.registryMessage(`Get "${c.base}/v2/": ${e.message}`);
      throw e;
    }
  }
}
