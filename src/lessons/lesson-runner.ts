import type { Sandbox } from '../sandbox/sandbox';
import type { Catalog } from '../engine/registry/catalog';
import type { Program } from '../shell/process';
import { proseFor, type Lang, type Lesson } from './lesson';
import { evaluateCheck, type CheckContext, type CheckResult, type LastCommand } from './evaluate-check';
import { newRecord, type CompletionRecord } from './completion-record';
import { preloadImage } from './preload-image';
import { refusalOf } from './refusal-of';
import { registryLookup } from './registry-lookup';

export interface RunnerOptions {
  lesson: Lesson;
  sandbox: Sandbox;
  catalog: Catalog;
  /** A saved record to resume; without it the lesson starts over. */
  record?: CompletionRecord;
  lang?: Lang;
  /** Where `registry` checks look; default: the sandbox's hub and its network's registries. */
  registry?: CheckContext['registry'];
}

/**
 * Runs one lesson over a sandbox: after every finished command (and an engine reset) it
 * re-reads the current step's checks (LGB-style, no Check button). A step passes when all its
 * checks pass at once; the runner then moves to the next step. Refused commands never run.
 */
export class LessonRunner {
  readonly lesson: Lesson;
  record: CompletionRecord;
  results: Record<string, CheckResult> = {};
  lang: Lang;
  private last: LastCommand | undefined;
  private readonly listeners = new Set<() => void>();
  private offs: Array<() => void> = [];
  private chain: Promise<void> = Promise.resolve();
  private dirty = false;
  /** The steps as the last finished host command left them, and as they were before the undoable one. */
  private settled: Progress | undefined;
  private beforeUndoable: Progress | undefined;
  private readonly registry: NonNullable<CheckContext['registry']>;

  constructor(private readonly o: RunnerOptions) {
    this.lesson = o.lesson;
    this.registry = o.registry ?? registryLookup(o.sandbox);
    this.lang = o.lang ?? 'en';
    const ids = o.lesson.spec.steps.map((s) => s.id);
    const r = o.record;
    this.record = r && r.lesson === o.lesson.spec.id && r.steps.map((s) => s.id).join() === ids.join() ? r : newRecord(o.lesson.spec.id, ids, o.sandbox.engine.clock.now());
  }

  /** Index of the first step not passed yet (steps.length when the lesson is done). */
  get current(): number {
    const i = this.record.steps.findIndex((s) => !s.passedAt);
    return i < 0 ? this.record.steps.length : i;
  }

  get finished(): boolean {
    return this.current >= this.record.steps.length;
  }

  /** The lesson's starting state: an empty sandbox, its images, its setup commands. */
  async setup(): Promise<void> {
    const { sandbox, catalog, lesson } = this.o;
    await sandbox.reset();
    for (const ref of lesson.spec.setup.images) await preloadImage(sandbox.engine, catalog, ref);
    const quiet = { write: () => undefined };
    for (const line of lesson.spec.setup.commands) await sandbox.exec(line, quiet);
    this.record = newRecord(lesson.spec.id, lesson.spec.steps.map((s) => s.id), sandbox.engine.clock.now());
    this.last = undefined;
    this.results = {};
    sandbox.undo.forget();
  }

  /** Starts listening; returns when the current step has been evaluated once. */
  attach(): Promise<void> {
    const { sandbox } = this.o;
    this.offs.push(
      sandbox.onCommand((c) => {
        this.record.commands.push({ line: c.line, at: sandbox.engine.clock.now().toISOString() });
        this.last = { line: c.line, output: c.output, status: c.status };
        void this.evaluate().then(() => (this.settled = progressOf(this.record)));
      }),
      // Inside `docker run -it`, each finished line counts too: the step can pass before `exit`.
      sandbox.onContainerCommand(() => void this.evaluate()),
      sandbox.engine.on((e) => void (e.type === 'reset' && this.evaluate())),
      sandbox.undo.onChange(() => {
        if (sandbox.undo.last !== undefined) this.beforeUndoable = this.settled;
        this.emit();
      }),
      () => void (sandbox.undo.enabled = false),
    );
    sandbox.undo.enabled = true;
    this.settled = undefined;
    const docker = sandbox.programs.get('docker');
    if (docker && this.lesson.spec.refusals.length) {
      const guarded: Program = async (ctx) => {
        const r = refusalOf(this.lesson.spec.refusals, ctx.argv);
        if (!r) return docker(ctx);
        const why = proseFor(this.lesson, this.lang).refusals[r.id] ?? '';
        ctx.stderr.write(`layerlab: '${r.command}' is not allowed in this lesson: ${why}\n`);
        return 1;
      };
      sandbox.programs.set('docker', guarded);
      this.offs.push(() => sandbox.programs.set('docker', docker));
    }
    return this.evaluate().then(() => void (this.settled ??= progressOf(this.record)));
  }

