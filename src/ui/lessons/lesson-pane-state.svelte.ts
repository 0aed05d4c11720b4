import type { Sandbox } from '../../sandbox/sandbox';
import type { Catalog } from '../../engine/registry/catalog';
import { proseFor, type Lang, type Lesson, type LessonProse } from '../../lessons/lesson';
import type { LessonRunner } from '../../lessons/lesson-runner';
import type { CheckResult } from '../../lessons/evaluate-check';
import type { CompletionRecord } from '../../lessons/completion-record';
import type { TerminalHandle } from '../../terminal/terminal-handle';
import type { LessonLocation } from './lesson-location';
import type { ProgressStore } from './lesson-progress';
import type { LessonLibrary, LoadedLesson } from './lesson-library';
import { textsFromFiles, fromTexts } from './lesson-library';
import { browserLang, uiText } from './ui-text';

export interface LessonPaneDeps {
  sandbox: Sandbox;
  terminal?: Pick<TerminalHandle, 'typeLines' | 'focus'>;
  location: LessonLocation;
  progress: () => Promise<ProgressStore>;
  library: LessonLibrary;
  catalog: () => Promise<Catalog>;
  /**
   * Called after a lesson's setup reset the sandbox: the page reloads so the terminal's shell
   * starts over on the new host filesystem (Sandbox.reset replaces the shell; see App's reset).
   */
  restart: () => void;
  /** Opens the page at another address (a dropped lesson becomes a share link). */
  navigate: (url: string) => void;
  /** The page's address without query and fragment, for share links and "Back to Layerlab". */
  home: string;
  languages: readonly string[];
}

export interface LessonSummary {
  id: string;
  title: string;
  summary: string;
  level: string;
  minutes: number;
  passed: number;
  total: number;
  done: boolean;
}

export type Phase = 'loading' | 'list' | 'lesson' | 'free' | 'preparing' | 'error';

/**
 * The lesson panel's state: which lesson, its runner's progress mirrored into runes, and the
 * learner's actions (hint, solution, reset, next/previous, share, download). The components
 * only draw it. Progress is saved after every change the runner reports.
 */
export class LessonPaneState {
  lang = $state<Lang>('en');
  phase = $state<Phase>('loading');
  error = $state('');
  list = $state.raw<LessonSummary[]>([]);
  lesson = $state.raw<Lesson | null>(null);
  record = $state.raw<CompletionRecord | null>(null);
  results = $state.raw<Record<string, CheckResult>>({});
  current = $state(0);
  viewing = $state<number | null>(null);
  confirm = $state<null | 'solution' | 'reset' | 'undo'>(null);
  /** The command an undo would take back (the last one that changed the sandbox). */
  undoable = $state<string | undefined>(undefined);
  shareUrl = $state('');
  readonly external: boolean;
  readonly home: string;
  readonly t = $derived(uiText(this.lang));
  readonly prose = $derived<LessonProse | null>(this.lesson ? proseFor(this.lesson, this.lang) : null);
  readonly shown = $derived(this.viewing ?? this.current);
  readonly finished = $derived(!!this.record?.finished);

  private runner: LessonRunner | null = null;
  private loaded: LoadedLesson | null = null;
  private store: ProgressStore | null = null;
  private off: (() => void) | null = null;

  constructor(private readonly d: LessonPaneDeps) {
    this.external = d.location.origin.kind !== 'shipped';
    this.home = d.home;
  }

  /** Reads progress, then resumes the current lesson, free mode, or shows the list. */
  async init(): Promise<void> {
    try {
      this.store = await this.d.progress();
      const prefs = await this.store.prefs();
      this.lang = prefs.lang ?? browserLang(this.d.languages);
      const origin = this.d.location.origin;
      if (origin.kind !== 'shipped') return await this.enter(await this.d.library.loadFrom(origin));
      void this.refreshList();
      if (prefs.current === 'free') this.phase = 'free';
      else if (prefs.current) await this.enter(await this.d.library.load(prefs.current));
      else this.phase = 'list';
    } catch (e) {
      this.fail(e);
    }
  }

  /** The lesson list with each lesson's progress (read from the records). */
  async refreshList(): Promise<void> {
    const ids = await this.d.library.ids();
    const records = new Map((await this.store!.records()).map((r) => [r.lesson, r]));
    const done = new Set((await this.store!.prefs()).done ?? []);
    const loaded = await Promise.all(ids.map((id) => this.d.library.load(id).catch(() => null)));
    this.list = loaded.flatMap((l) => {
      if (!l) return [];
      const { spec } = l.lesson;
      const p = proseFor(l.lesson, this.lang);
      const r = records.get(spec.id);
      const passed = r?.steps.filter((s) => s.passedAt).length ?? 0;
      return [{ id: spec.id, title: p.title, summary: p.summary, level: spec.level, minutes: spec.minutes, passed, total: spec.steps.length, done: done.has(spec.id) || !!r?.finished }];
    });
  }

  showList(): void {
    this.phase = 'list';
    void this.refreshList();
  }

  /** Opens a shipped lesson: the current one resumes, any other starts from its setup. */
  async open(id: string): Promise<void> {
    if (this.lesson?.spec.id === id && this.runner) {
      this.phase = 'lesson';
      return;
    }
    try {
      await this.begin(await this.d.library.load(id));
    } catch (e) {
      this.fail(e);
    }
  }

