import type { Vfs } from './fs/vfs';

/**
 * How the engine runs a container's process without importing the shell (DESIGN.md): the
 * composition root hands in an Executor implemented by src/shell. The IO types are structural
 * twins of src/shell/process.ts so the shell passes its own objects straight through.
 */
export interface ExecIO {
  stdin: { read(): Promise<string | null> };
  stdout: { write(s: string): void };
  stderr: { write(s: string): void };
  /** The attached terminal for `-t` with a user at the keyboard (src/shell/process.ts Terminal). */
  terminal?: unknown;
}

export interface ExecRequest {
  containerId: string;
  /** The container's name without the leading slash. */
  name: string;
  hostname: string;
  fs: Vfs;
  /** Entrypoint + Cmd, already resolved: argv[0] is the program as Docker would exec it. */
  argv: string[];
  env: string[];
  cwd: string;
  user: string;
  tty: boolean;
  io: ExecIO;
  signal: AbortSignal;
  /** Persists the container's writable layer now (after each interactive command). */
  checkpoint(): Promise<void>;
  /** `docker exec` (a second process): a failed start is reported as an exec, not a run. */
  exec?: boolean;
}

/** Resolves to the process's exit status. Must never throw for a program's own failure. */
export interface Executor {
  run(req: ExecRequest): Promise<number>;
}

/** Until a shell is wired: every exec fails the way Docker reports a missing executable. */
export const noExecutor: Executor = {
  async run(req) {
    req.io.stderr.write(`exec ${req.argv[0]}: no such file or directory\n`);
    return 127;
  },
};
