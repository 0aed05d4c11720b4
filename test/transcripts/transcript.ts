/** What one recorded command printed; see README.md for the text form. */
export interface TranscriptStep {
  /** The command line as typed (run by bash -c in the recording directory). */
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
  /** Free-text notes (`# note: ...` lines after the step). */
  notes: string[];
  /**
   * What Docker 28 prints instead, where the 20.10 recording daemon's wording differs
   * (`# v28 stdout:` / `# v28 stderr:` / `# v28 exit:` lines). A stream given here replaces
   * the recorded one as a whole; a stream left out is the same in v28.
   */
  v28?: { stdout?: string; stderr?: string; exit?: number };
}

export interface Transcript {
  /** Header lines without their leading `# ` (versions, date, start state, description). */
  header: string[];
  steps: TranscriptStep[];
}

/** The step as Docker 28 prints it: the recording with its `# v28` replacements applied. */
export function v28View(step: TranscriptStep): TranscriptStep {
  const v = step.v28;
  if (!v) return step;
  return { ...step, stdout: v.stdout ?? step.stdout, stderr: v.stderr ?? step.stderr, exit: v.exit ?? step.exit };
}
