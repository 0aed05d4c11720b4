/**
 * Dockerfile word processing: quote removal and variable substitution as BuildKit's
 * frontend/dockerfile/shell lexer does it (not a shell: no command substitution, no globbing,
 * only the $VAR / ${VAR} / ${VAR:-w} / ${VAR:+w} / ${VAR?w} / ${VAR#p} / ${VAR%p} / ${VAR/p/r}
 * forms). Errors carry BuildKit's texts.
 */
export type EnvLookup = (name: string) => string | undefined;

export interface ShellLexOptions {
  /** Keep quote characters in the result (used to detect a quoted here-doc word). */
  rawQuotes?: boolean;
  /** Keep escape characters in the result. */
  rawEscapes?: boolean;
  /** Leave references to unset variables as written (here-doc word detection). */
  skipUnsetEnv?: boolean;
}

export class ShellLexError extends Error {}

const EOF = '';
const isSpace = (c: string) => /^\s$/u.test(c);
const isSpecialParam = (c: string) => '@*#?-$!0'.includes(c) && c !== '';

class Scanner {
  i = 0;
  constructor(readonly chars: string[]) {}
  peek(): string { return this.chars[this.i] ?? EOF; }
  next(): string { return this.chars[this.i++] ?? EOF; }
}

/** Splits on unquoted whitespace that came from the text or from an unquoted expansion. */
class Words {
  buf = '';
  words: string[] = [];
  inWord = false;
  addChar(c: string) {
    if (isSpace(c)) {
      if (this.inWord && this.buf.length) { this.words.push(this.buf); this.buf = ''; this.inWord = false; }
    } else this.addRaw(c);
  }
  addRaw(c: string) { this.buf += c; this.inWord = true; }
  addString(s: string) { for (const c of s) this.addChar(c); }
  get(): string[] {
    if (this.buf.length) { this.words.push(this.buf); this.buf = ''; this.inWord = false; }
    return this.words;
  }
}

export class ShellLex {
  readonly #o: ShellLexOptions;
  #s = new Scanner([]);
  #env: EnvLookup = () => undefined;
  #rawEscapes = false;

  constructor(readonly escapeToken = '\\', o: ShellLexOptions = {}) {
    this.#o = o;
  }

  /** One word with variables substituted and quotes removed; inner spaces kept. */
  processWord(word: string, env: EnvLookup): string {
    return this.#run(word, env)[0];
  }

  /** Substitutes, then splits into words on unquoted whitespace. */
  processWords(word: string, env: EnvLookup): string[] {
    return this.#run(word, env)[1];
  }

