/**
 * Lexer and parser for the awk subset awk.ts runs (see there for what is supported). Produces a
 * small AST; anything outside the subset raises AwkSyntaxError, reported mawk-style.
 */
export class AwkSyntaxError extends Error {}

export type Node =
  | { k: 'num'; v: number } | { k: 'str'; v: string } | { k: 're'; v: string }
  | { k: 'var'; name: string } | { k: 'idx'; name: string; key: Node[] } | { k: 'field'; e: Node }
  | { k: 'un'; op: string; e: Node } | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'assign'; op: string; lv: Node; e: Node } | { k: 'incdec'; op: string; pre: boolean; lv: Node }
  | { k: 'cond'; c: Node; a: Node; b: Node } | { k: 'in'; key: Node[]; name: string }
  | { k: 'call'; name: string; args: Node[] } | { k: 'group'; e: Node };

export type Stmt =
  | { k: 'print'; args: Node[]; fmt: boolean } | { k: 'expr'; e: Node } | { k: 'block'; body: Stmt[] }
  | { k: 'if'; c: Node; a: Stmt; b?: Stmt } | { k: 'while'; c: Node; body: Stmt } | { k: 'do'; c: Node; body: Stmt }
  | { k: 'for'; init?: Node; c?: Node; step?: Node; body: Stmt } | { k: 'forin'; v: string; arr: string; body: Stmt }
  | { k: 'next' } | { k: 'exit'; e?: Node } | { k: 'break' } | { k: 'continue' } | { k: 'delete'; name: string; key?: Node[] };

export interface Rule { pattern?: Node; range?: Node; body?: Stmt[] }
export interface AwkProgram { begin: Stmt[][]; end: Stmt[][]; rules: Rule[] }

export const BUILTINS = ['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand'];
const KEYWORDS = ['BEGIN', 'END', 'print', 'printf', 'if', 'else', 'while', 'do', 'for', 'in', 'next', 'exit', 'break', 'continue', 'delete', 'getline', 'function', 'return'];

interface Tok { t: string; v: string }

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const operand = () => { const p = out[out.length - 1]; return !!p && (['name', 'num', 'str', 'builtin', ')', ']', '$', '++', '--'].includes(p.t) && p.t !== '$'); };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && src[i + 1] === '\n') { i += 2; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '\n' || c === ';') { out.push({ t: c === ';' ? ';' : 'nl', v: c }); i++; continue; }
    let m = /^(\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)/.exec(src.slice(i));
    if (m) { out.push({ t: 'num', v: m[0] }); i += m[0].length; continue; }
    m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (m) {
      const w = m[0];
      out.push({ t: KEYWORDS.includes(w) ? w : BUILTINS.includes(w) ? 'builtin' : 'name', v: w });
      i += w.length;
      continue;
    }
    if (c === '"') {
      let s = '';
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\') {
          const n = src[++i];
          const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };
          if (n in esc) s += esc[n];
          else if (/[0-7]/.test(n)) { const o = /^[0-7]{1,3}/.exec(src.slice(i))![0]; s += String.fromCharCode(parseInt(o, 8)); i += o.length - 1; }
          else s += '\\' + n;
          i++;
        } else s += src[i++];
      }
      if (src[i] !== '"') throw new AwkSyntaxError('runaway string constant "' + s.slice(0, 10) + ' ...');
      i++;
      out.push({ t: 'str', v: s });
      continue;
    }
    if (c === '/' && !operand()) {
      let s = '';
      i++;
      while (i < src.length && src[i] !== '/') {
        if (src[i] === '\n') break;
        if (src[i] === '\\' && src[i + 1] === '/') { s += '/'; i += 2; } else if (src[i] === '\\') { s += src[i] + (src[i + 1] ?? ''); i += 2; } else s += src[i++];
      }
      if (src[i] !== '/') throw new AwkSyntaxError('runaway regular expression /' + s.slice(0, 10) + ' ...');
      i++;
      out.push({ t: 're', v: s });
      continue;
    }
    const op = ['+=', '-=', '*=', '/=', '%=', '^=', '==', '!=', '<=', '>=', '&&', '||', '++', '--', '!~', '>>'].find((o) => src.startsWith(o, i)) ?? c;
    if (!'+-*/%^=<>!~?:,(){}[]$|'.includes(op[0])) throw new AwkSyntaxError(`syntax error at or near ${c}`);
    out.push({ t: op, v: op });
    i += op.length;
  }
  out.push({ t: 'eof', v: 'end of file' });
  return out;
}

