import { FsError, type Vfs } from '../../engine/fs/vfs';
import { resolvePath } from '../path';

export type LoadResult =
  | { kind: 'file'; lines: string[]; bytes: number; noEol: boolean }
  | { kind: 'new'; parentMissing: boolean }
  | { kind: 'dir' }
  | { kind: 'unreadable' };

const dec = new TextDecoder();
const enc = new TextEncoder();

export function utf8Length(s: string): number {
  return enc.encode(s).length;
}

/** An editor's file: its text as lines, as vim and nano split it ("a\nb\n" is two lines). */
export class EditorFile {
  static load(fs: Vfs, cwd: string, name: string): LoadResult {
    const path = resolvePath(cwd, name);
    const st = fs.stat(path);
    if (!st) {
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      return { kind: 'new', parentMissing: fs.stat(parent)?.type !== 'dir' };
    }
    if (st.type === 'dir') return { kind: 'dir' };
    let bytes: Uint8Array;
    try {
      bytes = fs.readFile(path);
    } catch {
      return { kind: 'unreadable' };
    }
    const text = dec.decode(bytes);
    if (text === '') return { kind: 'file', lines: [], bytes: 0, noEol: false };
    const noEol = !text.endsWith('\n');
    const lines = (noEol ? text : text.slice(0, -1)).split('\n');
    return { kind: 'file', lines, bytes: bytes.length, noEol };
  }

  static exists(fs: Vfs, cwd: string, name: string): boolean {
    return fs.stat(resolvePath(cwd, name)) !== undefined;
  }

  /** Writes lines (each ended by "\n"); returns the byte count, or the errno that stopped it. */
  static save(fs: Vfs, cwd: string, name: string, lines: string[]): number | FsError['code'] {
    const path = resolvePath(cwd, name);
    const data = enc.encode(lines.map((l) => l + '\n').join(''));
    try {
      const st = fs.stat(path);
      fs.writeFile(path, data, st ? { mode: st.mode } : { mode: 0o644 });
    } catch (e) {
      if (e instanceof FsError) return e.code;
      throw e;
    }
    return data.length;
  }
}
