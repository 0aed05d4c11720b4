import type { Errno } from '../engine/fs/vfs';

/** bash (Debian/Ubuntu/CentOS login shells), dash (Debian/Ubuntu /bin/sh), busybox ash (alpine, busybox). */
export type ShellFlavor = 'bash' | 'dash' | 'busybox';

const STRERROR: Record<Errno, string> = {
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

/**
 * The wording of the shell's own errors. bash (Debian, Ubuntu, CentOS images) and busybox ash
 * (alpine, busybox images) say the same things differently: `bash: foo: command not found` vs
 * `sh: foo: not found`; ash also spells some errno texts its own way (errmsg() in ash.c).
 */
export class ShellMessages {
  constructor(readonly flavor: ShellFlavor) {}

  static strerror(code: Errno): string {
    return STRERROR[code] ?? code;
  }

  notFound(name: string): string {
    return this.flavor === 'bash' ? `${name}: command not found` : `${name}: not found`;
  }

  /** A syntax error message from the parser (bash's text) in this flavor. */
  syntax(bashText: string): string {
    if (this.flavor === 'bash') return bashText;
    const m = /^syntax error near unexpected token `(.*)'$/.exec(bashText);
    if (m && this.flavor === 'dash') return m[1] === 'newline' ? 'Syntax error: newline unexpected' : `Syntax error: "${m[1]}" unexpected`;
    if (m) return m[1] === 'newline' ? 'syntax error: unexpected newline' : `syntax error: unexpected "${m[1]}"`;
    return bashText;
  }

  cd(dir: string, code: Errno): string {
    return this.flavor === 'bash' ? `cd: ${dir}: ${STRERROR[code]}` : `cd: can't cd to ${dir}: ${STRERROR[code]}`;
  }

  /** A redirection that could not open its file. */
  open(path: string, code: Errno, write: boolean): string {
    if (this.flavor === 'bash') return `${path}: ${STRERROR[code]}`;
    const em = code === 'ENOENT' || code === 'ENOTDIR' ? (write ? 'nonexistent directory' : 'no such file') : STRERROR[code];
    return `can't ${write ? 'create' : 'open'} ${path}: ${em}`;
  }

  /** Exec failures: Permission denied, No such file or directory, Is a directory. */
  exec(path: string, code: Errno): string {
    if (this.flavor !== 'bash' && code === 'ENOENT') return `${path}: not found`;
    return `${path}: ${STRERROR[code]}`;
  }
}
