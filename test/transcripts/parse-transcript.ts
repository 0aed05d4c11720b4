import type { Transcript, TranscriptStep } from './transcript';

function fail(n: number, msg: string): never {
  throw new Error(`transcript line ${n + 1}: ${msg}`);
}

function joinLines(lines: string[], noEol: boolean): string {
  if (lines.length === 0) return '';
  return lines.join('\n') + (noEol ? '' : '\n');
}

/** Parses the text form written by formatTranscript (README.md); throws on any malformed line. */
export function parseTranscript(text: string): Transcript {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header: string[] = [];
  const steps: TranscriptStep[] = [];
  let i = 0;
  for (; i < lines.length && !lines[i].startsWith('$ '); i++) {
    const l = lines[i];
    if (l === '') continue;
    if (l === '#') header.push('');
    else if (l.startsWith('# ')) header.push(l.slice(2));
    else fail(i, `expected a header line, got ${JSON.stringify(l)}`);
  }
  while (i < lines.length) {
    if (lines[i] === '') { i++; continue; }
    if (!lines[i].startsWith('$ ')) fail(i, `expected "$ command", got ${JSON.stringify(lines[i])}`);
    const cmd = lines[i++].slice(2);
    const out: string[] = [], err: string[] = [];
    let outNoEol = false, errNoEol = false;
    let last: '|' | '!' | '' = '';
    for (; i < lines.length && !lines[i].startsWith('[exit '); i++) {
      const l = lines[i];
      const mark = l[0];
      if ((mark === '|' || mark === '!') && (l.length === 1 || l[1] === ' ')) {
        if ((mark === '|' && (outNoEol || err.length > 0)) || (mark === '!' && errNoEol)) fail(i, 'output after the end of its stream');
        (mark === '|' ? out : err).push(l.slice(2));
        last = mark;
      } else if (l === '\\ no newline at end') {
        if (last === '') fail(i, 'no-newline marker without output');
        if (last === '|') outNoEol = true; else errNoEol = true;
      } else fail(i, `expected output or [exit N], got ${JSON.stringify(l)}`);
    }
    const m = /^\[exit (\d+)\]$/.exec(lines[i] ?? '');
    if (!m) fail(i, 'missing [exit N]');
    i++;
    const step: TranscriptStep = { cmd, stdout: joinLines(out, outNoEol), stderr: joinLines(err, errNoEol), exit: Number(m[1]), notes: [] };
    const v28: { stdout?: string[]; stderr?: string[]; exit?: number } = {};
    for (; i < lines.length && lines[i].startsWith('# '); i++) {
      const l = lines[i].slice(2);
      const v = /^v28 (stdout|stderr|exit): (.*)$/.exec(l);
      if (l.startsWith('note: ')) step.notes.push(l.slice(6));
      else if (v && v[1] === 'exit') v28.exit = Number(v[2]);
      else if (v) (v28[v[1] as 'stdout' | 'stderr'] ??= []).push(v[2]);
      else fail(i, `unknown annotation ${JSON.stringify(l)}`);
    }
    if (Object.keys(v28).length > 0) {
      step.v28 = {};
      for (const k of ['stdout', 'stderr'] as const) {
        const ls = v28[k];
        if (ls) step.v28[k] = ls.length === 1 && ls[0] === '(empty)' ? '' : ls.join('\n') + '\n';
      }
      if (v28.exit !== undefined) step.v28.exit = v28.exit;
    }
    steps.push(step);
  }
  return { header, steps };
}