/** Parses an awk program text. */
export function parseAwk(src: string): AwkProgram {
  const toks = lex(src);
  let p = 0;
  const peek = (o = 0) => toks[p + o];
  const at = (t: string) => toks[p].t === t;
  const err = (): never => { throw new AwkSyntaxError(`syntax error at or near ${toks[p].v === '\n' ? 'end of line' : toks[p].v}`); };
  const eat = (t: string) => { if (!at(t)) err(); return toks[p++]; };
  const nls = () => { while (at('nl')) p++; };
  const terms = () => { while (at('nl') || at(';')) p++; };
  const prog: AwkProgram = { begin: [], end: [], rules: [] };

  const block = (): Stmt[] => { eat('{'); const body: Stmt[] = []; terms(); while (!at('}')) { body.push(stmt()); terms(); } eat('}'); return body; };
  const simpleEnd = () => { if (at(';') || at('nl')) p++; else if (!at('}')) err(); };
  function stmt(): Stmt {
    nls();
    const t = peek().t;
    if (t === '{') return { k: 'block', body: block() };
    if (t === 'if') {
      p++; eat('('); const c = expr(); eat(')'); nls();
      const a = stmt();
      const save = p; terms();
      if (at('else')) { p++; nls(); return { k: 'if', c, a, b: stmt() }; }
      p = save;
      return { k: 'if', c, a };
    }
    if (t === 'while') { p++; eat('('); const c = expr(); eat(')'); if (at(';')) { p++; return { k: 'while', c, body: { k: 'block', body: [] } }; } nls(); return { k: 'while', c, body: stmt() }; }
    if (t === 'do') { p++; nls(); const body = stmt(); terms(); eat('while'); eat('('); const c = expr(); eat(')'); simpleEnd(); return { k: 'do', c, body }; }
    if (t === 'for') {
      p++; eat('(');
      if (peek().t === 'name' && peek(1).t === 'in' && peek(2).t === 'name' && peek(3).t === ')') {
        const v = toks[p].v; const arr = toks[p + 2].v; p += 4; nls();
        return { k: 'forin', v, arr, body: stmt() };
      }
      const init = at(';') ? undefined : expr(); eat(';'); nls();
      const c = at(';') ? undefined : expr(); eat(';'); nls();
      const step = at(')') ? undefined : expr(); eat(')');
      if (at(';')) { p++; return { k: 'for', init, c, step, body: { k: 'block', body: [] } }; }
      nls();
      return { k: 'for', init, c, step, body: stmt() };
    }
    let s: Stmt;
    if (t === 'print' || t === 'printf') {
      p++;
      let args: Node[] = [];
      if (at('(') ) {
        // print (a, b) and print (a)(b): a parenthesised list unless more expression follows.
        const save = p;
        p++;
        const list = [expr(true)];
        while (at(',')) { p++; nls(); list.push(expr(true)); }
        if (at(')') && ['nl', ';', '}', '>', '|', 'eof'].includes(peek(1).t)) { p++; args = list; } else { p = save; args = exprList(); }
      } else if (!['nl', ';', '}', '>', '|', 'eof'].includes(peek().t)) args = exprList();
      if (at('>') || at('>>') || at('|')) throw new AwkSyntaxError('output redirection is not supported here');
      s = { k: 'print', args, fmt: t === 'printf' };
    } else if (t === 'next' || t === 'break' || t === 'continue') { p++; s = { k: t }; }
    else if (t === 'exit') { p++; s = { k: 'exit', e: at(';') || at('nl') || at('}') ? undefined : expr() }; }
    else if (t === 'delete') {
      p++; const name = eat('name').v;
      let key: Node[] | undefined;
      if (at('[')) { p++; key = exprList(); eat(']'); }
      s = { k: 'delete', name, key };
    } else if (t === ';') { p++; return { k: 'block', body: [] }; }
    else if (t === 'getline' || t === 'function' || t === 'return') throw new AwkSyntaxError(`${t} is not supported here`);
    else s = { k: 'expr', e: expr() };
    simpleEnd();
    return s;
  }
  function exprList(): Node[] { const l = [expr(true)]; while (at(',')) { p++; nls(); l.push(expr(true)); } return l; }

  // noGt: inside print's arguments an unparenthesised ">" is output redirection.
  function expr(noGt = false): Node { return ternary(noGt); }
  function ternary(g: boolean): Node {
    const c = or(g);
    if (at('?')) { p++; nls(); const a = ternary(g); nls(); eat(':'); nls(); return { k: 'cond', c, a, b: ternary(g) }; }
    if (['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(peek().t) && (c.k === 'var' || c.k === 'idx' || c.k === 'field')) {
      const op = toks[p++].t; nls();
      return { k: 'assign', op, lv: c, e: ternary(g) };
    }
    return c;
  }
  function or(g: boolean): Node { let a = and(g); while (at('||')) { p++; nls(); a = { k: 'bin', op: '||', a, b: and(g) }; } return a; }
  function and(g: boolean): Node { let a = inExpr(g); while (at('&&')) { p++; nls(); a = { k: 'bin', op: '&&', a, b: inExpr(g) }; } return a; }
  function inExpr(g: boolean): Node { let a = match(g); while (at('in')) { p++; a = { k: 'in', key: [a], name: eat('name').v }; } return a; }
  function match(g: boolean): Node { let a = rel(g); while (at('~') || at('!~')) { const op = toks[p++].t; a = { k: 'bin', op, a, b: rel(g) }; } return a; }
  function rel(g: boolean): Node {
    const a = concat(g);
    const t = peek().t;
    if (['<', '<=', '!=', '==', '>=', '>'].includes(t) && !(g && t === '>')) { p++; return { k: 'bin', op: t, a, b: concat(g) }; }
    return a;
  }
  // Concatenation is juxtaposition: any operand that cannot continue the expression starts one.
  function concat(_g: boolean): Node {
    let a = additive();
    while (['num', 'str', 're', 'name', 'builtin', '$', '!', '(', '++', '--'].includes(peek().t)) a = { k: 'bin', op: 'cat', a, b: additive() };
    return a;
  }
  function additive(): Node { let a = mul(); while (at('+') || at('-')) { const op = toks[p++].t; a = { k: 'bin', op, a, b: mul() }; } return a; }
  function mul(): Node { let a = unary(); while (at('*') || at('/') || at('%')) { const op = toks[p++].t; a = { k: 'bin', op, a, b: unary() }; } return a; }
  function unary(): Node { if (at('!') || at('-') || at('+')) { const op = toks[p++].t; return { k: 'un', op, e: unary() }; } return pow(); }
  function pow(): Node { const a = postfix(); if (at('^')) { p++; return { k: 'bin', op: '^', a, b: unary() }; } return a; }
  function postfix(): Node {
    if (at('++') || at('--')) { const op = toks[p++].t; return { k: 'incdec', op, pre: true, lv: primary() }; }
    const e = primary();
    if ((at('++') || at('--')) && (e.k === 'var' || e.k === 'idx' || e.k === 'field')) return { k: 'incdec', op: toks[p++].t, pre: false, lv: e };
    return e;
  }
  function primary(): Node {
    const tk = toks[p];
    switch (tk.t) {
      case 'num': p++; return { k: 'num', v: Number(tk.v) };
      case 'str': p++; return { k: 'str', v: tk.v };
      case 're': p++; return { k: 're', v: tk.v };
      case '$': p++; return { k: 'field', e: postfixNoIncr() };
      case '(': {
        p++; const l = [expr()];
        while (at(',')) { p++; nls(); l.push(expr()); }
        eat(')');
        if (l.length > 1) { const name = eat('in') && eat('name').v; return { k: 'in', key: l, name }; }
        return { k: 'group', e: l[0] };
      }
      case 'builtin': {
        p++;
        const args: Node[] = [];
        if (at('(')) { p++; nls(); if (!at(')')) { args.push(expr()); while (at(',')) { p++; nls(); args.push(expr()); } } eat(')'); }
        else if (tk.v !== 'length') err();
        return { k: 'call', name: tk.v, args };
      }
      case 'name': {
        p++;
        if (at('[')) { p++; const key = exprList(); eat(']'); return { k: 'idx', name: tk.v, key }; }
        if (at('(') ) throw new AwkSyntaxError(`function ${tk.v} never defined`);
        return { k: 'var', name: tk.v };
      }
      default: return err();
    }
  }
  function postfixNoIncr(): Node { if (at('-') || at('+') || at('!')) { const op = toks[p++].t; return { k: 'un', op, e: postfixNoIncr() }; } return primary(); }

  terms();
  while (!at('eof')) {
    if (at('BEGIN')) { p++; nls(); prog.begin.push(block()); }
    else if (at('END')) { p++; nls(); prog.end.push(block()); }
    else if (at('function')) throw new AwkSyntaxError('function definitions are not supported here');
    else {
      const rule: Rule = {};
      if (!at('{')) { rule.pattern = expr(); if (at(',')) { p++; nls(); rule.range = expr(); } }
      if (at('{')) rule.body = block();
      prog.rules.push(rule);
    }
    terms();
  }
  return prog;
}
