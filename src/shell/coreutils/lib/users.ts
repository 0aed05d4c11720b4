import type { Stat, Vfs } from '../../../engine/fs/vfs';
import { allowed, checkedOps, searchable } from './permissions';

export interface DbEntry {
  name: string;
  id: number;
  /** passwd: primary gid; group: unused (-1). */
  gid: number;
  /** group: member names; passwd: home directory as the only element. */
  extra: string[];
}

/**
 * Parsed databases per filesystem, reused while the file's size and mtime are unchanged:
 * `ls -l` asks for a name per entry, and re-reading the file each time dominated its cost.
 */
const cache = new WeakMap<Vfs, Map<string, { key: string; db: DbEntry[] }>>();

/** Reads /etc/passwd or /etc/group from the (container's) filesystem; missing file -> empty. */
export function readDb(fs: Vfs, file: '/etc/passwd' | '/etc/group'): DbEntry[] {
  const st = fs.stat(file);
  if (!st || st.type !== 'file') return [];
  const key = `${st.size}:${st.mtime}`;
  let perFs = cache.get(fs);
  if (!perFs) cache.set(fs, (perFs = new Map()));
  const hit = perFs.get(file);
  if (hit && hit.key === key) return hit.db;
  const db = parseDb(fs, file);
  perFs.set(file, { key, db });
  return db;
}

function parseDb(fs: Vfs, file: '/etc/passwd' | '/etc/group'): DbEntry[] {
  let text: string;
  try {
    text = new TextDecoder().decode(fs.readFile(file));
  } catch {
    return [];
  }
  const out: DbEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 4 || !/^\d+$/.test(f[2])) continue;
    if (file === '/etc/passwd') out.push({ name: f[0], id: Number(f[2]), gid: Number(f[3]), extra: [f[5] ?? ''] });
    else out.push({ name: f[0], id: Number(f[2]), gid: -1, extra: f[3] ? f[3].split(',') : [] });
  }
  return out;
}

/** The user name of a uid, or the number as text when /etc/passwd has no entry (as ls prints it). */
export function userName(fs: Vfs, uid: number): string {
  return readDb(fs, '/etc/passwd').find((e) => e.id === uid)?.name ?? String(uid);
}

export function groupName(fs: Vfs, gid: number): string {
  return readDb(fs, '/etc/group').find((e) => e.id === gid)?.name ?? String(gid);
}

/** A user named or numbered by `spec`; undefined when neither. */
export function findUser(fs: Vfs, spec: string): DbEntry | undefined {
  const db = readDb(fs, '/etc/passwd');
  const e = db.find((x) => x.name === spec);
  if (e) return e;
  if (/^\d+$/.test(spec)) return db.find((x) => x.id === Number(spec)) ?? { name: spec, id: Number(spec), gid: -1, extra: [] };
  return undefined;
}

export function findGroup(fs: Vfs, spec: string): DbEntry | undefined {
  const db = readDb(fs, '/etc/group');
  const e = db.find((x) => x.name === spec);
  if (e) return e;
  if (/^\d+$/.test(spec)) return db.find((x) => x.id === Number(spec)) ?? { name: spec, id: Number(spec), gid: -1, extra: [] };
  return undefined;
}

/** The user the process runs as: its credentials, else USER from the environment, else root. */
export function currentUid(fs: Vfs, env: Map<string, string>): number {
  const cred = credentials.get(fs);
  if (cred) return cred.uid;
  const user = env.get('USER');
  if (user !== undefined) return findUser(fs, user)?.id ?? 0;
  return 0;
}

/** A process's credentials: what `docker run -u` / `docker exec -u` give its process. */
export interface Credentials {
  uid: number;
  gid: number;
  groups: number[];
}

/**
 * Credentials travel with the filesystem view a process sees (like Linux's fsuid): the shell
 * hands its own fs to every child, so `sh -c id` inside `docker run -u` still sees the user.
 */
const credentials = new WeakMap<Vfs, Credentials>();

/** The credentials of a process whose filesystem is `fs`; undefined means root's defaults. */
export function processCredentials(fs: Vfs): Credentials | undefined {
  return credentials.get(fs);
}

