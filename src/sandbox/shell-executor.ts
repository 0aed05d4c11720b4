import type { ExecRequest, Executor } from '../engine/executor';
import type { Program, ProcessContext, Terminal } from '../shell/process';
import { programOfContent } from '../engine/layer/executable';
import { lookPath } from './look-path';
import { fsAs, resolveUserSpec } from '../shell/coreutils/lib/users';

/**
 * Runs a container's process (DESIGN.md: the engine's Executor, implemented by the shell side):
 * finds argv[0] on the container's PATH in its own filesystem, and runs the simulated program
 * its executable names, or a `#!` script through its interpreter. Failures to exec are reported
 * with the runtime's words and status 127/126, as `docker run` shows them.
 */
export class ShellExecutor implements Executor {
  /**
   * `afterCommand` hears each command line an interactive shell in a container finished (the
   * container's writable layer is saved first), so lessons see changes before `exit`.
   */
  constructor(
    private readonly programs: () => Map<string, Program>,
    private readonly afterCommand?: (c: { containerId: string; line: string }) => void,
  ) {}

  async run(req: ExecRequest): Promise<number> {
    const env = new Map<string, string>();
    for (const kv of req.env) {
      const i = kv.indexOf('=');
      if (i > 0) env.set(kv.slice(0, i), kv.slice(i + 1));
    }
    if (!env.has('PATH')) env.set('PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    env.set('HOSTNAME', req.hostname);
    if (!env.has('HOME')) env.set('HOME', req.user && req.user !== 'root' && req.user !== '0' ? '/' : '/root');
    if (req.tty && !env.has('TERM')) env.set('TERM', 'xterm');
    let fs = req.fs;
    if (req.user && req.user !== 'root' && req.user !== '0') {
      const cred = resolveUserSpec(req.fs, req.user);
      if ('error' in cred) {
        req.io.stderr.write(`docker: Error response from daemon: ${cred.error}\n\nRun 'docker run --help' for more information\n`);
        return 125;
      }
      fs = fsAs(req.fs, cred);
    }
    const name = req.argv[0];
    const path = lookPath(req.fs, name, env.get('PATH')!, req.cwd);
    if (!path) {
      if (!name.includes('/')) return startFailed(req, `exec: "${name}": executable file not found in $PATH`, 127);
      // A named file that exists but cannot be executed is runc's EACCES, not a missing file.
      const abs = name.startsWith('/') ? name : `${req.cwd.replace(/\/$/, '')}/${name}`;
      if (req.fs.stat(abs)?.type === 'file') return startFailed(req, `exec: "${name}": permission denied`, 126);
      return startFailed(req, `exec: "${name}": stat ${name}: no such file or directory`, 127);
    }
    const head = req.fs.readContent(path);
    let program = programOfContent(head);
    let argv = req.argv;
    if (!program) {
      const text = new TextDecoder().decode(req.fs.readFile(path).subarray(0, 256));
      // The interpreter's one optional argument ends at the line's end (never the next line's word).
      const m = /^#![ \t]*(\S+)(?:[ \t]+([^\n]*[^\s]))?/.exec(text);
      if (!m) {
        return startFailed(req, `exec: "${name}": permission denied`, 126);
      }
      const interp = lookPath(req.fs, m[1], env.get('PATH')!, req.cwd);
      program = interp ? programOfContent(req.fs.readContent(interp)) : undefined;
      argv = [m[1], ...(m[2] ? [m[2]] : []), path, ...req.argv.slice(1)];
    }
    const impl = program ? this.programs().get(program) : undefined;
    if (!impl) {
      req.io.stderr.write(`layerlab: '${program ?? name}' is not available in this sandbox\n`);
      return 1;
    }
    const ctx: ProcessContext = {
      argv,
      env,
      cwd: req.cwd,
      fs,
      stdin: req.io.stdin,
      stdout: req.io.stdout,
      stderr: req.io.stderr,
      tty: req.io.terminal ? this.watched(req.io.terminal as Terminal, req) : undefined,
      signal: req.signal,
    };
    ctx.stderrTty = ctx.tty;
    return impl(ctx);
  }

  /**
   * The container's terminal, seen through: a shell asking for its main prompt (a line read with
   * history) has finished the line before, as in Sandbox.runTerminal.
   */
  private watched(tty: Terminal, req: ExecRequest): Terminal {
    let pending: string | null = null;
    const readLine: Terminal['readLine'] = async (prompt, opts) => {
      if (opts?.history && pending !== null) {
        const line = pending;
        pending = null;
        await req.checkpoint().catch(() => undefined);
        this.afterCommand?.({ containerId: req.containerId, line });
      }
      const line = await tty.readLine(prompt, opts);
      if (opts?.history && line !== null && line.trim()) pending = line;
      return line;
    };
    return new Proxy(tty, {
      get: (t, k) => {
        if (k === 'readLine') return readLine;
        const v: unknown = Reflect.get(t, k, t);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
    });
  }
}

/** The daemon's start failure for an exec error, as the docker client prints it (v28, runc). */
/**
 * runc could not start the process. `docker run` gets the daemon's error (exit 127 or 126);
 * `docker exec` gets runc's text in its output stream, on stdout, and exits 126 either way
 * (recorded: test/transcripts/docker/exec.txt).
 */
function startFailed(req: ExecRequest, detail: string, runCode: number): number {
  if (req.exec) {
    // The daemon writes it into the exec's stream with a CRLF, tty or not.
    req.io.stdout.write(`OCI runtime exec failed: exec failed: unable to start container process: ${detail}: unknown\r\n`);
    return 126;
  }
  req.io.stderr.write(execError(detail));
  return runCode;
}

function execError(detail: string): string {
  return `docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${detail}: unknown\n\nRun 'docker run --help' for more information\n`;
}
