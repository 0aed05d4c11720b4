/**
 * The C that `gcc` understands here: a `main` whose statements are printf/puts/putchar/fputs
 * calls with literal arguments and `return N;`. The result is what the program prints and its
 * exit status; other statements are accepted and do nothing. A missing ';' is reported as
 * gcc 12 reports it (recorded in test/unit/packages/recorded/gcc-bad.txt).
 */
export type CompileResult = { ok: true; out: string; status: number } | { ok: false; errors: string };

interface Tok {
  t: string;
  kind: 'str' | 'num' | 'chr' | 'id' | 'punct';
  line: number;
  col: number;
  end: { line: number; col: number };
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  const adv = (n: number) => {
    for (let k = 0; k < n; k++, i++) {
      if (src[i] === '\n') { line++; col = 1; } else col++;
    }
  };
  while (i < src.length) {
    const rest = src.slice(i);
    const ws = /^(\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|#[^\n]*)/.exec(rest);
    if (ws) { adv(ws[0].length); continue; }
    const m = /^("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])+'|[A-Za-z_]\w*|\d+(?:\.\d+)?|->|\+\+|--|[^\s])/.exec(rest)!;
    const t = m[0];
    const kind: Tok['kind'] = t[0] === '"' ? 'str' : t[0] === "'" ? 'chr' : /^\d/.test(t) ? 'num' : /^\w/.test(t) ? 'id' : 'punct';
    const start = { line, col };
    adv(t.length);
    out.push({ t, kind, line: start.line, col: start.col, end: { line, col } });
  }
  return out;
}

function unescape(lit: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'", a: '\x07' };
  return lit.slice(1, -1).replace(/\\(x[0-9a-fA-F]+|.)/g, (_, c: string) => (c[0] === 'x' && c.length > 1 ? String.fromCharCode(parseInt(c.slice(1), 16)) : map[c] ?? c));
}

function format(fmt: string, args: Array<string | number>): string {
  let k = 0;
  return fmt.replace(/%([-0+ ]*)(\d*)(?:\.(\d+))?(l{0,2}|h)?([diuxXscf%])/g, (_m, flags: string, width: string, prec: string | undefined, _l, conv: string) => {
    if (conv === '%') return '%';
    const a = args[k++];
    let s: string;
    if (conv === 's') s = String(a ?? '(null)');
    else if (conv === 'c') s = typeof a === 'number' ? String.fromCharCode(a) : String(a ?? '');
    else if (conv === 'x' || conv === 'X') s = (Number(a) >>> 0).toString(16);
    else if (conv === 'f') s = Number(a).toFixed(prec === undefined ? 6 : Number(prec));
    else s = String(Math.trunc(Number(a)));
    if (conv === 'X') s = s.toUpperCase();
    const w = Number(width || 0);
    if (s.length < w) s = flags.includes('-') ? s.padEnd(w) : flags.includes('0') && conv !== 's' ? s.padStart(w, '0') : s.padStart(w);
    return s;
  });
}

function source(lines: string[], n: number): string {
  return `${String(n).padStart(5)} | ${lines[n - 1] ?? ''}\n`;
}

export function compileC(file: string, src: string): CompileResult {
  const toks = tokenize(src);
  const lines = src.split('\n');
  const mi = toks.findIndex((t, i) => t.t === 'main' && toks[i + 1]?.t === '(');
  if (mi < 0) return { ok: true, out: '', status: 0 };
  let i = mi;
  while (i < toks.length && toks[i].t !== '{') i++;
  i++;
  let out = '';
  let status = 0;
  let returned = false;
  while (i < toks.length && toks[i].t !== '}') {
    const start = i;
    // one statement: up to its ';' at depth 0, or a missing ';' before the next statement
    let depth = 0;
    const args: Tok[][] = [[]];
    const name = toks[i];
    i++;
    let called = false;
    while (i < toks.length) {
      const t = toks[i];
      if (t.t === '(') { depth++; if (depth > 1) args[args.length - 1].push(t); i++; continue; }
      if (t.t === ')') { depth--; if (depth > 0) args[args.length - 1].push(t); i++; if (depth === 0) called = true; if (depth === 0 && toks[i]?.t !== ';') break; continue; }
      if (depth === 1 && t.t === ',') { args.push([]); i++; continue; }
      if (depth === 0 && t.t === ';') break;
      if (depth === 0 && (t.t === '}' || (called && t.kind === 'id'))) break;
      if (depth >= 1) args[args.length - 1].push(t);
      i++;
    }
    if (toks[i]?.t !== ';') {
      const prev = toks[i - 1];
      const next = toks[i];
      const what = next ? (next.kind === 'punct' ? `'${next.t}' token` : `'${next.t}'`) : 'end of input';
      let msg = `${file}: In function 'main':\n${file}:${prev.end.line}:${prev.end.col}: error: expected ';' before ${what}\n`;
      msg += source(lines, prev.end.line) + `      | ${' '.repeat(prev.end.col - 1)}^\n      | ${' '.repeat(prev.end.col - 1)};\n`;
      if (next && next.line !== prev.end.line) msg += source(lines, next.line) + `      | ${' '.repeat(next.col - 1)}${'~'.padEnd(prev.end.col - next.col + 1)}\n`;
      return { ok: false, errors: msg };
    }
    i++;
    if (returned) continue;
    const vals = args.map((a) => (a.length === 1 ? (a[0].kind === 'str' ? unescape(a[0].t) : a[0].kind === 'chr' ? unescape(a[0].t).charCodeAt(0) : a[0].kind === 'num' ? Number(a[0].t) : a[0].t) : a.filter((x) => x.kind === 'str').map((x) => unescape(x.t)).join('')));
    switch (name.t) {
      case 'printf': out += format(String(vals[0] ?? ''), vals.slice(1)); break;
      case 'puts': out += String(vals[0] ?? '') + '\n'; break;
      case 'fputs': if (vals[1] === 'stdout') out += String(vals[0]); break;
      case 'putchar': out += typeof vals[0] === 'number' ? String.fromCharCode(vals[0]) : String(vals[0]); break;
      case 'return': status = Number(toks[start + 1]?.t) & 255 || 0; returned = true; break;
      default: break;
    }
  }
  return { ok: true, out, status };
}
