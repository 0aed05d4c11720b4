import type { ProcessContext } from '../../shell/process';
import { FsError } from '../../engine/fs/vfs';
import { path } from '../../engine/fs/path';
import { missingCode } from '../../shell/coreutils/lib/users';

/**
 * Files the docker client itself opens in the caller's filesystem (`save -o`, `load -i`,
 * `import FILE`), with Go's os error texts: "open x.tar: no such file or directory".
 */
const TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory', EISDIR: 'is a directory', ENOTDIR: 'not a directory', EACCES: 'permission denied',
};

/** The random part of atomicwriter's temp file name, made deterministic (see write). */
export const TEMP_SUFFIX = '1804289383';

export const HostFile = {
  abs(ctx: ProcessContext, name: string): string {
    return path.normalize(name.startsWith('/') ? name : path.join(ctx.cwd, name));
  },
  read(ctx: ProcessContext, name: string): Uint8Array | string {
    const p = HostFile.abs(ctx, name);
    const st = ctx.fs.stat(p);
    if (!st) return `open ${name}: no such file or directory`;
    // Go's os.Open succeeds on a directory; the read then fails.
    if (st.type === 'dir') return `read ${name}: is a directory`;
    return ctx.fs.readFile(p);
  },
  /** docker/cli's atomicwriter checks the target before the daemon is asked (recorded from docker 28.2.2). */
  checkOutput(ctx: ProcessContext, name: string): string | undefined {
    const p = HostFile.abs(ctx, name);
    const i = name.replace(/\/+$/, '').lastIndexOf('/');
    const shown = i < 0 ? '.' : i === 0 ? '/' : name.slice(0, i);
    const dir = ctx.fs.stat(path.dirname(p));
    if (!dir) return `invalid output path: stat ${shown}: no such file or directory`;
    if (dir.type !== 'dir') return `invalid output path: stat ${shown}: not a directory`;
    const st = ctx.fs.stat(p);
    if (st?.type === 'dir') return 'cannot write to a directory';
    // atomicwriter.New lstat's the absolute path: a directory on the way the user cannot search
    // (/root) fails there (recorded: "lstat /root/x.tar: permission denied").
    if (!st && missingCode(ctx.fs, p) === 'EACCES') return `failed to stat output path: lstat ${p}: permission denied`;
    return undefined;
  },
  write(ctx: ProcessContext, name: string, bytes: Uint8Array): string | undefined {
    try {
      // atomicwriter creates the file 0600 (docker/cli save.go).
      ctx.fs.writeFile(HostFile.abs(ctx, name), bytes, { mode: 0o600 });
      return undefined;
    } catch (e) {
      // atomicwriter writes a temp file next to the target (os.CreateTemp(dir, ".tmp-"+base)) and
      // renames it: a directory the user cannot write in refuses that temp file. Go names it
      // with a random uint32 ("/etc/.tmp-x.tar897914020" when recorded); this one is fixed.
      const abs = HostFile.abs(ctx, name);
      if (e instanceof FsError && e.code === 'EACCES') return `open ${path.join(path.dirname(abs), `.tmp-${path.basename(abs)}${TEMP_SUFFIX}`)}: permission denied`;
      if (e instanceof FsError) return `open ${name}: ${TEXT[e.code] ?? e.code}`;
      throw e;
    }
  },
};
