import * as v from 'valibot';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { LessonSpecSchema, type LessonSpec } from './lesson-schema';
import { LessonError } from './lesson-error';

/**
 * Parses and validates lesson.yaml. yaml keeps every node's source range, so a schema
 * failure points at the line of the offending value (or of its nearest existing parent).
 */
export function parseLessonYaml(text: string, file: string): LessonSpec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new LessonError(file, e.linePos?.[0].line ?? 1, e.message.split('\n')[0]);
  }
  const result = v.safeParse(LessonSpecSchema, doc.toJS());
  if (result.success) {
    checkUniqueIds(result.output, file, (path) => lineOf(path));
    return result.output;
  }
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  const where = path.length ? ` (at ${path.join('.')})` : '';
  throw new LessonError(file, lineOf(path), `${issue.message}${where}`);

  function lineOf(path: Array<string | number>): number {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  }
}

function checkUniqueIds(spec: LessonSpec, file: string, lineOf: (p: Array<string | number>) => number): void {
  const steps = new Set<string>();
  spec.steps.forEach((s, i) => {
    if (steps.has(s.id)) throw new LessonError(file, lineOf(['steps', i, 'id']), `duplicate step id "${s.id}"`);
    steps.add(s.id);
    const checks = new Set<string>();
    s.goal.forEach((c, j) => {
      if (checks.has(c.id)) throw new LessonError(file, lineOf(['steps', i, 'goal', j, 'id']), `duplicate check id "${c.id}" in step "${s.id}"`);
      checks.add(c.id);
      if (c.check === 'output') {
        try {
          new RegExp(c.matches, 'm');
        } catch {
          throw new LessonError(file, lineOf(['steps', i, 'goal', j, 'matches']), `not a valid regular expression: ${c.matches}`);
        }
      }
    });
  });
}
