import type { Builtin } from './builtin';
import { resolvePath } from '../path';
import { missingCode, permits } from '../coreutils/lib/users';
import { X } from '../coreutils/lib/permissions';

/** cd and pwd. The shell keeps a logical cwd (symlinks not resolved), like bash without -P. */
export const navigationBuiltins: Record<string, Builtin> = {
  cd(sh, argv, io) {
    const args = argv.slice(1).filter((a, k) => !(k === 0 && (a === '-L' || a === '-P' || a === '--')));
    if (args.length > 1) { sh.error(io, 'cd: too many arguments'); return 1; }
    let dir: string | undefined = args[0];
    let print = false;
    if (dir === undefined) {
      dir = sh.getVar('HOME');
      if (dir === undefined) { sh.error(io, 'cd: HOME not set'); return 1; }
    } else if (dir === '-') {
      dir = sh.getVar('OLDPWD');
      if (dir === undefined) { sh.error(io, 'cd: OLDPWD not set'); return 1; }
      print = true;
    }
    if (dir === undefined) return 1;
    if (dir === '') return 0;
    const abs = resolvePath(sh.cwd, dir);
    const st = sh.fs.stat(abs);
    if (!st) { sh.error(io, sh.messages.cd(dir, missingCode(sh.fs, abs))); return sh.flavor === 'bash' ? 1 : 2; }
    if (st.type !== 'dir') { sh.error(io, sh.messages.cd(dir, 'ENOTDIR')); return sh.flavor === 'bash' ? 1 : 2; }
    if (!permits(sh.fs, st, X) || (!(st.mode & 0o111) && !isRoot(sh.getVar('USER')))) { sh.error(io, sh.messages.cd(dir, 'EACCES')); return 1; }
    sh.setVar('OLDPWD', sh.cwd);
    sh.exportVar('OLDPWD');
    sh.cwd = abs;
    sh.setVar('PWD', abs);
    if (print) io.stdout.write(abs + '\n');
    return 0;
  },
  pwd(sh, _argv, io) {
    io.stdout.write(sh.cwd + '\n');
    return 0;
  },
};

function isRoot(user: string | undefined): boolean {
  return user === undefined || user === 'root';
}
