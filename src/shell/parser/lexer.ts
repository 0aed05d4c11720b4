import type { List, ParamPart, Redir, Word, WordPart } from './ast';
import { ShellSyntaxError } from './syntax-error';

export type Token =
  | { k: 'op'; v: string; line: number }
  | { k: 'word'; w: Word; raw: string; line: number; start: number }
  | { k: 'eof'; line: number };

// Longest first, so '&&' wins over '&'.
const OPS = ['&>>', ';;&', '<<<', '<<-', '&&', '||', ';;', ';&', '<<', '>>', '&>', '<&', '>&', '<>', '>|', '|&', '<', '>', '&', '|', ';', '(', ')'];
const META = ' \t\n;&|<>()';
const SPECIAL_PARAMS = '@*#?$!-0';

interface PendingHeredoc { redir: Redir; delim: string; strip: boolean; line?: number }

/** A here-document that ended at end of input (bash warns and uses what it got). */
export interface HeredocWarning { delim: string; startLine: number; line: number }

/**
 * Turns source text into tokens on demand. Words are parsed into quoting-aware parts here;
 * `$( ... )` calls back into the parser (`parseSubst`) on the same text, as bash does, so a
 * `)` inside a quoted string or a case pattern does not end the substitution early.
 */
export class Lexer {
  i = 0;
  line = 1;
  pending: PendingHeredoc[] = [];
  /** Non-interactive: an unterminated here-document ends at end of input, with a warning. */
  lenient = false;
  warnings: HeredocWarning[] = [];
  parseSubst: () => List = () => [];
  /** Set while reading `${...}`: an unquoted `}` ends the word, blanks are literal. */
  private braceDepth = 0;

  constructor(readonly src: string) {}

  private eof(what: string): never {
    throw new ShellSyntaxError(`unexpected EOF while looking for matching \`${what}'`, this.line, true);
  }

  next(): Token {
    for (;;) {
      const c = this.src[this.i];
      if (c === ' ' || c === '\t') this.i++;
      else if (c === '\\' && this.src[this.i + 1] === '\n') { this.i += 2; this.line++; }
      else if (c === '#') { while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++; }
      else break;
    }
    const line = this.line;
    if (this.i >= this.src.length) return { k: 'eof', line };
    const c = this.src[this.i];
    if (c === '\n') {
      this.i++;
      this.line++;
      this.readHeredocs();
      return { k: 'op', v: '\n', line };
    }
    for (const op of OPS) {
      if (this.src.startsWith(op, this.i)) {
        this.i += op.length;
        return { k: 'op', v: op, line };
      }
    }
    const start = this.i;
    const w = this.readWord();
    return { k: 'word', w, raw: this.src.slice(start, this.i), line, start };
  }

  /** An fd number directly before a redirection operator (`2>`), or undefined. */
  ioNumber(): number | undefined {
    while (this.src[this.i] === ' ' || this.src[this.i] === '\t') this.i++;
    const m = /^(\d+)(?=[<>])/.exec(this.src.slice(this.i, this.i + 12));
    if (!m || this.src.startsWith('<(', this.i + m[1].length) || this.src.startsWith('>(', this.i + m[1].length)) return undefined;
    this.i += m[1].length;
    return Number(m[1]);
  }

  /** The next non-blank character, without consuming anything. */
  peekChar(): string | undefined {
    let j = this.i;
    while (this.src[j] === ' ' || this.src[j] === '\t') j++;
    return this.src[j];
  }

  addHeredoc(h: PendingHeredoc): void {
    h.line = this.line;
    this.pending.push(h);
  }

  private readHeredocs(): void {
    const todo = this.pending;
    this.pending = [];
    for (const h of todo) {
      let body = '';
      let done = false;
      while (this.i < this.src.length) {
        let end = this.src.indexOf('\n', this.i);
        const hasNl = end >= 0;
        if (!hasNl) end = this.src.length;
        let text = this.src.slice(this.i, end);
        this.i = hasNl ? end + 1 : end;
        this.line++;
        if (h.strip) text = text.replace(/^\t+/, '');
        if (text === h.delim) { done = true; break; }
        body += text + '\n';
      }
      if (!done && this.lenient) this.warnings.push({ delim: h.delim, startLine: h.line ?? 1, line: this.line - 1 });
      else if (!done) throw new ShellSyntaxError(`here-document delimited by end-of-file (wanted \`${h.delim}')`, this.line, true);
      h.redir.heredoc = { body, quoted: h.redir.heredoc?.quoted ?? false };
    }
  }