  async free(): Promise<void> {
    this.leave();
    this.lesson = null;
    this.phase = 'free';
    await this.store?.putPrefs({ current: 'free' });
  }

  async setLang(lang: Lang): Promise<void> {
    this.lang = lang;
    if (this.runner) this.runner.lang = lang;
    await this.store?.putPrefs({ lang });
    if (this.list.length) void this.refreshList();
  }

  hint(): void {
    this.runner?.hint();
  }

  /** Types the current step's solution into the terminal (after the learner said yes). */
  solution(): void {
    this.confirm = null;
    const lines = this.runner?.solution() ?? [];
    this.viewing = null;
    this.d.terminal?.typeLines(lines);
  }

  async reset(): Promise<void> {
    this.confirm = null;
    if (this.loaded) await this.begin(this.loaded);
  }

  /** Undoes the last state-changing command; the page reloads onto the restored state. */
  async undo(): Promise<void> {
    this.confirm = null;
    const runner = this.runner;
    if (!runner || !(await runner.undo())) return;
    await this.store!.putRecord(runner.record);
    this.d.restart();
  }

  previous(): void {
    if (this.shown > 0) this.viewing = this.shown - 1;
  }

  next(): void {
    const n = this.shown + 1;
    this.viewing = n >= this.current ? null : n;
  }

  /** The lesson after this one in the list, if any. */
  get nextLesson(): LessonSummary | undefined {
    const i = this.list.findIndex((l) => l.id === this.lesson?.spec.id);
    return i >= 0 ? this.list[i + 1] : undefined;
  }

  /** The completion record as a file (verify with `npm run lessons:check -- --record FILE`). */
  recordFile(): { name: string; json: string } | null {
    const r = this.runner?.record;
    return r ? { name: `${r.lesson}-record.json`, json: `${JSON.stringify(r, null, 2)}\n` } : null;
  }

  /** A link that carries this lesson's texts (`#lesson=`); opens in a sandbox of its own. */
  async share(): Promise<string> {
    if (!this.loaded) return '';
    const { encodeShare } = await import('./share-link');
    this.shareUrl = `${this.d.home}#lesson=${encodeShare(this.loaded.texts)}`;
    return this.shareUrl;
  }

  /** Dropped or picked lesson files: checked here, then opened as a share link. */
  async openFiles(files: ReadonlyArray<{ name: string; text(): Promise<string> }>): Promise<void> {
    try {
      const { texts } = await fromTexts(await textsFromFiles(files), files.map((f) => f.name).join(' + '));
      const { encodeShare } = await import('./share-link');
      this.d.navigate(`${this.d.home}#lesson=${encodeShare(texts)}`);
    } catch (e) {
      this.fail(e);
    }
  }

  dispose(): void {
    this.leave();
  }

  /** Resumes a lesson from its saved record, or begins it when there is none that fits. */
  private async enter(l: LoadedLesson): Promise<void> {
    const saved = await this.store!.record(l.lesson.spec.id);
    const ids = l.lesson.spec.steps.map((s) => s.id).join();
    if (!saved || saved.steps.map((s) => s.id).join() !== ids) return this.begin(l);
    await this.attach(l, await this.makeRunner(l, saved));
  }

  /** The lesson's starting state: setup, a fresh record saved, then the terminal restarts. */
  private async begin(l: LoadedLesson): Promise<void> {
    this.leave();
    this.phase = 'preparing';
    const runner = await this.makeRunner(l);
    await runner.setup();
    await this.store!.putRecord(runner.record);
    await this.store!.putPrefs({ current: l.lesson.spec.id });
    this.d.restart();
    await this.attach(l, runner);
  }

  private async makeRunner(l: LoadedLesson, record?: CompletionRecord): Promise<LessonRunner> {
    const [{ LessonRunner }, catalog] = await Promise.all([import('../../lessons/lesson-runner'), this.d.catalog()]);
    return new LessonRunner({ lesson: l.lesson, sandbox: this.d.sandbox, catalog, record, lang: this.lang });
  }

  private async attach(l: LoadedLesson, runner: LessonRunner): Promise<void> {
    this.loaded = l;
    this.lesson = l.lesson;
    this.runner = runner;
    this.viewing = null;
    this.off = runner.onChange(() => this.sync(runner));
    await this.store!.putPrefs({ current: l.lesson.spec.id });
    await runner.attach();
    this.sync(runner);
    this.phase = 'lesson';
  }

  private sync(runner: LessonRunner): void {
    if (runner !== this.runner) return;
    this.current = runner.current;
    this.results = { ...runner.results };
    this.undoable = runner.undoable;
    this.record = structuredClone(runner.record);
    if (this.viewing !== null && this.viewing >= this.current) this.viewing = null;
    const store = this.store!;
    void store.putRecord(runner.record);
    if (runner.record.finished)
      void store.prefs().then((p) => (p.done?.includes(runner.record.lesson) ? undefined : store.putPrefs({ done: [...(p.done ?? []), runner.record.lesson] })));
  }

  private leave(): void {
    this.off?.();
    this.off = null;
    this.runner?.detach();
    this.runner = null;
    this.confirm = null;
    this.shareUrl = '';
  }

  private fail(e: unknown): void {
    this.error = e instanceof Error ? e.message : String(e);
    this.phase = 'error';
  }
}
