import type { Vfs } from '../engine/fs/vfs';
import type { Command, List } from './parser/ast';
import type { Input, Output, Program, Terminal } from './process';
import { InterruptError } from './process';
import { Parser } from './parser/parser';
import { ShellSyntaxError } from './parser/syntax-error';
import { ShellMessages, type ShellFlavor } from './messages';
import { ControlFlow } from './control-flow';
import { emptyInput, type Io } from './io';
import { Interpreter } from './interpreter';
import { needsMore } from './parser/needs-more';
import { makeCompleter, type CompletionExtension } from './complete';

export interface ShellOptions {
  fs: Vfs;
  /** Simulated programs by the name an executable's header carries (executable.ts). */
  programs?: Map<string, Program> | Record<string, Program>;
  /** Initial environment: every entry is exported. */
  env?: Map<string, string> | Record<string, string>;
  cwd?: string;
  /** The name errors start with: "bash", or "sh" for busybox images. */
  name?: string;
  flavor?: ShellFlavor;
  /** How errors are located: interactive ("bash: x"), -c ("bash: line 1: x"), or a script file. */
  mode?: 'interactive' | 'c' | 'script';
  /** $0 (and the error prefix of a script file). */
  arg0?: string;
  args?: string[];
  pid?: number;
}

export interface Var { value: string; exported: boolean; readonly?: boolean }

export interface RunIo {
  stdin?: Input;
  stdout: Output;
  stderr: Output;
  tty?: Terminal;
  /** The terminal when stderr is it (see ProcessContext.stderrTty). */
  stderrTty?: Terminal;
  signal?: AbortSignal;
}

export interface Job { id: number; pid: number; text: string; done: Promise<number>; status?: number }

/**
 * A bash-like shell over a Vfs: its state (variables, functions, aliases, cwd, positional
 * parameters, last status, history, jobs) and the ways to run it (script text, REPL).
 * Subshells are clones: `( )`, `$( )` and pipeline stages never change the parent, as in bash.
 */
export class Shell {
  readonly fs: Vfs;
  readonly programs: Map<string, Program>;
  vars = new Map<string, Var>();
  functions = new Map<string, Command>();
  aliases = new Map<string, string>();
  cwd: string;
  positional: string[];
  lastStatus = 0;
  lastBgPid = 0;
  options = { errexit: false, xtrace: false, noglob: false, nounset: false };
  history: string[] = [];
  jobs: Job[] = [];
  name: string;
  flavor: ShellFlavor;
  mode: 'interactive' | 'c' | 'script';
  arg0: string;
  pid: number;
  nextPid: number;
  messages: ShellMessages;
  /** The line of the command running now, for "bash: line N:" prefixes. */
  currentLine = 0;
  /** >0 while running a condition (if/while/&&): `set -e` does not apply there. */
  condDepth = 0;
  loopDepth = 0;
  funcDepth = 0;
  sourceDepth = 0;
  umask = 0o022;
  /** Saved values of `local` variables, one frame per running function call. */
  localFrames: Map<string, Var | undefined>[] = [];
  completionExtensions: CompletionExtension[] = [];
  readonly interp: Interpreter;
  /** True in ( ), $( ), pipeline stages: `exit` there ends only the subshell, silently. */
  isSubshell = false;

  constructor(opts: ShellOptions) {
    this.fs = opts.fs;
    this.programs = opts.programs instanceof Map ? opts.programs : new Map(Object.entries(opts.programs ?? {}));
    const env = opts.env instanceof Map ? opts.env : new Map(Object.entries(opts.env ?? {}));
    for (const [k, v] of env) this.vars.set(k, { value: v, exported: true });
    this.cwd = opts.cwd ?? env.get('PWD') ?? '/';
    this.name = opts.name ?? 'bash';
    this.flavor = opts.flavor ?? (this.name === 'bash' ? 'bash' : 'busybox');
    this.mode = opts.mode ?? 'c';
    this.arg0 = opts.arg0 ?? this.name;
    this.positional = opts.args ?? [];
    this.pid = opts.pid ?? 1;
    this.nextPid = this.pid + 1;
    this.messages = new ShellMessages(this.flavor);
    if (!this.vars.has('PWD')) this.vars.set('PWD', { value: this.cwd, exported: true });
    if (!this.vars.has('IFS')) this.vars.set('IFS', { value: ' \t\n', exported: false });
    this.interp = new Interpreter(this);
  }

