import type { Vfs } from '../../engine/fs/vfs';
import type { Entry } from '../../engine/layer/entry';
import type { PackageFilesFile } from './package-format';
import { DistroPaths, type DistroLayout } from './distro-paths';

/**
 * Unpacks and erases a package's files in a container filesystem (rpm's and apk's part of an
 * install): the files land with their real sizes, so `docker diff` and the committed layer see
 * exactly what the package manager wrote. Directories that are links in the image (merged /usr)
 * are followed, never replaced.
 */
export class PackageFiles {
  constructor(private readonly fs: Vfs, private readonly layout: DistroLayout) {}

  entries(files: PackageFilesFile): Entry[] {
    return DistroPaths.entries(files, this.layout);
  }

  place(entries: Entry[]): void {
    const fs = this.fs;
    for (const e of entries) {
      const st = fs.lstat(e.path);
      switch (e.type) {
        case 'dir':
          if (!st && !fs.stat(e.path)) fs.mkdir(e.path, { mode: e.mode, uid: e.uid, gid: e.gid, recursive: true });
          break;
        case 'file':
          if (st && st.type !== 'file') fs.unlink(e.path);
          fs.writeFile(e.path, e.content, { mode: e.mode, uid: e.uid, gid: e.gid });
          fs.chmod(e.path, e.mode);
          break;
        case 'symlink':
          if (st?.type === 'dir') break;
          if (st) fs.unlink(e.path);
          fs.symlink(e.target, e.path);
          break;
        case 'hardlink':
          if (st && st.type !== 'dir') fs.unlink(e.path);
          if (fs.lstat(e.target)) fs.link(e.target, e.path);
          break;
        default:
          break;
      }
    }
  }

  /** Erases the files and the directories the package alone made (now empty, not the system's). */
  erase(entries: Entry[]): void {
    const fs = this.fs;
    for (const e of [...entries].reverse()) {
      const st = fs.lstat(e.path);
      if (!st) continue;
      if (e.type !== 'dir') {
        if (st.type !== 'dir') fs.unlink(e.path);
      } else if (st.type === 'dir' && !SYSTEM_DIR.test(e.path) && fs.readdir(e.path).length === 0) fs.rmdir(e.path);
    }
  }
}

const SYSTEM_DIR = /^\/(etc|var|var\/lib|usr|usr\/(bin|sbin|lib|lib64|libexec|share|share\/man|include)|bin|sbin|lib|lib64)$/;
