import type { Store, WriteOp } from '../storage/store';
import { Engine } from '../engine/engine';
import type { Clock } from '../engine/clock';
import { systemClock } from '../engine/clock';
import type { RandomSource } from '../engine/random';
import { CowFs } from '../engine/fs/cow-fs';
import { UnionView } from '../engine/fs/union-view';
import { sortChangeset } from '../engine/layer/sort-changeset';
import { decodeChangeset, encodeChangeset, type EncodedChangeset } from '../engine/layer/changeset-codec';
import type { Program, Terminal } from '../shell/process';
import { Shell } from '../shell/shell';
import { setCoreutilsHooks } from '../shell/coreutils/lib/hooks';
import { fsAs, resolveUserSpec } from '../shell/coreutils/lib/users';
import { hostBase, LEARNER_UID } from './host-base';
import { makePrograms } from './programs';
import { ShellExecutor } from './shell-executor';
import { shellPrompt } from './shell-prompt';
import { lookPath } from './look-path';
import type { Changeset } from '../engine/layer/entry';
import { programOfContent } from '../engine/layer/executable';
import { dockerCompletion } from '../cli/docker-completion';
import type { FetchJson } from '../engine/registry/catalog';
import type { Hub } from '../engine/registry/hub';
import { HubEvents } from '../engine/registry/hub-events';
import { OciEvents } from '../engine/registry/oci-events';
import type { DockerDeps } from '../cli/docker-deps';
import { UndoJournal } from './undo-journal';

export interface SandboxOptions {
  store: Store;
  clock?: Clock;
  random?: RandomSource;
  /** Reads the official image catalog (public/catalog/); without it there is no built-in hub. */
  catalog?: FetchJson;
  /** Simulated network for pull/push (`instant: true` in tests and benchmarks). */
  transfers?: DockerDeps['transfers'];
}

/** One command line the shell finished, with everything it printed (lessons check read-only steps). */
export interface CommandDone {
  line: string;
  status: number;
  output: string;
}

/** One command line an interactive shell in a container finished. */
export interface ContainerCommandDone {
  containerId: string;
  line: string;
}

const HOST_ENV = {
  HOME: '/home/learner',
  USER: 'learner',
  LOGNAME: 'learner',
  SHELL: '/bin/bash',
  HOSTNAME: 'layerlab',
  PATH: '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games',
  TERM: 'xterm-256color',
  LANG: 'C.UTF-8',
  PWD: '/home/learner',
};

/**
 * The composition of one sandbox, shared by the page and the REPL: the engine over a store,
 * the host machine's filesystem (a read-only base plus the learner's persisted layer), the
 * program registry, and the host shell. DOM-free.
 */
export class Sandbox {
  readonly programs: Map<string, Program>;
  /** Pushes and logins on the built-in hub, for the UI (subscribing does not load the hub). */
  readonly hubEvents = new HubEvents();
  /** Pushes and pulls on every other registry (sandbox registry containers, real ones), for the UI. */
  readonly registryEvents = new OciEvents();
  /** The built-in hub, loaded on first use; undefined when the sandbox has no catalog. */
  readonly hub: (() => Promise<Hub>) | undefined;
  hostFs!: CowFs;
  private shell!: Shell;
  private savedHost = '';
  private readonly commandListeners = new Set<(c: CommandDone) => void>();
  private readonly containerCommandListeners = new Set<(c: ContainerCommandDone) => void>();

  /** What the last state-changing host command overwrote (enabled in lessons). */
  readonly undo: UndoJournal;

  private constructor(readonly engine: Engine, readonly store: Store, o: Pick<SandboxOptions, 'catalog' | 'transfers'> = {}) {
    this.undo = store as UndoJournal;
    this.hub = o.catalog ? hubLoader(engine, store, o.catalog, this.hubEvents) : undefined;
    this.programs = makePrograms({ engine, hub: this.hub, registryEvents: this.registryEvents, transfers: o.transfers });
    engine.executor = new ShellExecutor(() => this.programs, (c) => {
      for (const l of [...this.containerCommandListeners]) l(c);
    });
    const clock = engine.clock;
    setCoreutilsHooks({
      now: () => clock.now().getTime(),
      // ps inside a container lists that container's processes; on the host, the shell and ps.
      processes: (ctx) => {
        const id = engine.containerOfFs(ctx.fs);
        if (!id) return [{ pid: 1712, tty: 'pts/0', time: 0, cmd: 'bash' }, { pid: 1789, tty: 'pts/0', time: 0, cmd: 'ps' }];
        const list = engine.processes.list(id).map((p) => ({ pid: p.pid, tty: p.tty, time: 0, cmd: p.cmd, user: p.user, ppid: p.ppid }));
        const self = ctx.argv.join(' ');
        // `docker run img ps`: ps is the container's main process, PID 1, listed once.
        if (list.length === 1 && list[0].cmd === self) return list;
        const last = list.reduce((m, p) => Math.max(m, p.pid), 1);
        return [...list, { pid: Math.max(last + 1, 7), tty: list[0]?.tty ?? '?', time: 0, cmd: self, user: ctx.env.get('USER') ?? list[0]?.user ?? 'root', ppid: 0 }];
      },
      exec: async (ctx, argv) => {
        const path = lookPath(ctx.fs, argv[0], ctx.env.get('PATH') ?? '/usr/bin:/bin', ctx.cwd);
        if (!path) return 127;
        const p = this.programs.get(this.programOf(ctx.fs, path) ?? '');
        return p ? p({ ...ctx, argv }) : 127;
      },
    });
  }

