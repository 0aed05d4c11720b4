import type { Engine } from '../engine';
import { errors } from '../errors';
import { parseNormalizedNamed } from '../reference';
import type { HubAuth, ProgressSink, TransferOptions } from './hub-api';
import { OciClient, RegistryHttpError } from './oci-client';
import { ociPull } from './oci-pull';
import { ociPush, type BlobSightings } from './oci-push';
import type { RegistryTransport } from './registry-transport';

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

  constructor(private readonly transport: RegistryTransport) {}

  client(domain: string, auth?: HubAuth): OciClient {
    return new OciClient(domain, this.transport, auth);
  }

  pull(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void> {
    const domain = parseNormalizedNamed(ref).domain;
    return ociPull(this.client(domain, o.auth), engine, ref, sink, o);
  }

  push(engine: Engine, ref: string, sink: ProgressSink, o: TransferOptions & { auth?: HubAuth }): Promise<void> {
    const domain = parseNormalizedNamed(ref).domain;
    let seen = this.#seen.get(domain);
    if (!seen) this.#seen.set(domain, (seen = new Map()));
    return ociPush(this.client(domain, o.auth), seen, engine, ref, sink, o);
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