  #run(word: string, env: EnvLookup): [string, string[]] {
    this.#s = new Scanner(Array.from(word));
    this.#env = env;
    this.#rawEscapes = !!this.#o.rawEscapes;
    try {
      return this.#processStopOn(EOF, this.#rawEscapes);
    } catch (e) {
      if (e instanceof ShellLexError) throw new ShellLexError(`failed to process "${word}": ${e.message}`);
      throw e;
    }
  }

  #processStopOn(stop: string, rawEscapes: boolean): [string, string[]] {
    const s = this.#s;
    const saved = this.#rawEscapes;
    this.#rawEscapes = rawEscapes;
    try {
      let result = '';
      const words = new Words();
      while (s.peek() !== EOF) {
        const ch = s.peek();
        if (stop !== EOF && ch === stop) {
          s.next();
          return [result, words.get()];
        }
        const special = ch === '$' ? () => this.#dollar() : ch === '<' ? () => this.#possibleHeredoc()
          : ch === "'" ? () => this.#singleQuote() : ch === '"' ? () => this.#doubleQuote() : undefined;
        if (special) {
          const tmp = special();
          result += tmp;
          if (ch === '$') words.addString(tmp);
          else { words.buf += tmp; words.inWord = true; }
          continue;
        }
        let c = s.next();
        if (c === this.escapeToken) {
          if (this.#rawEscapes) { words.addRaw(c); result += c; }
          c = s.next();
          if (c === EOF) break;
          words.addRaw(c);
        } else words.addChar(c);
        result += c;
      }
      if (stop !== EOF) throw new ShellLexError(`unexpected end of statement while looking for matching ${stop}`);
      return [result, words.get()];
    } finally {
      this.#rawEscapes = saved;
    }
  }

  #singleQuote(): string {
    const s = this.#s;
    const raw = !!this.#o.rawQuotes;
    let out = raw ? s.next() : (s.next(), '');
    for (;;) {
      const c = s.next();
      if (c === EOF) throw new ShellLexError('unexpected end of statement while looking for matching single-quote');
      if (c === "'") return raw ? out + c : out;
      out += c;
    }
  }

  #doubleQuote(): string {
    const s = this.#s;
    const raw = !!this.#o.rawQuotes;
    let out = raw ? s.next() : (s.next(), '');
    for (;;) {
      const p = s.peek();
      if (p === EOF) throw new ShellLexError('unexpected end of statement while looking for matching double-quote');
      if (p === '"') { const c = s.next(); return raw ? out + c : out; }
      if (p === '$') { out += this.#dollar(); continue; }
      let c = s.next();
      if (c === this.escapeToken) {
        if (this.#rawEscapes) out += c;
        const n = s.peek();
        if (n === EOF) continue;
        // Only these can be escaped inside double quotes; other escapes stay literal (sh rules).
        if (n === '"' || n === '$' || n === this.escapeToken) c = s.next();
      }
      out += c;
    }
  }

  #name(): string {
    const s = this.#s;
    let name = '';
    while (s.peek() !== EOF) {
      const c = s.peek();
      if (!name && /^\p{Nd}$/u.test(c)) {
        while (/^\p{Nd}$/u.test(s.peek())) name += s.next();
        return name;
      }
      if (!name && isSpecialParam(c)) return s.next();
      if (!/^[\p{L}\p{Nd}_]$/u.test(c)) break;
      name += s.next();
    }
    return name;
  }

  #get(name: string): string | undefined {
    return this.#env(name);
  }

  #dollar(): string {
    const s = this.#s;
    s.next();
    if (s.peek() !== '{') {
      const name = this.#name();
      if (!name) return '$';
      const v = this.#get(name);
      if (v === undefined && this.#o.skipUnsetEnv) return `$${name}`;
      return v ?? '';
    }
    s.next();
    const p = s.peek();
    if (p === EOF) throw new ShellLexError("syntax error: missing '}'");
    if (p === '{' || p === '}' || p === ':') throw new ShellLexError('syntax error: bad substitution');
    const name = this.#name();
    let ch = s.next();
    let chs = ch;
    if (ch === '}') {
      const v = this.#get(name);
      if (v === undefined && this.#o.skipUnsetEnv) return `\${${name}}`;
      return v ?? '';
    }
    if (ch === '/') return this.#replace(name);
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = s.next();
      chs += ch;
    } else if (!'+-?#%'.includes(ch) || ch === EOF) {
      throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
    }
    const rawEscapes = ch === '#' || ch === '%';
    if (nullIsUnset && rawEscapes) throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
    let word: string;
    try {
      word = this.#processStopOn('}', rawEscapes)[0];
    } catch (e) {
      if (s.peek() === EOF) throw new ShellLexError("syntax error: missing '}'");
      throw e;
    }
    const value = this.#get(name);
    const set = value !== undefined;
    if (this.#o.skipUnsetEnv && !set) return `\${${name}${chs}${word}}`;
    const empty = !set || (nullIsUnset && value === '');
    switch (ch) {
      case '-': return empty ? word : value!;
      case '+': return empty ? '' : word;
      case '?':
        if (!set) throw new ShellLexError(`${name}: ${word || 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new ShellLexError(`${name}: ${word || 'is not allowed to be empty'}`);
        return value!;
      case '#': case '%': {
        const greedy = word.startsWith(ch);
        const pat = greedy ? word.slice(1) : word;
        return ch === '%' ? trimSuffix(pat, value ?? '', greedy) : trimPrefix(pat, value ?? '', greedy);
      }
      default:
        throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  #replace(name: string): string {
    const s = this.#s;
    const all = s.peek() === '/';
    if (all) s.next();
    let pattern: string;
    let replacement: string;
    try { pattern = this.#processStopOn('/', true)[0]; } catch (e) {
      if (s.peek() === EOF) throw new ShellLexError("syntax error: missing '/' in ${}");
      throw e;
    }
    try { replacement = this.#processStopOn('}', true)[0]; } catch (e) {
      if (s.peek() === EOF) throw new ShellLexError("syntax error: missing '}'");
      throw e;
    }
    const value = this.#get(name);
    if (value === undefined && this.#o.skipUnsetEnv) return `\${${name}/${pattern}/${replacement}}`;
    const re = patternToRegex(pattern, true, false, all ? 'g' : '');
    return (value ?? '').replace(re, () => replacement);
  }

  #possibleHeredoc(): string {
    const s = this.#s;
    s.next();
    if (s.peek() !== '<') return '<';
    s.next();
    let space = '';
    while (s.peek() === ' ' || s.peek() === '\t' || s.peek() === '\r') space += s.next();
    return `<<${space}`;
  }
}

/** A shell pattern (`*`, `?`, `\` escapes; no brackets) as a regular expression. */
function patternToRegex(pattern: string, greedy: boolean, anchored: boolean, flags = ''): RegExp {
  let out = anchored ? '^' : '';
  const cs = Array.from(pattern);
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c === '*') { out += greedy ? '[\\s\\S]*' : '[\\s\\S]*?'; continue; }
    if (c === '?') { out += '[\\s\\S]'; continue; }
    if (c === '\\') {
      if (cs[i + 1] === '}' || cs[i + 1] === '/') continue;
      const n = cs[++i];
      if (n !== '*' && n !== '?' && n !== '\\') {
        throw new ShellLexError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${n ?? ''}'`);
      }
      out += `\\${n}`;
      continue;
    }
    out += /[[\]{}.+()|^$]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(out, `u${flags}`);
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = patternToRegex(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}

/** Shortest/longest rightmost match by reversing both sides, as BuildKit does. */
function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  const p = Array.from(pattern);
  const rev: string[] = [];
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\' && i < p.length - 1) { rev.unshift(p[i], p[i + 1]); i++; } else rev.unshift(p[i]);
  }
  const r = (x: string) => Array.from(x).reverse().join('');
  return r(trimPrefix(rev.join(''), r(value), greedy));
}
