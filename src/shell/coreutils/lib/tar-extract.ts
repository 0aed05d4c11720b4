import type { ProcessContext } from '../../process';
import { errorText } from './fail';
import { resolvePath } from './path';
import type { TarMember } from './tar-format';
import { findGroup, findUser } from './users';

export interface ExtractOpts {
  dir: string;
  /** root: modes as archived and owners restored (GNU's defaults for the superuser). */
  root: boolean;
  /** -p: modes as archived for anyone. */
  preserve: boolean;
}

/**
 * Writes members under `dir` as GNU tar extracts them: an existing file is replaced, missing
 * parents are made, a directory's mode and time are set after its contents (writing into it
 * would change its time). Without -p a non-root user's modes lose the umask bits (022).
 * Returns false when a member failed (its error already printed).
 */
export function extractMembers(ctx: ProcessContext, members: TarMember[], o: ExtractOpts): boolean {
  const fs = ctx.fs;
  let ok = true;
  const dirs: Array<[string, TarMember]> = [];
  const mode = (m: TarMember) => (o.root || o.preserve ? m.mode : m.mode & ~0o022);
  const owner = (m: TarMember): [number, number] => {
    const u = m.uname ? findUser(fs, m.uname) : undefined;
    const g = m.gname ? findGroup(fs, m.gname) : undefined;
    return [u && u.gid !== -1 ? u.id : m.uid, g && g.gid !== -1 ? g.id : m.gid];
  };
  for (const m of members) {
    const name = m.name.replace(/^\/+/, '');
    const abs = resolvePath(o.dir, name);
    const shown = name.replace(/\/$/, '');
    try {
      const parent = abs.slice(0, abs.lastIndexOf('/')) || '/';
      if (!fs.stat(parent)) fs.mkdir(parent, { recursive: true });
      const old = fs.lstat(abs);
      if (m.type === '5') {
        if (!old || old.type !== 'dir') {
          if (old) fs.unlink(abs);
          fs.mkdir(abs, { mode: 0o700 });
        }
        dirs.push([abs, m]);
        continue;
      }
      if (old?.type === 'dir') {
        ctx.stderr.write(`tar: ${shown}: Cannot open: Is a directory\n`);
        ok = false;
        continue;
      }
      if (old) fs.unlink(abs);
      if (m.type === '2') {
        fs.symlink(m.linkname, abs);
        continue;
      }
      if (m.type === '1') {
        fs.link(resolvePath(o.dir, m.linkname.replace(/^\/+/, '')), abs);
        continue;
      }
      // the filesystem makes a non-root user's files theirs (the process's credentials)
      fs.writeFile(abs, m.data.slice(), { mode: mode(m) });
      fs.chmod(abs, mode(m));
      if (o.root) fs.chown(abs, ...owner(m));
      fs.utimes(abs, m.mtime);
    } catch (e) {
      ctx.stderr.write(`tar: ${shown}: Cannot open: ${errorText(e)}\n`);
      ok = false;
    }
  }
  for (const [abs, m] of dirs.reverse()) {
    fs.chmod(abs, mode(m));
    if (o.root) fs.chown(abs, ...owner(m));
    fs.utimes(abs, m.mtime);
  }
  return ok;
}
