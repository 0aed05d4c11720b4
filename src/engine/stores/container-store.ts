import type { ContainerConfig } from '../image/image-config';
import type { Changeset } from '../layer/entry';
import { decodeChangeset, encodeChangeset, type EncodedChangeset } from '../layer/changeset-codec';
import type { Store, WriteOp } from '../../storage/store';

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface ContainerState {
  Status: ContainerStatus;
  Running: boolean;
  ExitCode: number;
  StartedAt: string; // "0001-01-01T00:00:00Z" until started, as Docker
  FinishedAt: string;
  Pid: number;
}

export interface PortBinding {
  hostIp: string;
  hostPort: string;
  /** "80/tcp" */
  containerPort: string;
}

export interface ContainerRecord {
  id: string; // 64 hex
  name: string; // without the leading "/"
  image: string; // image ID (sha256:...)
  /** The image as the user named it ("ubuntu", "ubuntu:22.04", or an ID): docker ps shows it. */
  imageRef: string;
  /** The image's diffIDs at creation: the container's lower layers, kept even if the image goes. */
  layers: string[];
  created: string;
  path: string;
  args: string[];
  config: ContainerConfig & { Image: string; Tty: boolean; OpenStdin: boolean; AttachStdin: boolean; AttachStdout: boolean; AttachStderr: boolean; Domainname: string; StdinOnce: boolean };
  hostConfig: { AutoRemove: boolean; PortBindings: PortBinding[] };
  state: ContainerState;
  restartCount: number;
}

export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** Containers' metadata and their writable (upper) layers, stored apart so listing stays cheap. */
export class ContainerStore {
  #containers = new Map<string, ContainerRecord>();
  #uppers = new Map<string, Changeset>();

  constructor(private readonly store: Store) {}

  async load(): Promise<void> {
    this.#containers.clear();
    this.#uppers.clear();
    for (const [, rec] of await this.store.getAll<ContainerRecord>('containers')) this.#containers.set(rec.id, rec);
  }

  get(id: string): ContainerRecord | undefined {
    return this.#containers.get(id);
  }

  ids(): string[] {
    return [...this.#containers.keys()];
  }

  all(): ContainerRecord[] {
    return [...this.#containers.values()];
  }

  byName(name: string): ContainerRecord | undefined {
    for (const c of this.#containers.values()) if (c.name === name) return c;
    return undefined;
  }

  async upper(id: string): Promise<Changeset> {
    const cached = this.#uppers.get(id);
    if (cached) return cached;
    const raw = await this.store.get<EncodedChangeset>('containerData', id);
    const cs = raw === undefined ? [] : decodeChangeset(raw);
    this.#uppers.set(id, cs);
    return cs;
  }

  putOps(rec: ContainerRecord): WriteOp[] {
    return [{ op: 'put', table: 'containers', key: rec.id, value: rec }];
  }

  upperOps(id: string, upper: Changeset): WriteOp[] {
    return [{ op: 'put', table: 'containerData', key: id, value: encodeChangeset(upper) }];
  }

  deleteOps(id: string): WriteOp[] {
    return [
      { op: 'delete', table: 'containers', key: id },
      { op: 'delete', table: 'containerData', key: id },
    ];
  }

  set(rec: ContainerRecord): void {
    this.#containers.set(rec.id, rec);
  }

  setUpper(id: string, upper: Changeset): void {
    this.#uppers.set(id, upper);
  }

  removed(id: string): void {
    this.#containers.delete(id);
    this.#uppers.delete(id);
  }
}
