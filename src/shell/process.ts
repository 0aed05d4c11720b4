import type { Vfs } from '../engine/fs/vfs';

/**
 * The process model shared by the shell, its programs and the docker CLI.
 * A program is an async function over a ProcessContext that resolves to its exit status.
 * Output is text (UTF-8 strings); stdin is a stream of text chunks.
 */
export interface Output {
  write(s: string): void;
}

export interface Input {
  /** The next chunk of input, or null at end of input. A terminal yields one line at a time (with its "\n"). */
  read(): Promise<string | null>;
}

/**
 * The terminal a process is attached to when it is interactive (the page's xterm, or the REPL's
 * line-by-line stand-in). Implemented in src/terminal; declared here so the shell never imports it.
 */
export interface Terminal {
  readonly columns: number;
  readonly rows: number;
  /** false in the REPL when stdin is piped: no colours, no cursor motion, progress shows final lines only. */
  readonly interactive: boolean;
  /** Raw output to the screen (escape sequences allowed when interactive). */
  write(s: string): void;
  /**
   * Reads one edited line with the prompt shown (history, completion, Ctrl-C). Resolves null on
   * Ctrl-D at an empty line or end of input; throws InterruptError on Ctrl-C (after "^C" is shown).
   */
  readLine(prompt: string, opts?: ReadLineOptions): Promise<string | null>;
  /** Raw key data for full-screen programs (vi, nano); null at end of input. */
  readKey(): Promise<string | null>;
  /** Reads a line without echo (passwords). */
  readSecret(prompt: string): Promise<string | null>;
  /**
   * docker attach's detach keys (Ctrl-P Ctrl-Q, "\x10\x11"): while registered, typing `keys` is
   * consumed, `listener` runs, then a pending read ends with DetachError. Absent without a keyboard.
   */
  onDetachKeys?(keys: string, listener: () => void): () => void;
}

/** Ends a pending read when the client leaves the terminal (docker's detach keys). */
export class DetachError extends Error {
  constructor() {
    super('detached');
    this.name = 'DetachError';
  }
}

export interface ReadLineOptions {
  /** The shell's history for Up/Down, newest last; the editor appends accepted lines itself. */
  history?: string[];
  complete?: (line: string, cursor: number) => Completion;
  /** Continuation: true when the text so far is incomplete (open quote, trailing \, here-doc). */
  needsMore?: (text: string) => boolean;
}

export interface Completion {
  /** Where the word being completed starts in the line. */
  start: number;
  /** Candidates for the word; a single one is inserted, several are listed on double Tab. */
  candidates: string[];
  /** Append a space after a unique candidate (false for directories: they end with "/"). */
  addSpace?: boolean;
}

export class InterruptError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptError';
  }
}

export interface ProcessContext {
  argv: string[]; // argv[0] is the name as invoked
  env: Map<string, string>;
  cwd: string;
  fs: Vfs;
  stdin: Input;
  stdout: Output;
  stderr: Output;
  /** Present when stdin/stdout are the terminal (not redirected or piped). */
  tty?: Terminal;
  /**
   * Present when stderr is the terminal, whatever stdin/stdout are: `docker run -d img > id.txt`
   * still draws the pull's progress in place on stderr, as docker does.
   */
  stderrTty?: Terminal;
  /** Aborted on Ctrl-C; long-running programs (sleep, servers, docker logs -f) must watch it. */
  signal: AbortSignal;
  /**
   * Which implementation the program stands for. Unset: GNU's (coreutils, procps), as in Debian,
   * Ubuntu and CentOS images. 'busybox': an applet of /bin/busybox (busybox and alpine images),
   * set by the busybox dispatcher; programs whose output layout differs print busybox's.
   */
  impl?: 'busybox';
}

export type Program = (ctx: ProcessContext) => Promise<number>;
