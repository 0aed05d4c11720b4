import { FsError, type Errno } from '../engine/fs/vfs';
import { permits } from './coreutils/lib/users';
import { W } from './coreutils/lib/permissions';
import type { Redir } from './parser/ast';
import type { Input, Output } from './process';
import type { Shell } from './shell';
import type { Expander } from './expand/expander';
import { Parser } from './parser/parser';
import { bytesInput, emptyInput, nullOutput, stringInput, type BinaryOutput, type Io } from './io';
import { resolvePath } from './path';

/** A redirection that failed: the message is bash's, without the "bash: " prefix. */
export class RedirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedirError';
  }
}

const enc = new TextEncoder();

/**
 * Applies redirections left to right (so `>f 2>&1` and `2>&1 >f` differ as in bash) and
 * returns the new Io plus a close function. Files are opened on the Vfs relative to cwd;
 * /dev/null, /dev/stdout and /dev/stderr are handled here since a Vfs has no devices.
 */
export async function applyRedirs(sh: Shell, redirs: Redir[], io: Io, ex: Expander): Promise<[Io, () => void]> {
  if (!redirs.length) return [io, () => {}];
  const out: Io = { ...io, more: new Map(io.more) };
  const get = (fd: number): Input | Output | undefined => (fd === 0 ? out.stdin : fd === 1 ? out.stdout : fd === 2 ? out.stderr : out.more!.get(fd));
  const set = (fd: number, f: Input | Output) => {
    if (fd === 0) out.stdin = f as Input;
    else if (fd === 1) out.stdout = f as Output;
    else if (fd === 2) out.stderr = f as Output;
    else out.more!.set(fd, f);
    // stderr stays the terminal only when it is made a copy of a terminal stdout (`2>&1`).
    if (fd === 2) out.stderrTty = f === io.stdout && io.tty ? io.tty : undefined;
    if (fd <= 1) out.tty = undefined;
  };
  for (const r of redirs) {
    const defFd = r.op.startsWith('<') ? 0 : 1;
    const fd = r.fd ?? defFd;
    if (r.op === '<<' || r.op === '<<-') {
      const h = r.heredoc!;
      const body = h.quoted ? h.body : await ex.quoted(Parser.dqParts(h.body));
      set(fd, stringInput(body));
      continue;
    }
    const target = await ex.string(r.target);
    if (r.op === '<<<') { set(fd, stringInput(target + '\n')); continue; }
    if (r.op === '>&' || r.op === '<&') {
      if (target === '-') { set(fd, r.op === '<&' ? emptyInput : nullOutput); continue; }
      if (/^[0-9]+$/.test(target)) {
        const f = get(Number(target));
        if (!f) throw new RedirError(`${target}: Bad file descriptor`);
        set(fd, f);
        continue;
      }
      if (r.op === '<&' || r.fd !== undefined) throw new RedirError(`${target}: ambiguous redirect`);
    }
    if (target === '') throw new RedirError(`: No such file or directory`);
    if (r.op === '<') { set(fd, openRead(sh, target)); continue; }
    const append = r.op === '>>' || r.op === '&>>';
    const f = openWrite(sh, target, append);
    if (r.op === '&>' || r.op === '&>>' || (r.op === '>&' && r.fd === undefined)) { set(1, f); set(2, f); }
    else set(fd, f);
  }
  return [out, () => {}];
}

function fail(sh: Shell, path: string, code: Errno, write: boolean): never {
  throw new RedirError(sh.messages.open(path, code, write));
}

function openRead(sh: Shell, path: string): Input {
  if (path === '/dev/null') return emptyInput;
  const abs = resolvePath(sh.cwd, path);
  // A missing file is readFile's ENOENT, so a path through a directory the user may not search
  // reads as the kernel's EACCES.
  if (sh.fs.stat(abs)?.type === 'dir') fail(sh, path, 'EISDIR', false);
  try {
    return bytesInput(sh.fs.readFile(abs));
  } catch (e) {
    if (e instanceof FsError) fail(sh, path, e.code, false);
    throw e;
  }
}

function openWrite(sh: Shell, path: string, append: boolean): BinaryOutput {
  if (path === '/dev/null') return nullOutput;
  const abs = resolvePath(sh.cwd, path);
  const st = sh.fs.stat(abs);
  if (st?.type === 'dir') fail(sh, path, 'EISDIR', true);
  try {
    if (!st || !append) sh.fs.writeFile(abs, new Uint8Array(0), { mode: st ? st.mode : 0o644 });
    else if (!permits(sh.fs, st, W)) fail(sh, path, 'EACCES', true); // open(O_APPEND) needs w too
  } catch (e) {
    if (e instanceof FsError) fail(sh, path, e.code, true);
    throw e;
  }
  const put = (b: Uint8Array) => {
    if (!b.length) return;
    try {
      sh.fs.writeFile(abs, b, { append: true });
    } catch {
      // The file went away under us; like a write to an unlinked file, the data is lost.
    }
  };
  // Text is written as UTF-8; bytes (docker save, cat of a tar) go in untouched.
  return { write: (s: string) => put(enc.encode(s)), writeBytes: put };
}
