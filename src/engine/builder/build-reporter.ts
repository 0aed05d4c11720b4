/**
 * What a build tells its client, step by step; the CLI turns it into the legacy builder's
 * `Step 1/3 : ...` stream or BuildKit's progress. DOM-free, text only.
 */
export interface BuildStep {
  /** 1-based over the whole build (legacy `Step n/N`, meta ARGs included). */
  index: number;
  total: number;
  /** The instruction as written (continuations joined). */
  text: string;
  /** BuildKit's stage label: '' for the only stage, else the stage name or `stage-N`. */
  stage: string;
  /** 1-based within the stage, FROM being 1 (BuildKit `[2/3]`); 0 for meta ARGs. */
  stageIndex: number;
  stageTotal: number;
  cmd: string;
}

export interface BuildReporter {
  step(s: BuildStep): void;
  /** FROM: the base image ID ('' for scratch). */
  base(id: string, ref: string): void;
  running(containerId: string): void;
  output(stream: 'stdout' | 'stderr', chunk: string): void;
  removed(containerId: string): void;
  cached(): void;
  /** The step's resulting image (legacy: an intermediate image ID). */
  done(imageId: string): void;
}
