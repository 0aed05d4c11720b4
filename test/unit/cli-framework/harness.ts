import type { ProcessContext } from '../../../src/shell/process';
import type { Vfs } from '../../../src/engine/fs/vfs';

export interface Captured {
  ctx: ProcessContext;
  out: () => string;
  err: () => string;
}

/** A ProcessContext whose stdout/stderr are captured; no tty (help wraps at 79 like piped docker). */
export function capture(argv: string[]): Captured {
  let out = '';
  let err = '';
  const ctx: ProcessContext = {
    argv: ['docker', ...argv],
    env: new Map(),
    cwd: '/',
    fs: {} as Vfs,
    stdin: { read: async () => null },
    stdout: { write: (s) => { out += s; } },
    stderr: { write: (s) => { err += s; } },
    signal: new AbortController().signal,
  };
  return { ctx, out: () => out, err: () => err };
}
