import type { Vfs } from '../../../engine/fs/vfs';

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

/** The user the process runs as: USER from the environment, else root (containers' default). */
export function currentUid(fs: Vfs, env: Map<string, string>): number {
  const user = env.get('USER');
  if (user !== undefined) return findUser(fs, user)?.id ?? 0;
  return 0;
}
