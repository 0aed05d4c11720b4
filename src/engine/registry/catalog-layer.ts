import type { Changeset, Entry } from '../layer/entry';
import { executableContent } from '../layer/executable';
import type { CatalogLayerFile } from './catalog-format';

/**
 * The compact changeset encoding of catalog layers: one tab-separated line per entry, grouped by
 * directory so a path is written once per directory, not once per file (gzip-friendly, a few
 * dozen bytes per entry). A "d" or "c" line sets the current directory; other lines name a child.
 *
 *   d <abs> [mode] [uid:gid]             directory entry (and current directory)
 *   c <abs>                              current directory only (lives in a lower layer)
 *   f <name> <size> [mode] [uid:gid]     synthetic file, seed "<layer id>:<abs path>"
 *   x <name> <size> <program> [mode] [uid:gid]   executable "exe:<program>" (executable.ts)
 *   t <name> [mode] [uid:gid]            real text content from `texts[<abs path>]`
 *   l <name> <target>                    symlink (0777, root)
 *   h <name> <abs target> [mode] [uid:gid]   hard link
 *   w <name>                             whiteout
 *   o                                    opaque whiteout of the current directory
 *
 * Modes are octal; an empty or missing mode means 755 (d, x), 644 (f, t, h).
 */
const enc = new TextEncoder();

function owner(s: string | undefined): [number, number] {
  if (!s) return [0, 0];
  const [u, g] = s.split(':');
  return [Number(u), Number(g)];
}

const mode = (s: string | undefined, dflt: number) => (s ? parseInt(s, 8) : dflt);

export function decodeCatalogLayer(file: CatalogLayerFile): Changeset {
  if (file.v !== 1) throw new Error(`unknown catalog layer version ${String(file.v)}`);
  const out: Entry[] = [];
  const mtime = file.mtime;
  let cwd = '/';
  const child = (name: string) => (cwd === '/' ? `/${name}` : `${cwd}/${name}`);
  for (const line of file.lines.split('\n')) {
    if (line === '') continue;
    const f = line.split('\t');
    switch (f[0]) {
      case 'd': {
        cwd = f[1];
        const [uid, gid] = owner(f[3]);
        out.push({ type: 'dir', path: cwd, mode: mode(f[2], 0o755), uid, gid, mtime });
        break;
      }
      case 'c':
        cwd = f[1];
        break;
      case 'f': {
        const path = child(f[1]);
        const [uid, gid] = owner(f[4]);
        out.push({ type: 'file', path, mode: mode(f[3], 0o644), uid, gid, mtime, content: { kind: 'synthetic', size: Number(f[2]), seed: `${file.id}:${path}` } });
        break;
      }
      case 'x': {
        const [uid, gid] = owner(f[5]);
        out.push({ type: 'file', path: child(f[1]), mode: mode(f[4], 0o755), uid, gid, mtime, content: executableContent(f[3], Number(f[2])) });
        break;
      }
      case 't': {
        const path = child(f[1]);
        const text = file.texts[path];
        if (text === undefined) throw new Error(`catalog layer ${file.id}: no text for ${path}`);
        const [uid, gid] = owner(f[3]);
        out.push({ type: 'file', path, mode: mode(f[2], 0o644), uid, gid, mtime, content: { kind: 'bytes', bytes: enc.encode(text) } });
        break;
      }
      case 'l':
        out.push({ type: 'symlink', path: child(f[1]), target: f[2], mode: 0o777, uid: 0, gid: 0, mtime });
        break;
      case 'h': {
        const [uid, gid] = owner(f[4]);
        out.push({ type: 'hardlink', path: child(f[1]), target: f[2], mode: mode(f[3], 0o644), uid, gid, mtime });
        break;
      }
      case 'w':
        out.push({ type: 'whiteout', path: child(f[1]) });
        break;
      case 'o':
        out.push({ type: 'opaque', path: cwd });
        break;
      default:
        throw new Error(`catalog layer ${file.id}: bad line ${JSON.stringify(line)}`);
    }
  }
  return out;
}
