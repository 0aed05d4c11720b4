import type { Vfs } from '../../engine/fs/vfs';
import type { List, ParamPart, Word, WordPart } from '../parser/ast';
import { evalArith } from './arith';
import { expandGlob, globMatch, hasGlob, patternToRegex, unescapePattern } from './glob';

/** What expansion needs from the shell. */
export interface ExpandHost {
  fs: Vfs;
  cwd: string;
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** $1..$n */
  positional(): string[];
  /** $? $$ $! $- $0 */
  special(name: string): string;
  commandSubst(body: List): Promise<string>;
}

/** An expansion failure (`${x:?}`, bad arithmetic): printed as "bash: <message>". */
export class ExpansionError extends Error {
  constructor(message: string, readonly status = 1) {
    super(message);
    this.name = 'ExpansionError';
  }
}

interface Field { pat: string; keep: boolean }

const GLOB_SPECIAL = /[\\*?[\]]/g;
const esc = (s: string) => s.replace(GLOB_SPECIAL, '\\$&');

/**
 * Word expansion in bash's order: tilde, parameter, command substitution and arithmetic
 * (left to right), field splitting of unquoted results on IFS, pathname expansion, quote
 * removal. Fields are built as escaped patterns so quoted glob characters stay literal.
 */
export class Expander {
  private fields: Field[] = [];
  private cur: Field = { pat: '', keep: false };
  private brk = false;

  constructor(private host: ExpandHost) {}

  /** Expands words into argument fields (splitting and globbing applied). */
  async words(words: Word[]): Promise<string[]> {
    const out: string[] = [];
    for (const w of words) {
      for (const f of await this.fieldsOf(w)) {
        if (hasGlob(f)) {
          const m = expandGlob(this.host.fs, this.host.cwd, f);
          if (m.length) { out.push(...m); continue; }
        }
        out.push(unescapePattern(f));
      }
    }
    return out;
  }

  /** One string, no splitting or globbing (assignments, redirection targets, here-strings). */
  async string(w: Word): Promise<string> {
    return unescapePattern((await this.fieldsOf(w, false)).join(' '));
  }

  /** A case/`[[`-style pattern: quoted parts match literally. */
  async pattern(w: Word): Promise<string> {
    return (await this.fieldsOf(w, false)).join(' ');
  }

  /** A here-document body or other double-quoted-like text. */
  async quoted(parts: WordPart[]): Promise<string> {
    return this.string({ parts: [{ t: 'dq', parts }] });
  }