  static async open(o: SandboxOptions): Promise<Sandbox> {
    // Everything the sandbox stores goes through the journal, so a command can be undone.
    const store = new UndoJournal(o.store);
    const engine = await Engine.open({ store, clock: o.clock ?? systemClock, random: o.random });
    const sb = new Sandbox(engine, store, o);
    await sb.loadHost();
    return sb;
  }

  private programOf(fs: CowFs | import('../engine/fs/vfs').Vfs, path: string): string | undefined {
    return programOfContentSafe(fs, path);
  }

  private async loadHost(): Promise<void> {
    const upper = await this.store.get<EncodedChangeset>('host', 'fs');
    const history = (await this.store.get<string[]>('host', 'history')) ?? [];
    const clock = this.engine.clock;
    this.hostFs = new CowFs(new UnionView([sortChangeset(hostBase())]), {
      upper: upper ? decodeChangeset(upper) : [],
      now: () => Math.floor(clock.now().getTime() / 1000),
      uid: LEARNER_UID,
      gid: LEARNER_UID,
    });
    // The learner's processes see the host through the learner's credentials: refused what a
    // non-root user is refused (sudo starts again from the unchecked host fs, run-as.ts).
    const cred = resolveUserSpec(this.hostFs, 'learner');
    const learnerFs = fsAs(this.hostFs, 'error' in cred ? { uid: LEARNER_UID, gid: LEARNER_UID, groups: [LEARNER_UID] } : cred);
    this.shell = new Shell({ fs: learnerFs, programs: this.programs, env: HOST_ENV, cwd: HOST_ENV.HOME, name: 'bash', flavor: 'bash', mode: 'interactive' });
    this.shell.aliases.set('ll', 'ls -alF');
    this.shell.aliases.set('la', 'ls -A');
    this.shell.aliases.set('l', 'ls -CF');
    // Docker completion needs the CLI's command list; the CLI loads in the background so the
    // page's first download stays small (Tab before it arrives completes paths as usual).
    const shell = this.shell;
    void import('../cli/docker-program')
      .then((m) => shell.completionExtensions.push(dockerCompletion(this.engine, m.dockerCommands({ engine: this.engine }))))
      // A sandbox closed before the CLI arrived (a test's end, a page unload) needs no completion.
      .catch(() => undefined);
    this.shell.setHistory(history);
    this.savedHost = this.fingerprint(this.hostFs.upper());
    this.savedHistory = JSON.stringify(history.slice(-1000));
  }

  private savedHistory = '';
  private readonly contentIds = new WeakMap<object, number>();
  private nextContentId = 0;

  /**
   * What the host layer looks like, cheaply: every entry's metadata and the identity of its
   * content object (a write stores a new one). Saving compares it, so a command that changed no
   * file does not store the learner's files again (a 100 MB `docker save` file would be cloned
   * and written after every later command).
   */
  private fingerprint(upper: Changeset): string {
    const parts: string[] = [];
    for (const e of upper) {
      if (e.type === 'whiteout' || e.type === 'opaque') { parts.push(`${e.type}:${e.path}`); continue; }
      let line = `${e.type}:${e.path}:${e.mode}:${e.uid}:${e.gid}:${e.mtime}`;
      if (e.type === 'symlink' || e.type === 'hardlink') line += `:${e.target}`;
      if (e.type === 'file') {
        let id = this.contentIds.get(e.content);
        if (id === undefined) this.contentIds.set(e.content, (id = ++this.nextContentId));
        line += `:${id}`;
      }
      parts.push(line);
    }
    return parts.join('\n');
  }

  /** Persists the learner's files and shell history (after every command). */
  async saveHost(): Promise<void> {
    const upper = this.hostFs.upper();
    const history = this.shell.getHistory().slice(-1000);
    const fp = this.fingerprint(upper);
    const hist = JSON.stringify(history);
    const ops: WriteOp[] = [];
    if (fp !== this.savedHost) ops.push({ op: 'put', table: 'host', key: 'fs', value: encodeChangeset(upper) });
    if (hist !== this.savedHistory) ops.push({ op: 'put', table: 'host', key: 'history', value: history });
    if (!ops.length) return;
    await this.store.write(ops);
    this.savedHost = fp;
    this.savedHistory = hist;
  }

