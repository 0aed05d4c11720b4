import { FsError, type Errno, type Stat, type Vfs } from '../../../engine/fs/vfs';
import { path } from '../../../engine/fs/path';

/** What a process is (users.ts Credentials, repeated here to keep the import one way). */
interface Cred {
  uid: number;
  gid: number;
  groups: number[];
}

export const R = 4;
export const W = 2;
export const X = 1;

/**
 * The kernel's generic_permission: the owner's bits, else the group's when the file's group is
 * one of the process's, else the others'. Root passes everything but executing a file with no
 * x bit at all.
 */
export function allowed(st: Stat, cred: Cred, want: number): boolean {
  if (cred.uid === 0) return !(want & X) || st.type === 'dir' || (st.mode & 0o111) !== 0;
  const ingroup = st.gid === cred.gid || cred.groups.includes(st.gid);
  const bits = st.uid === cred.uid ? st.mode >> 6 : ingroup ? st.mode >> 3 : st.mode;
  return (bits & want) === want;
}

/**
 * The Vfs operations a non-root process may be refused, each checked as Linux checks the
 * system call behind it before doing it on `fs`: search (x) on every directory of the path,
 * w+x on the directory whose entries change, r to read, w to write, the owner to chmod/chown,
 * and the sticky bit's owner rule. Existence errors (ENOENT, EEXIST) stay the underlying fs's,
 * as the kernel finds them first. stat and lstat report an unreachable path as missing rather
 * than throwing, because most callers treat their result as "exists or not" (test -e, PATH
 * lookup, globbing); a program that reports why a path is missing asks missingCode (users.ts),
 * which says EACCES where stat(2) would have failed so ("ls: cannot access '/root/x':
 * Permission denied").
 */
/**
 * Whether `cred` may search every directory on the way to `p` (x on '/' and on each directory
 * down to p's parent): what stat(2) needs before it can find p at all.
 */
export function searchable(fs: Vfs, cred: Cred, p: string): boolean {
  let dir = '/';
  for (const part of path.normalize(p).split('/').filter(Boolean).slice(0, -1)) {
    const st = fs.stat(dir);
    if (st?.type === 'dir' && !allowed(st, cred, X)) return false;
    dir = path.join(dir, part);
  }
  const st = fs.stat(dir);
  return !(st?.type === 'dir' && !allowed(st, cred, X));
}

export function checkedOps(fs: Vfs, cred: Cred): Partial<Vfs> {
  const deny = (p: string, code: Errno = 'EACCES'): never => {
    throw new FsError(code, p);
  };
  /** x on '/', and on each directory down to p's parent. */
  const reachable = (p: string): boolean => searchable(fs, cred, p);
  const reach = (p: string) => void (reachable(p) || deny(p));
  /** Adding or removing an entry of p's directory; `victim` is the entry removed or replaced. */
  const changeEntry = (p: string, victim?: Stat) => {
    const dir = fs.stat(path.dirname(path.normalize(p)));
    if (!dir || dir.type !== 'dir') return; // the underlying fs says ENOENT/ENOTDIR
    if (!allowed(dir, cred, W | X)) deny(p);
    // Sticky directory (/tmp): only the entry's or the directory's owner removes it.
    if (victim && dir.mode & 0o1000 && victim.uid !== cred.uid && dir.uid !== cred.uid) deny(p, 'EPERM');
  };
  const reading = (p: string) => {
    reach(p);
    const st = fs.stat(p);
    if (st && !allowed(st, cred, R)) deny(p);
  };
  return {
    stat: (p) => (reachable(p) ? fs.stat(p) : undefined),
    lstat: (p) => (reachable(p) ? fs.lstat(p) : undefined),
    readdir: (p) => (reading(p), fs.readdir(p)),
    readFile: (p) => (reading(p), fs.readFile(p)),
    readContent: (p) => (reading(p), fs.readContent(p)),
    readlink: (p) => (reach(p), fs.readlink(p)),
    writeFile: (p, d, o) => {
      reach(p);
      const st = fs.stat(p);
      if (st && st.type !== 'dir' && !allowed(st, cred, W)) deny(p);
      if (!st) changeEntry(p);
      fs.writeFile(p, d, o);
    },
    mkdir: (p, o) => {
      if (o?.recursive) {
        // Each missing directory on the way is created in turn, as `mkdir -p` does.
        let dir = '/';
        for (const part of path.normalize(p).split('/').filter(Boolean)) {
          dir = path.join(dir, part);
          if (!fs.lstat(dir)) fsMkdir(dir, o);
        }
        return;
      }
      fsMkdir(p, o);
    },
    unlink: (p) => removing(p, () => fs.unlink(p)),
    rmdir: (p) => removing(p, () => fs.rmdir(p)),
    rename: (a, b) => {
      reach(a);
      reach(b);
      const src = fs.lstat(a);
      if (src) {
        changeEntry(a, src);
        changeEntry(b, fs.lstat(b));
      }
      fs.rename(a, b);
    },
    symlink: (t, p) => creating(p, () => fs.symlink(t, p)),
    link: (e, p) => (reach(e), creating(p, () => fs.link(e, p))),
    chmod: (p, m) => {
      reach(p);
      const st = fs.stat(p);
      if (st && st.uid !== cred.uid) deny(p, 'EPERM');
      fs.chmod(p, m);
    },
    chown: (p, u, g) => {
      reach(p);
      const st = fs.stat(p);
      // Only root gives a file away; the owner may change its group to one of its own.
      if (st && (u !== st.uid || st.uid !== cred.uid || (g !== st.gid && g !== cred.gid && !cred.groups.includes(g)))) deny(p, 'EPERM');
      fs.chown(p, u, g);
    },
    utimes: (p, t) => {
      reach(p);
      const st = fs.stat(p);
      // Setting the time to now (touch) needs ownership or write permission.
      if (st && st.uid !== cred.uid && !allowed(st, cred, W)) deny(p);
      fs.utimes(p, t);
    },
  };

  function fsMkdir(p: string, o?: Parameters<Vfs['mkdir']>[1]) {
    creating(p, () => fs.mkdir(p, o && { ...o, recursive: false }));
  }
  function creating(p: string, op: () => void) {
    reach(p);
    if (!fs.lstat(p)) changeEntry(p);
    op();
  }
  function removing(p: string, op: () => void) {
    reach(p);
    const st = fs.lstat(p);
    if (st) changeEntry(p, st);
    op();
  }
}
