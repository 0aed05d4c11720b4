/**
 * A tiny evaluator for one-line print scripts: `print(...)` (python3) and `console.log(...)`
 * (node) with string and number literals, + - * / % on them, parentheses, f-strings without
 * expressions, and comma-separated arguments (joined by a space). Anything else throws
 * Unsupported, and the caller says plainly that the sandbox cannot run it.
 */
export class Unsupported extends Error {}

type Value = string | number | boolean | null;

export function evalPrintArgs(src: string, lang: 'python' | 'js'): Value[] {
  let i = 0;
  const ws = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const fail = (): never => {
    throw new Unsupported(src);
  };
  const str = (): string => {
    const q = src[i];
    let out = '';
    i++;
    while (i < src.length && src[i] !== q) {
      if (src[i] === '\\') {
        const c = src[++i];
        out += c === 'n' ? '\n' : c === 't' ? '\t' : c;
      } else out += src[i];
      i++;
    }
    if (src[i] !== q) fail();
    i++;
    return out;
  };
  const primary = (): Value => {
    ws();
    if (src[i] === '(') {
      i++;
      const v = expr();
      ws();
      if (src[i++] !== ')') fail();
      return v;
    }
    if (lang === 'python' && /[fF]/.test(src[i]) && /['"]/.test(src[i + 1] ?? '')) {
      i++;
      const s = str();
      if (s.includes('{')) fail();
      return s;
    }
    if (src[i] === '"' || src[i] === "'" || (lang === 'js' && src[i] === '`')) return str();
    const num = /^-?\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      if (lang === 'python' && num[1] && Number.isInteger(Number(num[0]))) fail();
      i += num[0].length;
      return Number(num[0]);
    }
    const word = /^[A-Za-z_]\w*/.exec(src.slice(i));
    if (word) {
      const w = word[0];
      const consts: Record<string, Value> = lang === 'python' ? { True: true, False: false, None: null } : { true: true, false: false, null: null };
      if (w in consts) {
        i += w.length;
        return consts[w];
      }
    }
    return fail();
  };
  const term = (): Value => {
    let v = primary();
    for (;;) {
      ws();
      const op = src[i];
      if (op !== '*' && op !== '/' && op !== '%') return v;
      i++;
      const r = primary();
      if (op === '*' && typeof v === 'string' && typeof r === 'number') v = v.repeat(r);
      else if (typeof v !== 'number' || typeof r !== 'number') fail();
      // python's / gives a float (6/2 prints 3.0): not modelled, so said plainly.
      else if (op === '/' && lang === 'python' && Number.isInteger(v / r)) fail();
      else v = pyFloat(lang, v, r, op === '*' ? v * r : op === '/' ? v / r : v % r);
    }
  };
  const expr = (): Value => {
    let v = term();
    for (;;) {
      ws();
      const op = src[i];
      if (op !== '+' && op !== '-') return v;
      i++;
      const r = term();
      if (op === '+' && (typeof v === 'string' || typeof r === 'string')) {
        if (lang === 'python' && typeof v !== typeof r) fail();
        v = String(v) + String(r);
      } else if (typeof v !== 'number' || typeof r !== 'number') fail();
      else v = pyFloat(lang, v, r, op === '+' ? v + r : v - r);
    }
  };
  const args: Value[] = [];
  ws();
  if (i < src.length) {
    args.push(expr());
    ws();
    while (src[i] === ',') {
      i++;
      args.push(expr());
      ws();
    }
  }
  if (i < src.length) fail();
  return args;
}

/** python prints a float result as 5.0; an integral result of float operands is not modelled. */
function pyFloat(lang: 'python' | 'js', a: number, b: number, r: number): number {
  if (lang === 'python' && Number.isInteger(r) && (!Number.isInteger(a) || !Number.isInteger(b))) throw new Unsupported(String(r));
  return r;
}

/** How python's print and node's console.log show a value. */
export function show(v: Value, lang: 'python' | 'js'): string {
  if (typeof v === 'boolean') return lang === 'python' ? (v ? 'True' : 'False') : String(v);
  if (v === null) return lang === 'python' ? 'None' : 'null';
  if (typeof v === 'number' && lang === 'python' && !Number.isInteger(v)) return String(v);
  return String(v);
}

/** The statements of a script, each `call(args)`; returns the printed lines. */
export function runPrints(script: string, fn: RegExp, lang: 'python' | 'js'): string {
  let out = '';
  for (const raw of statements(script)) {
    const line = raw.replace(lang === 'python' ? /#.*$/ : /\/\/.*$/, '').trim();
    if (!line) continue;
    const m = fn.exec(line);
    if (!m) throw new Unsupported(line);
    out += evalPrintArgs(m[1], lang).map((v) => show(v, lang)).join(' ') + '\n';
  }
  return out;
}

/** Splits on newlines and on semicolons outside quotes. */
function statements(script: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = '';
  for (const c of script) {
    if (q) {
      if (c === q) q = '';
    } else if (c === '"' || c === "'" || c === '`') q = c;
    else if (c === ';' || c === '\n') {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}