  detach(): void {
    for (const off of this.offs) off();
    this.offs = [];
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every evaluation queued so far has finished. */
  idle(): Promise<void> {
    return this.chain;
  }

  /** One more hint for the current step; returns how many are shown now. */
  hint(): number {
    const s = this.record.steps[this.current];
    if (!s) return 0;
    const max = proseFor(this.lesson, this.lang).steps[s.id]?.hints.length ?? 0;
    s.hints = Math.min(max, s.hints + 1);
    this.emit();
    return s.hints;
  }

  /** The current step's solution, marked as used (a step solved by it is not solved alone). */
  solution(): string[] {
    const s = this.record.steps[this.current];
    if (!s) return [];
    s.solution = true;
    this.emit();
    return this.lesson.spec.steps[this.current].solution;
  }

  /** The host command an undo would take back (the last one that changed the sandbox's state). */
  get undoable(): string | undefined {
    return this.o.sandbox.undo.last;
  }

  /**
   * Puts the stored state back as it was before the last state-changing command, and drops that
   * command from the record (a record is verified by replaying its commands). The engine and the
   * shell still hold the newer state in memory: the caller reloads the sandbox (the page reloads).
   */
  async undo(): Promise<string | undefined> {
    const line = await this.o.sandbox.undo.undo();
    if (line === undefined) return undefined;
    const cmds = this.record.commands;
    for (let i = cmds.length - 1; i >= 0; i--) {
      if (cmds[i].line !== line) continue;
      cmds.splice(i, 1);
      break;
    }
    // Steps that passed during the undone command are not passed any more.
    const before = this.beforeUndoable;
    if (before) {
      this.record.steps.forEach((s, i) => (s.passedAt = before.passed[i]));
      this.record.finished = before.finished;
      this.settled = before;
    }
    this.beforeUndoable = undefined;
    this.last = undefined;
    this.emit();
    return line;
  }

  /** Coalesces bursts of events: at most one evaluation waits behind the running one. */
  evaluate(): Promise<void> {
    if (this.dirty) return this.chain;
    this.dirty = true;
    this.chain = this.chain.then(async () => {
      this.dirty = false;
      await this.evaluateNow();
    });
    return this.chain;
  }

  private async evaluateNow(): Promise<void> {
    const { sandbox } = this.o;
    for (;;) {
      const i = this.current;
      const step = this.lesson.spec.steps[i];
      if (!step) break;
      const ctx: CheckContext = { engine: sandbox.engine, hostFs: sandbox.hostFs, last: this.last, registry: this.registry };
      const results: Record<string, CheckResult> = {};
      for (const c of step.goal) results[c.id] = await evaluateCheck(c, ctx).catch(() => ({ ok: false }));
      this.results = results;
      if (!Object.values(results).every((r) => r.ok)) break;
      this.record.steps[i].passedAt = sandbox.engine.clock.now().toISOString();
      // An output check must be met by a command typed during its own step.
      this.last = undefined;
      if (this.finished) this.record.finished = this.record.steps[i].passedAt;
    }
    this.emit();
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}

interface Progress {
  passed: Array<string | undefined>;
  finished: string | undefined;
}

function progressOf(r: CompletionRecord): Progress {
  return { passed: r.steps.map((s) => s.passedAt), finished: r.finished };
}
