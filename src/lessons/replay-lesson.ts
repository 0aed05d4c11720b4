import type { Sandbox } from '../sandbox/sandbox';
import type { Catalog } from '../engine/registry/catalog';
import type { Lesson } from './lesson';
import type { CompletionRecord } from './completion-record';
import { LessonRunner } from './lesson-runner';
import { missingNeeds } from './missing-needs';

export interface ReplayEnv {
  /** A fresh, empty sandbox (in-memory for the checker and tests). */
  open: () => Promise<Sandbox>;
  catalog: Catalog;
}

export interface ReplayReport {
  lesson: string;
  /** Features not simulated yet: the lesson is not replayed (and never reported as passing). */
  pending: string[];
  /** Problems found: a solution that does not pass its step, a wrong answer that does. */
  failures: string[];
}

/**
 * Replays a lesson's solutions step by step in one fresh sandbox (each step must pass right
 * after its own solution, not earlier), and each listed wrong answer in its own fresh sandbox
 * brought to the step's starting state (it must not pass).
 */
export async function replayLesson(lesson: Lesson, env: ReplayEnv): Promise<ReplayReport> {
  const report: ReplayReport = { lesson: lesson.spec.id, pending: [], failures: [] };
  const probe = await env.open();
  report.pending = await missingNeeds(probe, lesson.spec.needs);
  if (report.pending.length) return report;
  const steps = lesson.spec.steps;
  const main = await started(lesson, env);
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    for (const [k, wrong] of (step.wrong ?? []).entries()) {
      const r = await started(lesson, env);
      for (const s of steps.slice(0, i)) await run(r, s.solution);
      if (r.runner.current !== i) {
        report.failures.push(`step ${step.id}: could not reach it for wrong answer ${k + 1}`);
        continue;
      }
      await run(r, wrong);
      if (r.runner.current !== i) report.failures.push(`step ${step.id}: wrong answer ${k + 1} passes: ${wrong.join('; ')}`);
    }
    if (main.runner.current !== i) {
      report.failures.push(`step ${step.id}: ${main.runner.current > i ? 'passes before its solution ran' : 'an earlier step did not pass'}`);
      break;
    }
    await run(main, step.solution);
    if (main.runner.current === i) {
      const failing = Object.entries(main.runner.results).filter(([, r]) => !r.ok).map(([id, r]) => `${id} (${r.why?.en ?? 'failed'})`);
      report.failures.push(`step ${step.id}: its solution does not pass: ${failing.join(', ')}`);
      break;
    }
  }
  return report;
}

/** Replays a student's commands in a fresh sandbox; the steps that pass are the verified ones. */
export async function verifyRecord(lesson: Lesson, record: CompletionRecord, env: ReplayEnv): Promise<{ passed: string[]; claimed: string[]; ok: boolean }> {
  const r = await started(lesson, env);
  await run(r, record.commands.map((c) => c.line));
  const passed = r.runner.record.steps.filter((s) => s.passedAt).map((s) => s.id);
  const claimed = record.steps.filter((s) => s.passedAt).map((s) => s.id);
  return { passed, claimed, ok: record.lesson === lesson.spec.id && claimed.every((id) => passed.includes(id)) && passed.length === lesson.spec.steps.length };
}

async function started(lesson: Lesson, env: ReplayEnv): Promise<{ sandbox: Sandbox; runner: LessonRunner }> {
  const sandbox = await env.open();
  const runner = new LessonRunner({ lesson, sandbox, catalog: env.catalog });
  await runner.setup();
  await runner.attach();
  return { sandbox, runner };
}

async function run(r: { sandbox: Sandbox; runner: LessonRunner }, lines: readonly string[]): Promise<void> {
  const quiet = { write: () => undefined };
  for (const line of lines) {
    await r.sandbox.exec(line, quiet);
    await r.runner.idle();
  }
}
