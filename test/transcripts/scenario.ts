import type { TranscriptStep } from './transcript';

export interface StepOptions {
  /** Free-text note kept with the step (`# note:`). */
  note?: string;
  /** Docker 28's text where the 20.10 daemon words it differently (cite the reference section in `note`). */
  v28?: TranscriptStep['v28'];
}

/** What a scenario drives: every run() is recorded as one step; pause() is not a step. */
export interface Recorder {
  run(cmd: string, opts?: StepOptions): TranscriptStep;
  /** Waits so that creation times differ (the sandbox pins its clock instead). */
  pause(seconds: number): void;
}

/** One transcript file: test/transcripts/docker/<name>.txt, recorded from a reset daemon. */
export interface Scenario {
  name: string;
  /** One or more lines for the header. */
  description: string[];
  run(r: Recorder): void;
}
