import type { Vfs } from '../fs/vfs';
import { path } from '../fs/path';

/**
 * The files a build may COPY/ADD: a directory of the client's filesystem minus what
 * `.dockerignore` excludes. `size` is what the docker client reports sending: the length of the
 * Go archive/tar stream of the context (512-byte header per entry, data padded to 512, two zero
 * blocks at the end), the Dockerfile and .dockerignore always included.
 */
export class BuildContext {
  private constructor(
    readonly fs: Vfs,
    /** Absolute directory in `fs`; '' for a context of no files (`docker build - < Dockerfile`). */
    readonly root: string,
    readonly ignore: IgnoreRule[],
    readonly size: number,
  ) {}

  static fromDirectory(fs: Vfs, root: string, dockerfileRel: string): BuildContext {
    const rules = parseDockerignore(fs, root);
    const ctx = new BuildContext(fs, root, rules, 0);
    let size = 1024;
    const walk = (dir: string, rel: string) => {
      for (const name of fs.readdir(dir)) {
        const abs = path.join(dir, name);
        const r = rel ? `${rel}/${name}` : name;
        const st = fs.lstat(abs);
        if (!st) continue;
        const keep = !ctx.excluded(r) || r === dockerfileRel || r === '.dockerignore';
        if (keep) size += 512 + (st.type === 'file' ? Math.ceil(st.size / 512) * 512 : 0);
        // An excluded directory may still hold re-included files ("!" rules).
        if (st.type === 'dir' && (keep || rules.some((x) => x.negate))) walk(abs, r);
      }
    };
    walk(root, '');
    return new BuildContext(fs, root, rules, size);
  }

  /** Only a Dockerfile, sent as the context tar's single file (`-` reads it from stdin). */
  static dockerfileOnly(fs: Vfs, dockerfileBytes: number): BuildContext {
    return new BuildContext(fs, '', [], 1024 + 512 + Math.ceil(dockerfileBytes / 512) * 512);
  }

  excluded(rel: string): boolean {
    let out = false;
    for (const r of this.ignore) if (r.re.test(rel) || r.parents.test(rel)) out = !r.negate;
    return out;
  }

  /** The absolute path of a context-relative path, or undefined when it is not sent. */
  resolve(rel: string): string | undefined {
    if (!this.root) return undefined;
    const clean = path.normalize('/' + rel).slice(1);
    if (clean && this.excluded(clean)) return undefined;
    return clean ? path.join(this.root, clean) : this.root;
  }
}

export interface IgnoreRule {
  negate: boolean;
  re: RegExp;
  /** Matches paths below a matched directory. */
  parents: RegExp;
}

/** moby/patternmatcher rules: `*`, `?`, `**`, `[...]`, leading `!`, paths cleaned, `#` comments. */
function parseDockerignore(fs: Vfs, root: string): IgnoreRule[] {
  const p = path.join(root, '.dockerignore');
  if (fs.stat(p)?.type !== 'file') return [];
  const rules: IgnoreRule[] = [];
  for (let line of new TextDecoder().decode(fs.readFile(p)).split('\n')) {
    line = line.trim();
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1).trim();
    line = path.normalize('/' + line).slice(1);
    if (!line) continue;
    const re = globToRegex(line);
    rules.push({ negate, re: new RegExp(`^${re}$`), parents: new RegExp(`^${re}/`) });
  }
  return rules;
}

function globToRegex(g: string): string {
  let out = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      i++;
      if (g[i + 1] === '/') { i++; out += '(?:.*/)?'; } else out += '.*';
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') { const j = g.indexOf(']', i); if (j < 0) out += '\\['; else { out += g.slice(i, j + 1); i = j; } }
    else if (c === '\\' && i + 1 < g.length) out += `\\${g[++i]}`;
    else out += /[.+^${}()|\\/]/.test(c) ? `\\${c}` : c;
  }
  return out;
}
