/**
 * Path helpers shared by the layer and filesystem code. Paths are absolute and normalized
 * ("/", "/etc/hosts"); names compare by their UTF-8 bytes, as tar, Go and `ls` (LC_ALL=C) do.
 */
export const path = {
  /** Resolves "." and ".." lexically and drops duplicate and trailing slashes. */
  normalize(p: string): string {
    const out: string[] = [];
    for (const c of p.split('/')) {
      if (c === '' || c === '.') continue;
      if (c === '..') out.pop();
      else out.push(c);
    }
    return '/' + out.join('/');
  },
  parts(p: string): string[] {
    return p === '/' ? [] : p.slice(1).split('/');
  },
  dirname(p: string): string {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
  },
  basename(p: string): string {
    return p.slice(p.lastIndexOf('/') + 1);
  },
  join(dir: string, name: string): string {
    return dir === '/' ? `/${name}` : `${dir}/${name}`;
  },
  /** True when `p` is `dir` itself or lies below it. */
  within(p: string, dir: string): boolean {
    return dir === '/' || p === dir || p.startsWith(dir + '/');
  },
  /**
   * UTF-8 byte order. UTF-16 code-unit order agrees except between a surrogate (U+10000 and up)
   * and U+E000..U+FFFF, which is the one case fixed here.
   */
  compareBytes(a: string, b: string): number {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      let x = a.charCodeAt(i);
      let y = b.charCodeAt(i);
      if (x === y) continue;
      if (x >= 0xd800 && x <= 0xdfff) x += 0x10000;
      if (y >= 0xd800 && y <= 0xdfff) y += 0x10000;
      return x < y ? -1 : 1;
    }
    return a.length - b.length;
  },
  /** Component-wise order: a directory's whole subtree sorts right after it ("/a", "/a/b", "/a-b"). */
  compare(a: string, b: string): number {
    const pa = path.parts(a);
    const pb = path.parts(b);
    const n = Math.min(pa.length, pb.length);
    for (let i = 0; i < n; i++) {
      const c = path.compareBytes(pa[i], pb[i]);
      if (c !== 0) return c;
    }
    return pa.length - pb.length;
  },
};
