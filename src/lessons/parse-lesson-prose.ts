import { parse as parseYaml } from 'yaml';
import type { LessonProse, StepProse } from './lesson';
import { LessonError } from './lesson-error';

/**
 * Parses one language's prose file (<lang>.md, format in lessons/README.md): a front matter
 * with title and summary, then `## intro`, `## step <id>: <title>` (with `### checks` and
 * `### hint` subsections), `## refusal <id>` and `## finish`. Headings inside code fences
 * are text.
 */
export function parseLessonProse(text: string, file: string): LessonProse {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  if (lines[0] !== '---') throw new LessonError(file, 1, 'a prose file starts with a front matter block (---)');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new LessonError(file, 1, 'the front matter block is not closed (---)');
  let front: unknown;
  try {
    front = parseYaml(lines.slice(1, end).join('\n'));
  } catch (e) {
    throw new LessonError(file, 2, `front matter: ${(e as Error).message.split('\n')[0]}`);
  }
  const f = (front ?? {}) as Record<string, unknown>;
  if (typeof f.title !== 'string' || !f.title) throw new LessonError(file, 2, 'the front matter needs a title');
  if (typeof f.summary !== 'string' || !f.summary) throw new LessonError(file, 2, 'the front matter needs a summary');
  const prose: LessonProse = { title: f.title, summary: f.summary, intro: '', finish: '', steps: {}, refusals: {} };

  type Sink = { text: string[]; line: number; set: (s: string) => void };
  let sink: Sink | null = null;
  let step: StepProse | null = null;
  let stepId = '';
  let inChecks = false;
  let fence = '';
  const flush = () => {
    if (sink) sink.set(sink.text.join('\n').trim());
    sink = null;
  };
  const open = (line: number, set: (s: string) => void) => {
    flush();
    sink = { text: [], line, set };
  };
  for (i = end + 1; i < lines.length; i++) {
    const line = lines[i];
    const n = i + 1;
    const f3 = /^\s*(```+|~~~+)/.exec(line);
    if (f3) fence = fence ? (f3[1].startsWith(fence) ? '' : fence) : f3[1];
    const h = fence || f3 ? null : /^(#{2,3}) (.*)$/.exec(line);
    if (!h) {
      if (inChecks && step) {
        const m = /^- `([^`]+)`: (.+)$/.exec(line);
        if (m) step.checks[m[1]] = m[2].trim();
        else if (line.trim()) throw new LessonError(file, n, 'a checks line reads: - `check-id`: what it means');
      } else if (sink) (sink as Sink).text.push(line);
      else if (line.trim()) throw new LessonError(file, n, 'text outside a section (## intro, ## step <id>: <title>, ## finish)');
      continue;
    }
    inChecks = false;
    const [, level, title] = h;
    if (level === '##') {
      step = null;
      let m: RegExpExecArray | null;
      if (title === 'intro') open(n, (s) => (prose.intro = s));
      else if (title === 'finish') open(n, (s) => (prose.finish = s));
      else if ((m = /^step ([a-z0-9-]+): (.+)$/.exec(title))) {
        stepId = m[1];
        if (prose.steps[stepId]) throw new LessonError(file, n, `step "${stepId}" appears twice`);
        const s: StepProse = { title: m[2].trim(), body: '', checks: {}, hints: [] };
        prose.steps[stepId] = step = s;
        open(n, (t) => (s.body = t));
      } else if ((m = /^refusal ([a-z0-9-]+)$/.exec(title))) {
        const id = m[1];
        open(n, (t) => (prose.refusals[id] = t));
      } else throw new LessonError(file, n, `unknown section "${title}" (intro, step <id>: <title>, refusal <id>, finish)`);
    } else {
      if (!step) throw new LessonError(file, n, `"### ${title}" belongs inside a step section`);
      const s: StepProse = step;
      if (title === 'checks') {
        flush();
        inChecks = true;
      } else if (title === 'hint') {
        const k = s.hints.length;
        s.hints.push('');
        open(n, (t) => (s.hints[k] = t));
      } else throw new LessonError(file, n, `unknown step subsection "${title}" (checks, hint)`);
    }
  }
  flush();
  if (fence) throw new LessonError(file, lines.length, 'a code fence is not closed');
  return prose;
}
