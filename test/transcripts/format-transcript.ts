import type { Transcript, TranscriptStep } from './transcript';

// Every output line gets a two-character stream marker, so no output can be mistaken for a
// command, an exit line or a note, and trailing spaces and blank lines survive unchanged.
function streamLines(text: string, mark: '|' | '!'): string[] {
  if (text === '') return [];
  const noEol = !text.endsWith('\n');
  const lines = (noEol ? text : text.slice(0, -1)).split('\n').map((l) => (l === '' ? mark : `${mark} ${l}`));
  if (noEol) lines.push('\\ no newline at end');
  return lines;
}

function v28Lines(step: TranscriptStep): string[] {
  const out: string[] = [];
  const v = step.v28;
  if (!v) return out;
  for (const key of ['stdout', 'stderr'] as const) {
    const text = v[key];
    if (text === undefined) continue;
    if (text === '') out.push(`# v28 ${key}: (empty)`);
    else for (const l of text.replace(/\n$/, '').split('\n')) out.push(`# v28 ${key}: ${l}`);
  }
  if (v.exit !== undefined) out.push(`# v28 exit: ${v.exit}`);
  return out;
}

/** The text form of a transcript (README.md): header, then one block per step. */
export function formatTranscript(t: Transcript): string {
  const out: string[] = t.header.map((h) => (h === '' ? '#' : `# ${h}`));
  for (const step of t.steps) {
    if (step.cmd.includes('\n')) throw new Error(`command lines are one line: ${JSON.stringify(step.cmd)}`);
    out.push('', `$ ${step.cmd}`, ...streamLines(step.stdout, '|'), ...streamLines(step.stderr, '!'), `[exit ${step.exit}]`);
    out.push(...step.notes.map((n) => `# note: ${n}`), ...v28Lines(step));
  }
  return out.join('\n') + '\n';
}
