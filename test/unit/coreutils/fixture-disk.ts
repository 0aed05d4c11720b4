/** The coreutils fixture on a real disk, for the scripts that record the real tools over it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURE, ROOT, fixtureSeconds, fixtureText } from './fixture';

/** Builds FIXTURE under ROOT afresh on this machine's disk (run as root: owners are set). */
export function buildFixture(): void {
  fs.rmSync(ROOT, { recursive: true, force: true });
  for (const n of FIXTURE) {
    const p = path.join(ROOT, n.path);
    if (n.type === 'dir') fs.mkdirSync(p, { recursive: true, mode: 0o755 });
    else if (n.type === 'file') fs.writeFileSync(p, fixtureText(n));
    else fs.symlinkSync(n.target!, p);
    if (n.type !== 'symlink') fs.chmodSync(p, n.mode ?? (n.type === 'dir' ? 0o755 : 0o644));
    fs.lchownSync(p, n.uid ?? 0, n.gid ?? 0);
  }
  // Children change their directory's mtime: set times deepest first.
  for (const n of [...FIXTURE].reverse()) {
    const t = fixtureSeconds(n.mtime);
    fs.lutimesSync(path.join(ROOT, n.path), t, t);
  }
}

/** One line per node under ROOT: type, mode, owner, path and size+content or link target. */
export function dumpTree(): string {
  const lines: string[] = [];
  const walk = (rel: string) => {
    const p = path.join(ROOT, rel);
    const st = fs.lstatSync(p);
    const mode = (st.mode & 0o7777).toString(8);
    if (st.isSymbolicLink()) lines.push(`l ${mode} ${st.uid}:${st.gid} ${rel} -> ${fs.readlinkSync(p)}`);
    else if (st.isDirectory()) {
      lines.push(`d ${mode} ${st.uid}:${st.gid} ${rel}/`);
      for (const c of fs.readdirSync(p).sort()) walk(rel ? `${rel}/${c}` : c);
    } else lines.push(`f ${mode} ${st.uid}:${st.gid} ${rel} ${st.size} ${JSON.stringify(fs.readFileSync(p, 'latin1').slice(0, 200))}`);
  };
  walk('');
  return lines.join('\n');
}
