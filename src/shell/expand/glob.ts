import type { Vfs } from '../../engine/fs/vfs';

/**
 * Shell pattern matching (`*`, `?`, `[...]`, `[!...]`, `\x` for a literal) and pathname
 * expansion against the Vfs. Patterns arrive with quoted characters already backslash-escaped.
 */
export function patternToRegex(pat: string, anchored = true): RegExp {
  return new RegExp((anchored ? '^' : '') + patternSource(pat) + (anchored ? '$' : ''), 's');
}

function patternSource(pat: string): string {
  let re = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\' && i + 1 < pat.length) { re += escapeRe(pat[++i]); continue; }
    if (c === '*') { re += '.*'; continue; }
    if (c === '?') { re += '.'; continue; }
    if (c === '[') {
      const cls = bracket(pat, i);
      if (cls) { re += cls.re; i = cls.end; continue; }
    }
    re += escapeRe(c);
  }
  return re;
}

function bracket(pat: string, i: number): { re: string; end: number } | undefined {
  let j = i + 1;
  let neg = false;
  if (pat[j] === '!' || pat[j] === '^') { neg = true; j++; }
  let body = '';
  let first = true;
  for (; j < pat.length; j++) {
    const c = pat[j];
    if (c === ']' && !first) return { re: `[${neg ? '^' : ''}${body}]`, end: j };
    first = false;
    if (c === '[' && pat[j + 1] === ':') {
      const end = pat.indexOf(':]', j + 2);
      if (end > 0) {
        const name = pat.slice(j + 2, end);
        const classes: Record<string, string> = { alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', xdigit: '0-9a-fA-F', punct: '!-\\/:-@\\[-`{-~', blank: ' \\t' };
        body += classes[name] ?? '';
        j = end + 1;
        continue;
      }
    }
    if (c === '\\' && j + 1 < pat.length) { body += escapeRe(pat[++j]); continue; }
    body += c === '-' ? '-' : escapeRe(c);
  }
  return undefined;
}

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|\-/]/.test(c) ? '\\' + c : c;
}

export function globMatch(pattern: string, s: string): boolean {
  return patternToRegex(pattern).test(s);
}

/** True when the (escaped) pattern has an unescaped glob character. */
export function hasGlob(pat: string): boolean {
  for (let i = 0; i < pat.length; i++) {
    if (pat[i] === '\\') { i++; continue; }
    if (pat[i] === '*' || pat[i] === '?') return true;
    if (pat[i] === '[' && bracket(pat, i)) return true;
  }
  return false;
}

/** Removes the backslash escapes from a pattern (the word's text when nothing matched). */
export function unescapePattern(pat: string): string {
  return pat.replace(/\\(.)/gs, '$1');
}

/**
 * Pathname expansion: matches sorted as bash's default C-locale-like order would be for
 * ASCII names; hidden names only when the component's pattern starts with a literal dot.
 */
export function expandGlob(fs: Vfs, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let paths: string[] = [absolute ? '/' : ''];
  const start = absolute ? 1 : 0;
  for (let k = start; k < comps.length; k++) {
    const comp = comps[k];
    const last = k === comps.length - 1;
    const next: string[] = [];
    for (const base of paths) {
      const dir = base === '' ? cwd : base.startsWith('/') ? base : join(cwd, base);
      if (!hasGlob(comp)) {
        const name = unescapePattern(comp);
        const p = base === '' ? name : base.endsWith('/') ? base + name : base + '/' + name;
        if (fs.lstat(absPath(cwd, p)) || (!last && fs.stat(absPath(cwd, p)))) next.push(p);
        continue;
      }
      let names: string[];
      try { names = fs.readdir(dir); } catch { continue; }
      const re = patternToRegex(comp);
      const dotOk = comp.startsWith('.') || comp.startsWith('\\.');
      for (const n of names) {
        if (n.startsWith('.') && !dotOk) continue;
        if (!re.test(n)) continue;
        const p = base === '' ? n : base.endsWith('/') ? base + n : base + '/' + n;
        if (!last && fs.stat(absPath(cwd, p))?.type !== 'dir') continue;
        next.push(p);
      }
    }
    paths = next;
    if (!paths.length) return [];
  }
  if (pattern.endsWith('/')) paths = paths.filter((p) => fs.stat(absPath(cwd, p))?.type === 'dir').map((p) => p + '/');
  return paths.sort(compareNames);
}

/** Orders like bash in the C.UTF-8 locale Docker images default to: by code point. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function join(a: string, b: string): string {
  return a.endsWith('/') ? a + b : a + '/' + b;
}

function absPath(cwd: string, p: string): string {
  return p.startsWith('/') ? p : join(cwd, p);
}
