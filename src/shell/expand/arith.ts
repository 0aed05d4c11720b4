/** Variable access for arithmetic: names evaluate to their (recursively evaluated) values. */
export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export class ArithError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArithError';
  }
}

type Tok = { k: 'num'; v: number; pos: number } | { k: 'name'; v: string; pos: number } | { k: 'op'; v: string; pos: number } | { k: 'end'; pos: number };

const OPS = ['<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
  '+', '-', '*', '/', '%', '<', '>', '&', '|', '^', '!', '~', '?', ':', '(', ')', '=', ','];
// Binary operator precedence, lowest first (C / bash order).
const LEVELS = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

/**
 * Evaluates `$(( ))` text as bash does: 64-bit-like integers (truncating division), C operators,
 * assignment, ternary, and bash's error texts ("division by 0 (error token is ...)").
 */
export function evalArith(text: string, vars: ArithVars, depth = 0): number {
  const expr = text.replace(/^[ \t\n]+/, '');
  if (!expr.trim()) return 0;
  const toks = tokenize(expr);
  let i = 0;
  const peek = () => toks[i];
  const fail = (msg: string, pos: number): never => { throw new ArithError(`${expr}: ${msg} (error token is "${expr.slice(pos)}")`); };
  const isOp = (v: string) => { const t = peek(); return t.k === 'op' && t.v === v; };

  const valueOf = (name: string, pos: number): number => {
    const v = vars.get(name);
    if (v === undefined || v.trim() === '') return 0;
    if (depth > 20) fail('expression recursion level exceeded', pos);
    try { return evalArith(v, vars, depth + 1); } catch { return 0; }
  };
  const assign = (name: string, v: number) => { vars.set(name, String(v)); return v; };

  const primary = (): number => {
    const t = peek();
    if (t.k === 'num') { i++; return t.v; }
    if (t.k === 'name') {
      i++;
      if (isOp('++') || isOp('--')) { const op = (peek() as { v: string }).v; i++; const old = valueOf(t.v, t.pos); assign(t.v, op === '++' ? old + 1 : old - 1); return old; }
      const a = peek();
      if (a.k === 'op' && ['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^='].includes(a.v)) {
        i++;
        const rhs = ternary();
        if (a.v === '=') return assign(t.v, rhs);
        return assign(t.v, binop(a.v.slice(0, -1), valueOf(t.v, t.pos), rhs, a.pos));
      }
      return valueOf(t.v, t.pos);
    }
    if (t.k === 'op') {
      if (t.v === '(') {
        i++;
        const v = comma();
        if (!isOp(')')) fail('missing `)\'', peek().pos);
        i++;
        return v;
      }
      if (t.v === '++' || t.v === '--') {
        i++;
        const n = peek();
        if (n.k !== 'name') fail('syntax error: operand expected', n.pos);
        i++;
        return assign((n as { v: string }).v, valueOf((n as { v: string }).v, n.pos) + (t.v === '++' ? 1 : -1));
      }
      if (['-', '+', '!', '~'].includes(t.v)) {
        i++;
        const v = unaryPow();
        return t.v === '-' ? -v : t.v === '+' ? v : t.v === '!' ? Number(!v) : ~v;
      }
    }
    const prev = i > 0 ? toks[i - 1].pos : t.pos;
    return fail('syntax error: operand expected', t.k === 'end' ? prev : t.pos);
  };
  const unaryPow = (): number => {
    const base = primary();
    if (isOp('**')) { i++; const e = unaryPow(); if (e < 0) fail('exponent less than 0', toks[i - 1].pos); return Math.trunc(base ** e); }
    return base;
  };
  const binary = (level: number): number => {
    if (level >= LEVELS.length) return unaryPow();
    let left = binary(level + 1);
    for (;;) {
      const t = peek();
      if (t.k !== 'op' || !LEVELS[level].includes(t.v)) return left;
      i++;
      if (t.v === '&&' && !left) { skipOperand(level + 1); left = 0; continue; }
      if (t.v === '||' && left) { skipOperand(level + 1); left = 1; continue; }
      const right = binary(level + 1);
      left = binop(t.v, left, right, opRightPos(t.pos));
    }
  };
  // The short-circuited side is still parsed (bash checks its syntax) but not evaluated.
  const skipOperand = (level: number) => { binary(level); };
  const opRightPos = (opPos: number) => {
    const k = toks.findIndex((x) => x.pos === opPos);
    return toks[k + 1]?.pos ?? opPos;
  };
  const binop = (op: string, a: number, b: number, rightPos: number): number => {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/': if (b === 0) fail('division by 0', rightPos); return Math.trunc(a / b);
      case '%': if (b === 0) fail('division by 0', rightPos); return a % b;
      case '<<': return a << b;
      case '>>': return a >> b;
      case '<': return Number(a < b);
      case '<=': return Number(a <= b);
      case '>': return Number(a > b);
      case '>=': return Number(a >= b);
      case '==': return Number(a === b);
      case '!=': return Number(a !== b);
      case '&': return a & b;
      case '|': return a | b;
      case '^': return a ^ b;
      case '&&': return Number(!!a && !!b);
      case '||': return Number(!!a || !!b);
    }
    return 0;
  };
  const ternary = (): number => {
    const c = binary(0);
    if (!isOp('?')) return c;
    i++;
    const a = comma();
    if (!isOp(':')) fail("`:' expected for conditional expression", peek().pos);
    i++;
    const b = ternary();
    return c ? a : b;
  };
  const comma = (): number => {
    let v = ternary();
    while (isOp(',')) { i++; v = ternary(); }
    return v;
  };

  const v = comma();
  const t = peek();
  if (t.k !== 'end') fail('syntax error in expression', t.pos);
  return v;

  function tokenize(s: string): Tok[] {
    const out: Tok[] = [];
    let j = 0;
    while (j < s.length) {
      const c = s[j];
      if (/\s/.test(c)) { j++; continue; }
      const num = /^(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9][0-9a-zA-Z_]*)/.exec(s.slice(j));
      if (num) { out.push({ k: 'num', v: parseNum(num[0], j), pos: j }); j += num[0].length; continue; }
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(j));
      if (name) { out.push({ k: 'name', v: name[0], pos: j }); j += name[0].length; continue; }
      const op = OPS.find((o) => s.startsWith(o, j));
      if (!op) throw new ArithError(`${s}: syntax error: invalid arithmetic operator (error token is "${s.slice(j)}")`);
      out.push({ k: 'op', v: op, pos: j });
      j += op.length;
    }
    out.push({ k: 'end', pos: s.length });
    return out;
  }

  function parseNum(n: string, pos: number): number {
    let base = 10;
    let digits = n;
    if (/^0[xX]/.test(n)) { base = 16; digits = n.slice(2); }
    else if (n.includes('#')) { const [b, d] = n.split('#'); base = Number(b); digits = d; }
    else if (n.length > 1 && n[0] === '0') { base = 8; digits = n.slice(1); }
    let v = 0;
    for (const ch of digits) {
      const d = /[0-9]/.test(ch) ? ch.charCodeAt(0) - 48 : /[a-z]/.test(ch) ? ch.charCodeAt(0) - 87 : /[A-Z]/.test(ch) ? ch.charCodeAt(0) - (base > 36 ? 29 : 55) : ch === '@' ? 62 : 63;
      if (d >= base) throw new ArithError(`${expr}: value too great for base (error token is "${expr.slice(pos)}")`);
      v = v * base + d;
    }
    return v;
  }
}