  /** Called after each command line finishes, typed or exec'd (the lesson runner's hook). */
  onCommand(listener: (c: CommandDone) => void): () => void {
    this.commandListeners.add(listener);
    return () => this.commandListeners.delete(listener);
  }

  /**
   * Called after each command line an interactive shell inside a container finished (`docker
   * run -it`, `docker exec -it`), its writable layer saved: the container's state is readable
   * before the learner types `exit`. The host command that started the shell is still running.
   */
  onContainerCommand(listener: (c: ContainerCommandDone) => void): () => void {
    this.containerCommandListeners.add(listener);
    return () => this.containerCommandListeners.delete(listener);
  }

  private commandDone(line: string, output: string): void {
    const c = { line, status: this.shell.lastStatus, output };
    for (const l of [...this.commandListeners]) l(c);
  }

  /** The host prompt, as Debian's bash shows it: learner@layerlab:~$ */
  prompt(): string {
    return shellPrompt(this.shell);
  }

  /**
   * Runs the host shell on a terminal until the terminal ends. After each command the host
   * state is saved; `exit` starts a fresh login shell, as a new terminal tab would.
   * `signal()` gives the AbortSignal for the next command (the page aborts it on Ctrl-C).
   */
  async runTerminal(terminal: Terminal, signal?: () => AbortSignal): Promise<number> {
    let first = true;
    let pending: string | null = null;
    let output = '';
    const finished = async () => {
      if (pending === null) return;
      const line = pending;
      pending = null;
      await this.undo.end();
      this.commandDone(line, output);
    };
    const saving: Terminal = {
      get columns() { return terminal.columns; },
      get rows() { return terminal.rows; },
      interactive: terminal.interactive,
      write: (s) => {
        if (pending !== null) output += s;
        terminal.write(s);
      },
      readKey: () => terminal.readKey(),
      readSecret: (p) => terminal.readSecret(p),
      onDetachKeys: terminal.onDetachKeys?.bind(terminal),
      readLine: async (prompt, opts) => {
        // readLine with the main prompt means the previous command finished: persist now. A
        // shell inside a container (docker run -it) reads through this terminal too, with its
        // own history: its lines belong to the host command still running (onContainerCommand).
        if (opts?.history && opts.history === this.shell.history) {
          if (first) {
            first = false;
            // The reload-to-prompt benchmark reads this mark.
            globalThis.performance?.mark?.('layerlab:prompt');
          } else await this.saveHost().catch(() => undefined);
          await finished();
          const line = await terminal.readLine(prompt, opts);
          if (line !== null && line.trim()) {
            [pending, output] = [line, ''];
            this.undo.begin(line);
          }
          return line;
        }
        return terminal.readLine(prompt, opts);
      },
    };
    const status = await this.shell.repl(saving, { prompt: () => this.prompt(), signal });
    await this.saveHost();
    await finished();
    return status;
  }

  /** Runs one command line non-interactively (tests, lesson setup). */
  async exec(line: string, out: { write(s: string): void; writeBytes?: (b: Uint8Array) => void }, err: { write(s: string): void } = out): Promise<number> {
    let output = '';
    // Tee the text for onCommand; a byte sink (writeBytes) stays one.
    const tee = (o: { write(s: string): void; writeBytes?: (b: Uint8Array) => void }) => ({
      write: (s: string) => ((output += s), o.write(s)),
      ...(o.writeBytes ? { writeBytes: (b: Uint8Array) => o.writeBytes!(b) } : {}),
    });
    this.undo.begin(line);
    const st = await this.shell.run(line, { stdout: tee(out), stderr: tee(err) });
    await this.saveHost();
    await this.undo.end();
    this.commandDone(line, output);
    return st;
  }

  /** "Reset sandbox": the engine's state and the learner's files and history go. */
  async reset(): Promise<void> {
    await this.engine.reset();
    await this.loadHost();
  }
}

function programOfContentSafe(fs: import('../engine/fs/vfs').Vfs, path: string): string | undefined {
  try {
    return programOfContent(fs.readContent(path));
  } catch {
    return undefined;
  }
}

/** The hub module (catalog, gzip, layer decoding) is imported on first use, keeping it out of the page's first download. */
function hubLoader(engine: Engine, store: Store, fetchJson: FetchJson, events: HubEvents): () => Promise<Hub> {
  let hub: Promise<Hub> | undefined;
  return () => (hub ??= import('../engine/registry/hub').then((m) => new m.Hub({ store, fetchJson, random: engine.random, now: () => engine.clock.now(), events })));
}
