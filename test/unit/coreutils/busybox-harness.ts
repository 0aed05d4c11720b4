import type { Vfs } from '../../../src/engine/fs/vfs';
import type { ProcessContext, Terminal } from '../../../src/shell/process';
import { coreutils } from '../../../src/shell/coreutils';
import { busyboxStderr } from '../../../src/shell/coreutils/busybox-stderr';
import { ROOT } from './fixture';
import type { RunResult } from './harness';

/**
 * Runs a coreutil as the busybox dispatcher (src/sandbox/programs.ts) runs an applet: with
 * impl 'busybox' and busybox's stderr wording. `columns` gives it a terminal of that width.
 */
export async function runApplet(fs: Vfs, argv: string[], opts: { stdin?: string; columns?: number } = {}): Promise<RunResult> {
  const out = { stdout: '', stderr: '' };
  let input = opts.stdin ?? '';
  const tty: Terminal | undefined = opts.columns
    ? { columns: opts.columns, rows: 24, interactive: true, write: (s) => void (out.stdout += s), readLine: async () => null, readKey: async () => null, readSecret: async () => null }
    : undefined;
  const ctx: ProcessContext = {
    argv,
    env: new Map([['TZ', 'UTC'], ['PATH', '/usr/bin:/bin']]),
    cwd: ROOT,
    fs,
    stdin: { read: async () => { const s = input; input = ''; return s === '' ? null : s; } },
    stdout: { write: (s) => void (out.stdout += s) },
    stderr: busyboxStderr(argv[0], { write: (s) => void (out.stderr += s) }),
    tty,
    signal: new AbortController().signal,
    impl: 'busybox',
  };
  const status = await coreutils[argv[0]](ctx);
  return { ...out, status };
}