/**
 * Resolves Docker's `user[:group]` the way runc does against the container's own
 * /etc/passwd and /etc/group: a numeric uid needs no entry (gid 0 then); a name must exist.
 * Returns the missing part's description on failure, worded as the daemon says it.
 */
export function resolveUserSpec(fs: Vfs, spec: string): Credentials | { error: string } {
  const [u, g] = spec.split(':', 2) as [string, string | undefined];
  const passwd = readDb(fs, '/etc/passwd');
  const user = passwd.find((e) => e.name === u) ?? (/^\d+$/.test(u) ? passwd.find((e) => e.id === Number(u)) : undefined);
  if (!user && !/^\d+$/.test(u)) return { error: `unable to find user ${u}: no matching entries in passwd file` };
  const uid = user ? user.id : Number(u);
  let gid = user ? user.gid : 0;
  const groups = readDb(fs, '/etc/group');
  if (g !== undefined && g !== '') {
    const grp = groups.find((e) => e.name === g);
    if (!grp && !/^\d+$/.test(g)) return { error: `unable to find group ${g}: no matching entries in group file` };
    gid = grp ? grp.id : Number(g);
    return { uid, gid, groups: [gid] };
  }
  const extra = user ? groups.filter((e) => e.extra.includes(user.name) && e.id !== gid).map((e) => e.id) : [];
  return { uid, gid, groups: [gid, ...extra] };
}

/**
 * Whether the process whose filesystem is `fs` may do `want` (permissions.ts R/W/X) to the file
 * `st`; true when the process has no credentials (root's defaults).
 */
export function permits(fs: Vfs, st: Stat, want: number): boolean {
  const cred = credentials.get(fs);
  return !cred || allowed(st, cred, want);
}

/**
 * Why stat/lstat of `p` found nothing in `fs`: EACCES when a directory on the way is one the
 * process cannot search (stat(2)'s error; the view reports such a path as missing), else ENOENT.
 */
export function missingCode(fs: Vfs, p: string): 'EACCES' | 'ENOENT' {
  const cred = credentials.get(fs);
  if (!cred || cred.uid === 0) return 'ENOENT';
  return searchable(unchecked(fs), cred, p) ? 'ENOENT' : 'EACCES';
}

/** The filesystem a view was made from: what fsAs wraps is never a view itself. */
const bases = new WeakMap<Vfs, Vfs>();

/**
 * `fs` as it is, without any process's permission checks: for setuid programs such as sudo,
 * which read root-only files (/etc/sudoers.d) on the caller's behalf.
 */
export function unchecked(fs: Vfs): Vfs {
  return bases.get(fs) ?? fs;
}

/**
 * `fs` seen by a process running as `cred`: files it creates are its own, and a non-root
 * process is refused what Linux refuses it (permissions.ts). Switching user (sudo, su) starts
 * from the underlying fs, so root's view is never checked as the caller.
 */
export function fsAs(fs: Vfs, cred: Credentials): Vfs {
  const base = unchecked(fs);
  const owned = <T extends { uid?: number; gid?: number }>(p: string, o: T | undefined): T | undefined =>
    base.lstat(p) ? o : ({ ...o, uid: o?.uid ?? cred.uid, gid: o?.gid ?? cred.gid } as T);
  const stamped: Partial<Vfs> = {
    writeFile: (p, d, o) => base.writeFile(p, d, owned(p, o)),
    mkdir: (p, o) => base.mkdir(p, owned(p, o)),
  };
  const inner = overlay(base, stamped);
  const view = cred.uid === 0 ? inner : overlay(inner, checkedOps(inner, cred));
  credentials.set(view, cred);
  bases.set(view, base);
  return view;
}

/** `fs` with some of its methods replaced. */
function overlay(fs: Vfs, ops: Partial<Vfs>): Vfs {
  return new Proxy(fs, {
    get: (t, k) => {
      const own = (ops as Record<string | symbol, unknown>)[k];
      if (own) return own;
      const v: unknown = Reflect.get(t, k, t);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
}
