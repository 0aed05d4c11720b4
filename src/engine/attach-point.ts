import type { ExecIO } from './executor';

/** The part of src/shell/process.ts Terminal a container's shell uses (structural, no import of the shell). */
interface TerminalLike {
  readonly columns: number;
  readonly rows: number;
  readonly interactive: boolean;
  write(s: string): void;
  readLine(prompt: string, opts?: unknown): Promise<string | null>;
  readKey(): Promise<string | null>;
  readSecret(prompt: string): Promise<string | null>;
}

/**
 * Where a running container's stdio meets whoever is attached (docker run, start -a, attach).
 * The process keeps one IO for its whole life; clients come and go. With no client, output
 * still reaches the log (the caller tees this IO) and reads of an open stdin (-i) wait for the
 * next client, as a real container's stdin pipe does. A -it container also gets a terminal
 * that stands for the attached client's, so `docker attach` re-enters its shell.
 */
export class AttachPoint {
  #client: ExecIO | undefined;
  #waiting: Array<() => void> = [];
  readonly io: ExecIO;

  constructor(openStdin: boolean, tty: boolean) {
    const term = (): TerminalLike | undefined => this.#client?.terminal as TerminalLike | undefined;
    const terminal: TerminalLike = {
      get columns() { return term()?.columns ?? 80; },
      get rows() { return term()?.rows ?? 24; },
      get interactive() { return term()?.interactive ?? false; },
      write: (s) => (term() ? term()!.write(s) : this.#client?.stdout.write(s)),
      readLine: (prompt, opts) =>
        this.#read(async (c) => {
          const t = c.terminal as TerminalLike | undefined;
          if (t) return t.readLine(prompt, opts);
          c.stdout.write(prompt);
          return c.stdin.read();
        }),
      readKey: () => this.#read(async (c) => (c.terminal as TerminalLike | undefined)?.readKey() ?? null),
      readSecret: (prompt) => this.#read(async (c) => (c.terminal as TerminalLike | undefined)?.readSecret(prompt) ?? null),
    };
    this.io = {
      stdin: { read: async () => (openStdin ? (await this.#next()).stdin.read() : null) },
      stdout: { write: (s) => this.#client?.stdout.write(s) },
      stderr: { write: (s) => this.#client?.stderr.write(s) },
      terminal: tty && openStdin ? terminal : undefined,
    };
  }

  get attached(): boolean {
    return this.#client !== undefined;
  }

  /** Connects a client (the newest wins, as docker's last attach takes stdin); returns its detach. */
  attach(io: ExecIO): () => void {
    this.#client = io;
    for (const wake of this.#waiting.splice(0)) wake();
    return () => this.detach(io);
  }

  /** The client leaves (Ctrl-P Ctrl-Q); the process keeps running and waits for the next one. */
  detach(io: ExecIO): void {
    if (this.#client === io) this.#client = undefined;
  }

  /**
   * A read from the current client; when that client detached meanwhile, its terminal ended the
   * read, and the process's read goes on with the next client instead of failing.
   */
  async #read<T>(read: (c: ExecIO) => Promise<T>): Promise<T> {
    for (;;) {
      const c = await this.#next();
      try {
        return await read(c);
      } catch (e) {
        if (this.#client === c) throw e;
      }
    }
  }

  async #next(): Promise<ExecIO> {
    while (!this.#client) await new Promise<void>((r) => this.#waiting.push(r));
    return this.#client;
  }
}