  getVar(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  /** Sets a variable; false (after printing bash's error) when it is readonly. */
  setVar(name: string, value: string, io?: Io): boolean {
    const v = this.vars.get(name);
    if (v?.readonly) {
      if (io) this.error(io, `${name}: readonly variable`);
      return false;
    }
    if (v) v.value = value;
    else this.vars.set(name, { value, exported: false });
    return true;
  }

  exportVar(name: string, value?: string): void {
    const v = this.vars.get(name);
    if (v) { v.exported = true; if (value !== undefined) v.value = value; }
    else if (value !== undefined) this.vars.set(name, { value, exported: true });
    else this.vars.set(name, { value: '', exported: true });
  }

  /** The environment a program sees: exported variables (plus per-command assignments). */
  environment(extra?: Map<string, string>): Map<string, string> {
    const env = new Map<string, string>();
    for (const [k, v] of this.vars) if (v.exported) env.set(k, v.value);
    for (const [k, v] of extra ?? []) env.set(k, v);
    return env;
  }

  /** A subshell: same fs and programs, copied state. */
  clone(): Shell {
    const s = Object.create(Shell.prototype) as Shell;
    Object.assign(s, this);
    s.vars = new Map([...this.vars].map(([k, v]) => [k, { ...v }]));
    s.functions = new Map(this.functions);
    s.aliases = new Map(this.aliases);
    s.positional = [...this.positional];
    s.options = { ...this.options };
    s.jobs = [];
    s.isSubshell = true;
    s.localFrames = [...this.localFrames];
    s.mode = this.mode === 'interactive' ? 'interactive' : this.mode;
    (s as { interp: Interpreter }).interp = new Interpreter(s);
    return s;
  }

  /** Prints a shell error with the prefix bash uses in this mode. */
  error(io: Io, msg: string, line = this.currentLine): void {
    io.stderr.write(this.prefix(line) + msg + '\n');
  }

  /**
   * Where an error comes from, each shell its own way: bash `bash: line 1: `, dash `sh: 1: `
   * (even interactively), busybox ash `sh: ` for -c and `script: line 3: ` for a file. The name
   * is argv[0] as invoked, so RUN's `/bin/sh -c` errors read `/bin/sh: ...`.
   */
  prefix(line = this.currentLine): string {
    const who = this.mode === 'script' ? this.arg0 : this.name;
    if (this.flavor === 'dash') return `${who}: ${line}: `;
    if (this.mode === 'interactive') return `${this.name}: `;
    if (this.flavor === 'busybox' && this.mode === 'c') return `${this.name}: `;
    return `${who}: line ${line}: `;
  }

  /** bash's syntax-error report: two lines in -c / script mode, one interactively. */
  syntaxError(io: Io, e: ShellSyntaxError, src: string): void {
    const msg = this.messages.syntax(e.message);
    // dash and ash report a syntax error in one line: `sh: 1: Syntax error: "fi" unexpected`.
    if (this.flavor !== 'bash') { io.stderr.write(this.prefix(e.line) + msg + '\n'); return; }
    if (this.mode === 'interactive') { io.stderr.write(`${this.name}: ${msg}\n`); return; }
    const where = this.mode === 'script' ? `${this.arg0}: line ${e.line}: ` : `${this.name}: -c: line ${e.line}: `;
    io.stderr.write(where + msg + '\n');
    if (/near unexpected token/.test(e.message)) {
      const text = src.split('\n')[e.line - 1] ?? '';
      io.stderr.write(`${where}\`${text}'\n`);
    }
  }

  parse(src: string): List {
    return Parser.parse(src, this.aliases);
  }

  /**
   * Runs script text to completion and returns the exit status (`sh -c`, RUN, tests). Like
   * bash, it parses and runs one command at a time: a syntax error stops only what follows.
   */
  async run(script: string, rio: RunIo): Promise<number> {
    const io = toIo(rio);
    const parser = new Parser(script, this.aliases, this.mode !== 'interactive');
    for (;;) {
      let list: List | null;
      try {
        list = parser.nextCommand();
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e;
        this.syntaxError(io, e, script);
        this.lastStatus = 2;
        return 2;
      }
      for (const w of parser.takeWarnings()) {
        io.stderr.write(`${this.prefix(w.line)}warning: here-document at line ${w.startLine} delimited by end-of-file (wanted \`${w.delim}')\n`);
      }
      if (!list) return this.lastStatus;
      await this.runParsed(list, io);
    }
  }

  async runParsed(list: List, io: Io): Promise<number> {
    try {
      const st = await this.interp.list(list, io);
      this.lastStatus = st;
    } catch (e) {
      if (e instanceof ControlFlow) {
        if (e.kind === 'exit' || e.kind === 'return' || e.kind === 'abort') this.lastStatus = e.status;
        if (e.kind === 'exit') throw e;
      } else if (e instanceof InterruptError) this.lastStatus = 130;
      else throw e;
    }
    return this.lastStatus;
  }

  /** Runs a script as a whole program: `exit` ends it with its status. */
  async runScript(script: string, rio: RunIo): Promise<number> {
    try {
      return await this.run(script, rio);
    } catch (e) {
      if (e instanceof ControlFlow && e.kind === 'exit') return e.status;
      throw e;
    }
  }

  /** The interactive loop: prompt, read, run, until `exit` or Ctrl-D. Returns the exit status. */
  async repl(terminal: Terminal, opts: { prompt: () => string; signal?: () => AbortSignal }): Promise<number> {
    this.mode = 'interactive';
    const complete = makeCompleter(this);
    // The terminal turns "\n" into what its screen needs (xterm: CR LF; the REPL: as is).
    const out = { write: (s: string) => terminal.write(s) };
    for (;;) {
      this.reportJobs(out);
      let line: string | null;
      let before = 0;
      try {
        before = this.history.length;
        line = await terminal.readLine(opts.prompt(), { history: this.history, complete, needsMore });
      } catch (e) {
        if (e instanceof InterruptError) { this.lastStatus = 130; continue; }
        throw e;
      }
      // Ctrl-D at an empty prompt: bash says "exit"; at the end of piped input (the REPL) it says nothing.
      if (line === null) { if (terminal.interactive) out.write('exit\n'); return this.lastStatus; }
      // The line editor appends accepted lines to the history it was given; others do not.
      if (line.trim() && this.history.length === before) this.addHistory(line);
      const signal = opts.signal?.() ?? new AbortController().signal;
      try {
        await this.run(line, { stdin: { read: async () => { const l = await terminal.readLine(''); return l === null ? null : l + '\n'; } }, stdout: out, stderr: out, tty: terminal, stderrTty: terminal, signal });
      } catch (e) {
        if (e instanceof ControlFlow && e.kind === 'exit') return e.status;
        throw e;
      }
      // Ctrl-C killed the foreground job: the terminal showed "^C"; bash ends that line.
      if (signal.aborted && terminal.interactive) out.write('\n');
    }
  }

  addHistory(line: string): void {
    this.history.push(line.replace(/\n$/, ''));
  }

  getHistory(): string[] {
    return [...this.history];
  }

  setHistory(lines: string[]): void {
    this.history = [...lines];
  }

  /** Prints "[1]+  Done ..." for background jobs that finished since the last prompt. */
  reportJobs(out: Output): void {
    const done = this.jobs.filter((j) => j.status !== undefined);
    for (const j of done) out.write(`[${j.id}]+  ${j.status === 0 ? 'Done' : `Exit ${j.status}`}${' '.repeat(Math.max(1, 20 - (j.status === 0 ? 4 : 5 + String(j.status).length)))}${j.text}\n`);
    this.jobs = this.jobs.filter((j) => j.status === undefined);
  }
}

function toIo(r: RunIo): Io {
  return { stdin: r.stdin ?? emptyInput, stdout: r.stdout, stderr: r.stderr, tty: r.tty, stderrTty: r.stderrTty, signal: r.signal ?? new AbortController().signal };
}

