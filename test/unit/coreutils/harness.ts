import type { Vfs } from '../../../src/engine/fs/vfs';
import { executableContent } from '../../../src/engine/layer/executable';
import type { ProcessContext, Terminal } from '../../../src/shell/process';
import { coreutils } from '../../../src/shell/coreutils';
import { FIXTURE, ROOT, fixtureSeconds, fixtureText } from './fixture';
import { CowFs } from '../../../src/engine/fs/cow-fs';
import { UnionView } from '../../../src/engine/fs/union-view';

export interface RunResult { stdout: string; stderr: string; status: number }

const enc = new TextEncoder();

/** The fixture tree (and the recorded machine's /etc files) in a fresh CowFs (an empty lower: in-memory). */
export function buildFs(etc: { passwd: string; group: string; hostname: string }): Vfs {
  let clock = 0;
  const fs = new CowFs(UnionView.empty(), { now: () => clock });
  fs.mkdir('/etc');
  fs.writeFile('/etc/passwd', enc.encode(etc.passwd));
  fs.writeFile('/etc/group', enc.encode(etc.group));
  fs.writeFile('/etc/hostname', enc.encode(etc.hostname));
  fs.mkdir('/usr/bin', { recursive: true });
  for (const p of ['ls', 'cat', 'grep']) fs.writeFile(`/usr/bin/${p}`, executableContent(p, 100000), { mode: 0o755 });
  fs.mkdir('/tmp', { mode: 0o1777 });
  for (const n of FIXTURE) {
    const p = n.path ? `${ROOT}/${n.path}` : ROOT;
    clock = fixtureSeconds(n.mtime);
    if (n.type === 'dir') fs.mkdir(p, { mode: n.mode ?? 0o755 });
    else if (n.type === 'file') fs.writeFile(p, enc.encode(fixtureText(n)), { mode: n.mode ?? 0o644 });
    else fs.symlink(n.target!, p);
    if (n.uid !== undefined) fs.chown(p, n.uid, n.gid ?? 0);
  }
  for (const n of [...FIXTURE].reverse()) if (n.type !== 'symlink') fs.utimes(n.path ? `${ROOT}/${n.path}` : ROOT, fixtureSeconds(n.mtime));
  return fs;
}

/** Runs argv with our programs (falling back to `extra` for helpers like echo). */
export async function run(
  fs: Vfs,
  argv: string[],
  opts: { stdin?: string; columns?: number; env?: Map<string, string>; cwd?: string; signal?: AbortSignal } = {},
): Promise<RunResult> {
  const out = { stdout: '', stderr: '' };
  let input = opts.stdin ?? '';
  const tty: Terminal | undefined = opts.columns
    ? {
        columns: opts.columns,
        rows: 24,
        interactive: true,
        write: (s) => void (out.stdout += s),
        readLine: async () => null,
        readKey: async () => null,
        readSecret: async () => null,
      }
    : undefined;
  const ctx: ProcessContext = {
    argv,
    env: opts.env ?? new Map([['LC_ALL', 'C'], ['TZ', 'UTC'], ['COLUMNS', '80'], ['PATH', '/usr/bin:/bin']]),
    cwd: opts.cwd ?? ROOT,
    fs,
    stdin: { read: async () => { const s = input; input = ''; return s === '' ? null : s; } },
    stdout: { write: (s) => void (out.stdout += s) },
    stderr: { write: (s) => void (out.stderr += s) },
    tty,
    signal: opts.signal ?? new AbortController().signal,
  };
  const prog = coreutils[argv[0]];
  if (!prog) throw new Error(`no program ${argv[0]}`);
  const status = await prog(ctx);
  return { ...out, status };
}

/** The recorder's tree dump, over a Vfs. */
export function dumpTree(fs: Vfs): string {
  const lines: string[] = [];
  const dec = new TextDecoder('latin1');
  const walk = (rel: string) => {
    const p = rel ? `${ROOT}/${rel}` : ROOT;
    const st = fs.lstat(p)!;
    const mode = st.mode.toString(8);
    if (st.type === 'symlink') lines.push(`l ${mode} ${st.uid}:${st.gid} ${rel} -> ${fs.readlink(p)}`);
    else if (st.type === 'dir') {
      lines.push(`d ${mode} ${st.uid}:${st.gid} ${rel}/`);
      for (const c of fs.readdir(p)) walk(rel ? `${rel}/${c}` : c);
    } else lines.push(`f ${mode} ${st.uid}:${st.gid} ${rel} ${st.size} ${JSON.stringify(dec.decode(fs.readFile(p)).slice(0, 200))}`);
  };
  walk('');
  return lines.join('\n');
}