  private async fieldsOf(w: Word, split = true): Promise<string[]> {
    this.fields = [];
    this.cur = { pat: '', keep: false };
    this.brk = false;
    const parts = w.parts;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === 0 && p.t === 'lit' && p.v.startsWith('~')) {
        const m = /^~([^/]*)(.*)$/s.exec(p.v)!;
        const home = m[1] === '' ? this.host.getVar('HOME') : m[1] === 'root' ? '/root' : undefined;
        if (home !== undefined && (m[2] !== '' || i === parts.length - 1 || parts[i + 1].t !== 'lit')) {
          this.add(esc(home), true);
          this.add(m[2], false);
          continue;
        }
      }
      await this.part(p, false, split);
    }
    this.endField();
    return this.fields.map((f) => f.pat);
  }

  private add(pat: string, quoted: boolean): void {
    if (this.brk && (pat !== '' || quoted)) { this.endField(); this.brk = false; }
    this.cur.pat += pat;
    if (quoted) this.cur.keep = true;
  }

  private endField(): void {
    if (this.cur.pat !== '' || this.cur.keep) this.fields.push(this.cur);
    this.cur = { pat: '', keep: false };
  }

  /** Unquoted expansion result: split on IFS (when splitting), glob characters stay active. */
  private addSplit(text: string, split: boolean): void {
    if (!split) { this.add(text, false); return; }
    const ifs = this.host.getVar('IFS') ?? ' \t\n';
    for (const c of text) {
      if (!ifs.includes(c)) { this.add(c, false); continue; }
      if (c === ' ' || c === '\t' || c === '\n') { this.brk = true; continue; }
      this.brk = false;
      this.cur.keep = true;
      this.endField();
    }
  }

  private async part(p: WordPart, inDq: boolean, split: boolean): Promise<void> {
    switch (p.t) {
      case 'lit': this.add(inDq ? esc(p.v) : p.v, inDq); return;
      case 'sq': this.add(esc(p.v), true); return;
      case 'dq': {
        const onlyAt = p.parts.length === 1 && p.parts[0].t === 'param' && p.parts[0].name === '@' && !p.parts[0].op;
        if (!(onlyAt && !this.host.positional().length)) this.add('', true);
        for (const q of p.parts) await this.part(q, true, split);
        return;
      }
      case 'cmd': {
        const out = (await this.host.commandSubst(p.body)).replace(/\n+$/, '');
        if (inDq) this.add(esc(out), true);
        else this.addSplit(out, split);
        return;
      }
      case 'arith': {
        const text = await new Expander(this.host).string(p.expr);
        const v = String(evalArith(text, { get: (n) => this.host.getVar(n), set: (n, v) => this.host.setVar(n, v) }));
        if (inDq) this.add(v, true);
        else this.addSplit(v, split);
        return;
      }
      case 'param': return this.param(p, inDq, split);
    }
  }

  private async param(p: ParamPart, inDq: boolean, split: boolean): Promise<void> {
    if ((p.name === '@' || p.name === '*') && !p.op && !p.length) {
      const args = this.host.positional();
      if (inDq && p.name === '*') { this.add(esc(args.join((this.host.getVar('IFS') ?? ' ').slice(0, 1))), true); return; }
      args.forEach((a, k) => {
        if (k > 0) { if (inDq) { this.endField(); this.cur.keep = true; } else this.brk = true; }
        if (inDq) this.add(esc(a), true);
        else this.addSplit(a, split);
      });
      return;
    }
    const value = this.lookup(p.name);
    if (p.length) { this.emit(String([...(value ?? '')].length), inDq, split); return; }
    if (!p.op) { this.emit(value ?? '', inDq, split); return; }
    const colon = p.op.startsWith(':');
    const op = colon ? p.op.slice(1) : p.op;
    const unset = value === undefined || (colon && value === '');
    const arg = p.arg ?? { parts: [] };
    switch (op) {
      case '-':
        if (unset) { for (const q of arg.parts) await this.part(q, inDq, split); }
        else this.emit(value!, inDq, split);
        return;
      case '=': {
        let v = value ?? '';
        if (unset) { v = await new Expander(this.host).string(arg); this.host.setVar(p.name, v); }
        this.emit(v, inDq, split);
        return;
      }
      case '+':
        if (!unset) { for (const q of arg.parts) await this.part(q, inDq, split); }
        return;
      case '?':
        if (unset) {
          const msg = await new Expander(this.host).string(arg);
          throw new ExpansionError(`${p.name}: ${msg || 'parameter null or not set'}`, 127);
        }
        this.emit(value!, inDq, split);
        return;
    }
    const pat = await new Expander(this.host).pattern(arg);
    this.emit(removePattern(value ?? '', pat, op), inDq, split);
  }

  private emit(v: string, inDq: boolean, split: boolean): void {
    if (inDq) this.add(esc(v), true);
    else this.addSplit(v, split);
  }

  private lookup(name: string): string | undefined {
    if (/^[0-9]+$/.test(name)) {
      if (name === '0') return this.host.special('0');
      return this.host.positional()[Number(name) - 1];
    }
    if (name === '#') return String(this.host.positional().length);
    if (name === '@' || name === '*') return this.host.positional().join(' ');
    if ('?$!-'.includes(name)) return this.host.special(name);
    return this.host.getVar(name);
  }
}

/** ${v#p} ${v##p} ${v%p} ${v%%p}: shortest/longest prefix/suffix removal. */
function removePattern(v: string, pat: string, op: string): string {
  const re = patternToRegex(pat);
  const n = v.length;
  if (op === '#' || op === '##') {
    const lens = op === '#' ? range(0, n) : range(0, n).reverse();
    for (const k of lens) if (re.test(v.slice(0, k))) return v.slice(k);
  } else {
    const lens = op === '%' ? range(0, n) : range(0, n).reverse();
    for (const k of lens) if (re.test(v.slice(n - k))) return v.slice(0, n - k);
  }
  return v;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k <= b; k++) out.push(k);
  return out;
}

export { globMatch };
