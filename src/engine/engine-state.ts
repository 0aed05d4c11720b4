import type { Store, WriteOp } from '../storage/store';
import type { Clock } from './clock';
import type { RandomSource } from './random';
import type { EventBus } from './events';
import type { Executor } from './executor';
import { LayerStore } from './stores/layer-store';
import { ImageStore } from './stores/image-store';
import { ReferenceStore } from './stores/reference-store';
import { ContainerStore } from './stores/container-store';
import type { CowFs } from './fs/cow-fs';
import { ContainerLogs } from './container-logs';
import type { AttachPoint } from './attach-point';
import { SandboxNetwork } from './network/sandbox-network';
import { ContainerProcesses } from './container-processes';

export interface RunningProcess {
  abort: AbortController;
  done: Promise<number>;
  /** The exit code to record when the process ends because of `stop`/`kill`. */
  killedWith?: number;
  /** Where clients attach to the process's stdio (docker attach). */
  attach?: AttachPoint;
}

/**
 * Everything the engine operations share. Each operation computes its whole write batch first,
 * writes it in ONE store transaction, and only then updates the in-memory state, so a failed
 * write (full disk, closed tab) leaves both exactly as they were.
 */
export class EngineState {
  readonly layers: LayerStore;
  readonly images: ImageStore;
  readonly refs: ReferenceStore;
  readonly containers: ContainerStore;
  /** Filesystems of containers in use, so a running shell and `docker cp`/`diff` see the same bytes. */
  readonly liveFs = new Map<string, CowFs>();
  /** Filesystems being opened right now (containerFs shares one promise per container). */
  readonly openingFs = new Map<string, Promise<CowFs>>();
  readonly running = new Map<string, RunningProcess>();
  readonly logs = new ContainerLogs();
  readonly network = new SandboxNetwork();
  readonly processes = new ContainerProcesses();

  constructor(
    readonly store: Store,
    readonly clock: Clock,
    readonly random: RandomSource,
    readonly events: EventBus,
    public executor: Executor,
  ) {
    this.layers = new LayerStore(store);
    this.images = new ImageStore(store);
    this.refs = new ReferenceStore(store);
    this.containers = new ContainerStore(store);
  }

  async load(): Promise<void> {
    await Promise.all([this.layers.load(), this.images.load(), this.refs.load(), this.containers.load()]);
  }

  async commit(ops: WriteOp[], apply: () => void): Promise<void> {
    if (ops.length) await this.store.write(ops);
    apply();
  }
}