  /** Pending here-documents whose bodies never came (input ended on their line). */
  unfinishedHeredocs(): string[] {
    if (this.lenient && this.pending.length) {
      for (const h of this.pending) {
        h.redir.heredoc = { body: '', quoted: h.redir.heredoc?.quoted ?? false };
        this.warnings.push({ delim: h.delim, startLine: h.line ?? 1, line: this.line });
      }
      this.pending = [];
    }
    return this.pending.map((h) => h.delim);
  }

  readWord(): Word {
    const parts: WordPart[] = [];
    const lit = (v: string) => {
      const last = parts[parts.length - 1];
      if (last && last.t === 'lit') last.v += v;
      else parts.push({ t: 'lit', v });
    };
    while (this.i < this.src.length) {
      const c = this.src[this.i];
      if (this.braceDepth > 0 ? c === '}' : META.includes(c)) break;
      if (c === '\\') {
        const n = this.src[this.i + 1];
        if (n === undefined) { lit('\\'); this.i++; break; }
        this.i += 2;
        if (n === '\n') { this.line++; continue; }
        parts.push({ t: 'sq', v: n });
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.i + 1);
        if (end < 0) this.eof("'");
        const v = this.src.slice(this.i + 1, end);
        this.line += v.split('\n').length - 1;
        parts.push({ t: 'sq', v });
        this.i = end + 1;
      } else if (c === '"') {
        this.i++;
        parts.push({ t: 'dq', parts: this.readDq('"') });
      } else if (c === '$' && this.src[this.i + 1] === "'") {
        parts.push({ t: 'sq', v: this.readAnsiC() });
      } else if (c === '$' || c === '`') {
        const p = this.readDollarOrBacktick(false);
        if (p) parts.push(p);
        else { lit('$'); this.i++; }
      } else {
        lit(c);
        this.i++;
      }
    }
    return { parts };
  }

  /** Double-quoted text up to `term`, or to the end of input when term is null (here-doc bodies). */
  readDq(term: '"' | null): WordPart[] {
    const parts: WordPart[] = [];
    let buf = '';
    const flush = () => { if (buf) parts.push({ t: 'sq', v: buf }); buf = ''; };
    for (;;) {
      if (this.i >= this.src.length) {
        if (term) this.eof(term);
        break;
      }
      const c = this.src[this.i];
      if (c === term) { this.i++; break; }
      if (c === '\n') this.line++;
      if (c === '\\') {
        const n = this.src[this.i + 1];
        if (n !== undefined && (n === '$' || n === '`' || n === '\\' || n === '\n' || (n === '"' && term))) {
          if (n !== '\n') buf += n;
          else this.line++;
          this.i += 2;
        } else { buf += c; this.i++; }
      } else if (c === '$' || c === '`') {
        const p = this.readDollarOrBacktick(true);
        if (p) { flush(); parts.push(p); } else { buf += '$'; this.i++; }
      } else { buf += c; this.i++; }
    }
    flush();
    return parts;
  }

  private readAnsiC(): string {
    this.i += 2;
    let v = '';
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined) this.eof("'");
      if (c === "'") { this.i++; return v; }
      if (c === '\\') {
        const n = this.src[this.i + 1] ?? '';
        const hex = /^x([0-9a-fA-F]{1,2})/.exec(this.src.slice(this.i + 1, this.i + 4));
        const oct = /^[0-7]{1,3}/.exec(this.src.slice(this.i + 1, this.i + 4));
        if (map[n] !== undefined) { v += map[n]; this.i += 2; }
        else if (hex) { v += String.fromCharCode(parseInt(hex[1], 16)); this.i += 1 + hex[0].length; }
        else if (oct) { v += String.fromCharCode(parseInt(oct[0], 8)); this.i += 1 + oct[0].length; }
        else { v += '\\'; this.i++; }
      } else { v += c; this.i++; }
    }
  }

  private readDollarOrBacktick(inDq: boolean): WordPart | undefined {
    const s = this.src;
    if (s[this.i] === '`') return this.readBacktick();
    const n = s[this.i + 1];
    if (n === '(' && s[this.i + 2] === '(') {
      const end = this.findArithEnd(this.i + 3);
      if (end >= 0) {
        const text = s.slice(this.i + 3, end);
        this.i = end + 2;
        return { t: 'arith', expr: { parts: dqParser(text) } };
      }
    }
    if (n === '(') {
      const start = this.i + 2;
      this.i = start;
      const savedBrace = this.braceDepth;
      this.braceDepth = 0;
      const body = this.parseSubst();
      this.braceDepth = savedBrace;
      return { t: 'cmd', body, src: s.slice(start, this.i - 1) };
    }
    if (n === '{') return this.readBrace(inDq);
    if (n !== undefined && /[A-Za-z_]/.test(n)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.i + 1))!;
      this.i += 1 + m[0].length;
      return { t: 'param', name: m[0] };
    }
    if (n !== undefined && (/[0-9]/.test(n) || SPECIAL_PARAMS.includes(n))) {
      this.i += 2;
      return { t: 'param', name: n };
    }
    return undefined;
  }

  private findArithEnd(from: number): number {
    let depth = 0;
    for (let j = from; j < this.src.length; j++) {
      const c = this.src[j];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return this.src[j + 1] === ')' ? j : -1;
        depth--;
      }
    }
    this.eof('))');
  }

  private readBacktick(): WordPart {
    let j = this.i + 1;
    let text = '';
    for (;;) {
      const c = this.src[j];
      if (c === undefined) this.eof('`');
      if (c === '`') break;
      if (c === '\\' && '`$\\'.includes(this.src[j + 1] ?? '')) { text += this.src[j + 1]; j += 2; continue; }
      if (c === '\n') this.line++;
      text += c;
      j++;
    }
    this.i = j + 1;
    return { t: 'cmd', body: backtickParser(text), src: text };
  }

  private readBrace(inDq: boolean): WordPart {
    const s = this.src;
    let j = this.i + 2;
    const p: ParamPart = { t: 'param', name: '' };
    if (s[j] === '#' && s[j + 1] !== '}' && s[j + 1] !== undefined) { p.length = true; j++; }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!\-0])/.exec(s.slice(j));
    if (!m) return this.badSubst(j);
    p.name = m[0];
    j += m[0].length;
    if (s[j] === '}') { this.i = j + 1; return p; }
    if (p.length) return this.badSubst(j);
    const op = /^(:[-=+?]|[-=+?]|##|#|%%|%)/.exec(s.slice(j));
    if (!op) return this.badSubst(j);
    p.op = op[0];
    this.i = j + op[0].length;
    this.braceDepth++;
    p.arg = inDq ? { parts: this.readDqBraceArg() } : this.readWord();
    this.braceDepth--;
    if (s[this.i] !== '}') this.eof('}');
    this.i++;
    return p;
  }

  /** A `${x:-word}` argument inside double quotes: quotes inside are still quotes, blanks are kept. */
  private readDqBraceArg(): WordPart[] {
    const parts: WordPart[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '}') {
      if (this.src[this.i] === '"') { this.i++; parts.push(...this.readDq('"')); continue; }
      const w = this.readWord();
      for (const part of w.parts) parts.push(part.t === 'lit' ? { t: 'sq', v: part.v } : part);
      if (!w.parts.length && this.src[this.i] !== '}' && this.i < this.src.length) { parts.push({ t: 'sq', v: this.src[this.i] }); this.i++; }
    }
    return parts;
  }

  private badSubst(j: number): never {
    let end = this.src.indexOf('}', j);
    if (end < 0) this.eof('}');
    throw new ShellSyntaxError(`\${${this.src.slice(this.i + 2, end)}}: bad substitution`, this.line);
  }
}

/** Set by the parser module: parses a backtick body (kept here to avoid an import cycle). */
/** Set by the parser module: double-quote-style parts of a text, with working $( ). */
export let dqParser: (text: string) => WordPart[] = (text) => new Lexer(text).readDq(null);
export function setDqParser(f: (text: string) => WordPart[]): void {
  dqParser = f;
}

export let backtickParser: (text: string) => List = () => [];
export function setBacktickParser(f: (text: string) => List): void {
  backtickParser = f;
}
