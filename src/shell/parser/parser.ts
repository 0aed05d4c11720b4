import type { WordPart, AndOr, CaseItem, Command, List, Pipeline, Redir, RedirOp, SimpleCommand, Word } from './ast';
import { Lexer, setBacktickParser, setDqParser, type HeredocWarning, type Token } from './lexer';
import { ShellSyntaxError } from './syntax-error';

const REDIR_OPS = new Set(['<', '>', '>>', '>|', '<>', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Recursive-descent parser for the POSIX shell grammar (plus `function`, `&>`, `<<<`).
 * Reserved words are recognised only where the grammar allows a command to start, as in sh.
 * Aliases are expanded while parsing (bash does it at read time), from the map given.
 */
export class Parser {
  private lx: Lexer;
  private la: Token | undefined;
  private expanding = new Set<string>();

  constructor(src: string, private aliases: Map<string, string> = new Map(), lenient = false) {
    this.lx = new Lexer(src);
    this.lx.lenient = lenient;
    this.lx.parseSubst = () => this.parseSubst();
  }

  /** Here-document body or arithmetic text: parts as inside double quotes (" is literal). */
  static dqParts(text: string): WordPart[] {
    return new Parser(text).lx.readDq(null);
  }

  /** Parses a whole script. Throws ShellSyntaxError. */
  static parse(src: string, aliases?: Map<string, string>): List {
    return new Parser(src, aliases).parseProgram();
  }

  parseProgram(): List {
    const list = this.parseList(() => false);
    const t = this.peek();
    if (t.k !== 'eof') this.unexpected(t);
    const open = this.lx.unfinishedHeredocs();
    if (open.length) throw new ShellSyntaxError(`here-document delimited by end-of-file (wanted \`${open[0]}')`, this.lx.line, true);
    return list;
  }

  /**
   * The next complete command (one line's worth, with its here-documents), or null at the end.
   * bash reads and runs a script this way, so commands before a syntax error still run.
   */
  /** Here-documents cut short by end of input since the last call (lenient mode). */
  takeWarnings(): HeredocWarning[] {
    return this.lx.warnings.splice(0);
  }

  nextCommand(): List | null {
    this.skipNewlines();
    if (this.peek().k === 'eof') {
      const open = this.lx.unfinishedHeredocs();
      if (open.length) throw new ShellSyntaxError(`here-document delimited by end-of-file (wanted \`${open[0]}')`, this.lx.line, true);
      return null;
    }
    const list: List = [];
    for (;;) {
      const andOr = this.parseAndOr();
      const sep = this.peek();
      const background = this.isOp(sep, '&');
      if (this.isOp(sep, ';', '&')) this.next();
      list.push({ andOr, background });
      const t = this.peek();
      if (this.isOp(t, '\n')) { this.next(); return list; }
      if (t.k === 'eof') {
        const open = this.lx.unfinishedHeredocs();
        if (open.length) throw new ShellSyntaxError(`here-document delimited by end-of-file (wanted \`${open[0]}')`, this.lx.line, true);
        return list;
      }
      if (!this.isOp(sep, ';', '&')) this.unexpected(t);
    }
  }

  private peek(): Token {
    if (!this.la) this.la = this.lx.next();
    return this.la;
  }

  private next(): Token {
    const t = this.peek();
    this.la = undefined;
    return t;
  }

  private isWord(t: Token, ...words: string[]): boolean {
    return t.k === 'word' && words.includes(t.raw);
  }

  private isOp(t: Token, ...ops: string[]): boolean {
    return t.k === 'op' && ops.includes(t.v);
  }

  private unexpected(t: Token): never {
    // bash reports end of file on the line after the last one.
    if (t.k === 'eof') throw new ShellSyntaxError('syntax error: unexpected end of file', t.line + 1, true);
    const text = t.k === 'op' ? (t.v === '\n' ? 'newline' : t.v) : t.raw;
    throw new ShellSyntaxError(`syntax error near unexpected token \`${text}'`, t.line);
  }

  private expectWord(w: string): void {
    const t = this.next();
    if (!this.isWord(t, w)) this.unexpected(t);
  }

  private skipNewlines(): void {
    while (this.isOp(this.peek(), '\n')) this.next();
  }

  private parseSubst(): List {
    this.la = undefined;
    const list = this.parseList((t) => this.isOp(t, ')'));
    const t = this.next();
    if (t.k === 'eof') throw new ShellSyntaxError("unexpected EOF while looking for matching `)'", t.line, true);
    if (!this.isOp(t, ')')) this.unexpected(t);
    return list;
  }

  /** A compound list, stopping (without consuming) at a token `stop` accepts. */
  parseList(stop: (t: Token) => boolean): List {
    const list: List = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t.k === 'eof' || stop(t)) return list;
      const andOr = this.parseAndOr();
      const sep = this.peek();
      if (this.isOp(sep, ';', '&')) {
        this.next();
        list.push({ andOr, background: sep.k === 'op' && sep.v === '&' });
      } else {
        list.push({ andOr, background: false });
        if (this.isOp(sep, '\n')) continue;
        if (sep.k === 'eof' || stop(sep)) return list;
        this.unexpected(sep);
      }
    }
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.peek();
      if (!this.isOp(t, '&&', '||')) return { first, rest };
      this.next();
      this.skipNewlines();
      rest.push({ op: (t as { v: '&&' | '||' }).v, pipeline: this.parsePipeline() });
    }
  }

  private parsePipeline(): Pipeline {
    let bang = false;
    if (this.isWord(this.peek(), '!')) { this.next(); bang = true; }
    const cmds = [this.parseCommand()];
    while (this.isOp(this.peek(), '|', '|&')) {
      this.next();
      this.skipNewlines();
      cmds.push(this.parseCommand());
    }
    return { bang, cmds };
  }

  private parseCommand(): Command {
    const t = this.peek();
    if (t.k === 'eof') this.unexpected(t);
    if (t.k === 'op' && t.v === '(') {
      this.next();
      const body = this.parseList((x) => this.isOp(x, ')'));
      const close = this.next();
      if (!this.isOp(close, ')')) this.unexpected(close);
      if (!body.length) this.unexpected(close);
      return { t: 'subshell', body, redirs: this.parseRedirs(), line: t.line };
    }
    if (t.k === 'op' && !REDIR_OPS.has(t.v)) this.unexpected(t);
    if (t.k === 'word') {
      switch (t.raw) {
        case 'if': return this.withRedirs(this.parseIf());
        case 'for': return this.withRedirs(this.parseFor());
        case 'while': case 'until': return this.withRedirs(this.parseWhile());
        case 'case': return this.withRedirs(this.parseCase());
        case '{': return this.withRedirs(this.parseGroup());
        case 'function': return this.parseFunctionKeyword();
        case 'then': case 'else': case 'elif': case 'fi': case 'do': case 'done': case 'esac': case '}': case 'in':
          this.unexpected(t);
      }
    }
    return this.parseSimple();
  }

  private withRedirs(c: Command): Command {
    if (c.t !== 'func') c.redirs = this.parseRedirs();
    return c;
  }

  private parseRedirs(): Redir[] {
    const redirs: Redir[] = [];
    for (;;) {
      const r = this.tryRedir();
      if (!r) return redirs;
      redirs.push(r);
    }
  }

  private tryRedir(): Redir | undefined {
    let fd: number | undefined;
    if (!this.la) fd = this.lx.ioNumber();
    const t = this.peek();
    if (!(t.k === 'op' && REDIR_OPS.has(t.v))) return undefined;
    this.next();
    const target = this.next();
    if (target.k !== 'word') this.unexpected(target);
    const r: Redir = { fd, op: t.v as RedirOp, target: target.w };
    if (t.v === '<<' || t.v === '<<-') {
      const quoted = /['"\\]/.test(target.raw);
      r.heredoc = { body: '', quoted };
      this.lx.addHeredoc({ redir: r, delim: wordText(target.w), strip: t.v === '<<-' });
    }
    return r;
  }

  private parseSimple(): Command {
    const first = this.peek();
    const cmd: SimpleCommand = { t: 'simple', assigns: [], words: [], redirs: [], line: first.line };
    for (;;) {
      const r = this.tryRedir();
      if (r) { cmd.redirs.push(r); continue; }
      const t = this.peek();
      if (t.k !== 'word') break;
      if (!cmd.words.length) {
        const a = assignment(t.w);
        if (a) { this.next(); cmd.assigns.push(a); continue; }
        if (this.expandAlias(t)) continue;
      }
      this.next();
      cmd.words.push(t.w);
      if (cmd.words.length === 1 && !cmd.assigns.length && this.lx.peekChar() === '(') return this.parseFunctionRest(t);
    }
    if (!cmd.words.length && !cmd.assigns.length && !cmd.redirs.length) this.unexpected(this.peek());
    // The recursion guard lasts for one command: the next command may use the alias again.
    this.expanding.clear();
    return cmd;
  }

  private expandAlias(t: Token & { k: 'word' }): boolean {
    const value = this.aliases.get(t.raw);
    if (value === undefined || this.expanding.has(t.raw) || !/^[^'"\\$`]+$/.test(t.raw)) return false;
    // Splice the alias text into the source at the word's place, as bash's reader does.
    const lx = this.lx;
    const end = lx.i;
    const src = lx.src.slice(0, t.start) + value + lx.src.slice(end);
    const nl = new Lexer(src);
    nl.i = t.start;
    nl.line = t.line;
    nl.pending = lx.pending;
    nl.lenient = lx.lenient;
    nl.warnings = lx.warnings;
    nl.parseSubst = lx.parseSubst;
    this.lx = nl;
    this.la = undefined;
    this.expanding.add(t.raw);
    return true;
  }

  private parseFunctionRest(name: Token & { k: 'word' }): Command {
    this.next();
    const close = this.next();
    // At a prompt the line ends in a newline, so `echo (` is an error there, not more input.
    if (close.k === 'eof') throw new ShellSyntaxError("syntax error near unexpected token `newline'", close.line);
    if (!this.isOp(close, ')')) this.unexpected(close);
    if (!NAME.test(name.raw) && !/^[\w.:-]+$/.test(name.raw)) throw new ShellSyntaxError(`\`${name.raw}': not a valid identifier`, name.line);
    this.skipNewlines();
    return { t: 'func', name: name.raw, body: this.parseCommand(), line: name.line };
  }

  private parseFunctionKeyword(): Command {
    this.next();
    const name = this.next();
    if (name.k !== 'word') this.unexpected(name);
    if (this.isOp(this.peek(), '(')) return this.parseFunctionRest(name);
    this.skipNewlines();
    return { t: 'func', name: name.raw, body: this.parseCommand(), line: name.line };
  }

  private parseIf(): Command {
    const line = this.next().line;
    const clauses: { cond: List; body: List }[] = [];
    let elseBody: List | undefined;
    for (;;) {
      const cond = this.nonEmpty(this.parseList((t) => this.isWord(t, 'then')));
      this.expectWord('then');
      const body = this.nonEmpty(this.parseList((t) => this.isWord(t, 'elif', 'else', 'fi')));
      clauses.push({ cond, body });
      const t = this.next();
      if (this.isWord(t, 'elif')) continue;
      if (this.isWord(t, 'else')) {
        elseBody = this.nonEmpty(this.parseList((x) => this.isWord(x, 'fi')));
        this.expectWord('fi');
      } else if (!this.isWord(t, 'fi')) this.unexpected(t);
      return { t: 'if', clauses, elseBody, redirs: [], line };
    }
  }

  /** bash rejects an empty then/do body: the next reserved word is the unexpected token. */
  private nonEmpty(l: List): List {
    if (!l.length) this.unexpected(this.peek());
    return l;
  }

  private parseDoGroup(): List {
    this.skipNewlines();
    this.expectWord('do');
    const body = this.nonEmpty(this.parseList((t) => this.isWord(t, 'done')));
    this.expectWord('done');
    return body;
  }

  private parseFor(): Command {
    const line = this.next().line;
    const name = this.next();
    if (name.k !== 'word') this.unexpected(name);
    if (!NAME.test(name.raw)) throw new ShellSyntaxError(`\`${name.raw}': not a valid identifier`, name.line);
    let words: Word[] | undefined;
    if (this.isOp(this.peek(), ';')) this.next();
    else {
      this.skipNewlines();
      if (this.isWord(this.peek(), 'in')) {
        this.next();
        words = [];
        for (let t = this.peek(); t.k === 'word'; t = this.peek()) { this.next(); words.push(t.w); }
        const sep = this.next();
        if (!this.isOp(sep, ';', '\n')) this.unexpected(sep);
      }
    }
    return { t: 'for', name: name.raw, words, body: this.parseDoGroup(), redirs: [], line };
  }

  private parseWhile(): Command {
    const kw = this.next();
    const cond = this.nonEmpty(this.parseList((t) => this.isWord(t, 'do')));
    return { t: 'while', until: kw.k === 'word' && kw.raw === 'until', cond, body: this.parseDoGroup(), redirs: [], line: kw.line };
  }

  private parseCase(): Command {
    const line = this.next().line;
    const wt = this.next();
    if (wt.k !== 'word') this.unexpected(wt);
    this.skipNewlines();
    this.expectWord('in');
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      let t = this.peek();
      if (this.isWord(t, 'esac')) { this.next(); break; }
      if (this.isOp(t, '(')) { this.next(); t = this.peek(); }
      const patterns: Word[] = [];
      for (;;) {
        const p = this.next();
        if (p.k !== 'word') this.unexpected(p);
        patterns.push(p.w);
        const s = this.next();
        if (this.isOp(s, ')')) break;
        if (!this.isOp(s, '|')) this.unexpected(s);
      }
      const body = this.parseList((x) => this.isOp(x, ';;', ';&', ';;&') || this.isWord(x, 'esac'));
      const term = this.peek();
      if (term.k === 'op') { this.next(); items.push({ patterns, body, term: term.v as CaseItem['term'] }); }
      else { items.push({ patterns, body, term: ';;' }); }
    }
    return { t: 'case', word: wt.w, items, redirs: [], line };
  }

  private parseGroup(): Command {
    const line = this.next().line;
    const body = this.nonEmpty(this.parseList((t) => this.isWord(t, '}')));
    this.expectWord('}');
    return { t: 'group', body, redirs: [], line };
  }
}

/** `NAME=value` at the start of a word (the = and the name unquoted) -> an assignment. */
function assignment(w: Word): { name: string; value: Word } | undefined {
  const p = w.parts[0];
  if (!p || p.t !== 'lit') return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(p.v);
  if (!m) return undefined;
  const rest = p.v.slice(m[0].length);
  return { name: m[1], value: { parts: [...(rest ? [{ t: 'lit' as const, v: rest }] : []), ...w.parts.slice(1)] } };
}

/** The literal text of a word with quotes removed (here-doc delimiters are never expanded). */
function wordText(w: Word): string {
  return w.parts.map((p) => (p.t === 'lit' || p.t === 'sq' ? p.v : p.t === 'dq' ? wordText({ parts: p.parts }) : p.t === 'param' ? '$' + p.name : '')).join('');
}

setBacktickParser((text) => Parser.parse(text));
setDqParser((text) => Parser.dqParts(text));
