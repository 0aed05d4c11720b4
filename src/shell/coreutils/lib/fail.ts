import { FsError, type Errno } from '../../../engine/fs/vfs';
import type { ProcessContext } from '../../process';
import { progName } from './args';

const TEXT: Record<Errno, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  ELOOP: 'Too many levels of symbolic links',
  EXDEV: 'Invalid cross-device link',
  EPERM: 'Operation not permitted',
};

/** strerror() text for an errno name, as glibc prints it. */
export function errnoText(code: Errno): string {
  return TEXT[code];
}

/** The errno text of a thrown FsError; anything else is a bug and is rethrown. */
export function errorText(e: unknown): string {
  if (e instanceof FsError) return TEXT[e.code];
  throw e;
}

/**
 * GNU's quoting of file names in diagnostics (quotef/quoteaf, "shell-escape-always" in the C
 * locale): 'name', or "name" when it holds a single quote, or $'...' pieces for control bytes.
 */
export function quote(name: string): string {
  if (/[\x00-\x1f\x7f]/.test(name)) {
    return name
      .split(/([\x00-\x1f\x7f]+)/)
      .map((part, i) => (i % 2 ? `$'${[...part].map(escapeCtl).join('')}'` : part === '' ? '' : quote(part)))
      .join('');
  }
  if (!name.includes("'")) return `'${name}'`;
  if (!/[$`"\\]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, `'\\''`)}'`;
}

function escapeCtl(c: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
  return named[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`;
}

/** Writes "prog: message" to stderr. */
export function warn(ctx: ProcessContext, message: string): void {
  ctx.stderr.write(`${progName(ctx)}: ${message}\n`);
}

/** "prog: missing operand" + the --help hint, as most coreutils print it. */
export function missingOperand(ctx: ProcessContext, after?: string): void {
  const p = progName(ctx);
  ctx.stderr.write(after === undefined ? `${p}: missing operand\n` : `${p}: missing destination file operand after ${quote(after)}\n`);
  ctx.stderr.write(`Try '${p} --help' for more information.\n`);
}

/** "prog: extra operand 'x'" + the --help hint. */
export function extraOperand(ctx: ProcessContext, operand: string): void {
  const p = progName(ctx);
  ctx.stderr.write(`${p}: extra operand ${quote(operand)}\nTry '${p} --help' for more information.\n`);
}
