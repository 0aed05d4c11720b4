import type { Program, ProcessContext } from '../process';
import { AwkSyntaxError, parseAwk, type AwkProgram, type Node, type Stmt } from './lib/awk-parse';
import { awkFormat, numToStr } from './lib/awk-format';
import { readAll } from './lib/io';
import { resolvePath } from './lib/path';
import { errorText } from './lib/fail';

/**
 * awk (also mawk, gawk, original-awk and the busybox applet): the subset tutorials and image
 * entrypoints use. Supported: BEGIN/END, pattern and range rules, /re/, fields ($0, $N, $NF,
 * assigning a field), NR NF FNR FS OFS ORS RS(newline) FILENAME SUBSEP RSTART RLENGTH ENVIRON,
 * -F, -v var=val and var=val operands, arrays with `in` / `for (k in a)` / delete, if/while/do/for,
 * next/exit/break/continue, print and printf (%d %i %o %x %X %u %c %s %e %f %g, width, precision,
 * `*`), the arithmetic/comparison/match/logical/ternary/concatenation operators, ++ -- += and
 * friends, and length substr index split sub gsub match sprintf tolower toupper int and the
 * maths functions. Not supported (a syntax error, as awk reports it): getline, user functions,
 * output redirection and pipes (print > file, print | cmd), system(), multi-character RS.
 */
type Val = number | string | StrNum;
/** Input text that compares as a number when it looks like one (POSIX "numeric string"). */
class StrNum { constructor(readonly s: string) {} }
class Next {}
class Exit { constructor(readonly code: number) {} }
class Break {}
class Continue {}

const NUMERIC = /^[ \t\n]*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?[ \t\n]*$/;
const str = (v: Val): string => (typeof v === 'number' ? numToStr(v) : typeof v === 'string' ? v : v.s);
const num = (v: Val): number => { if (typeof v === 'number') return v; const m = /^[ \t\n]*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(str(v)); return m ? Number(m[0].trim()) : 0; };
const isNum = (v: Val) => typeof v === 'number' || (v instanceof StrNum && NUMERIC.test(v.s));
const truthy = (v: Val) => (isNum(v) ? num(v) !== 0 : str(v) !== '');

export const awk: Program = async (ctx) => {
  const name = ctx.argv[0].split('/').pop() ?? 'awk';
  const args = ctx.argv.slice(1);
  let fs = ' ';
  const assigns: string[] = [];
  let src: string | undefined;
  while (args.length && args[0].startsWith('-') && args[0] !== '-') {
    const a = args.shift()!;
    if (a === '--') break;
    if (a.startsWith('-F')) fs = a.length > 2 ? a.slice(2) : args.shift() ?? '';
    else if (a.startsWith('-v')) assigns.push(a.length > 2 ? a.slice(2) : args.shift() ?? '');
    else if (a.startsWith('-f')) {
      const f = a.length > 2 ? a.slice(2) : args.shift() ?? '';
      try { src = new TextDecoder().decode(ctx.fs.readFile(resolvePath(ctx.cwd, f))); } catch (e) { ctx.stderr.write(`${name}: couldn't open file ${f}: ${errorText(e)}\n`); return 2; }
    } else { ctx.stderr.write(`${name}: not an option: ${a}\n`); return 2; }
  }
  if (src === undefined) src = args.shift();
  if (src === undefined) { ctx.stderr.write(`usage: ${name} [-F value] [-v var=value] [--] 'program text' [file ...]\n`); return 2; }
  let prog: AwkProgram;
  try { prog = parseAwk(src); } catch (e) {
    if (!(e instanceof AwkSyntaxError)) throw e;
    ctx.stderr.write(`${name}: line 1: ${e.message}\n`);
    return 2;
  }
  return new Runner(ctx, name, prog, fs, assigns, args).run();
};

class Runner {
  vars = new Map<string, Val>();
  arrays = new Map<string, Map<string, Val>>();
  fields: string[] = [];
  record = '';
  inRange = new Set<number>();
  out = '';

  constructor(private ctx: ProcessContext, private name: string, private prog: AwkProgram, fs: string, assigns: string[], private operands: string[]) {
    const init: Record<string, Val> = { FS: fs === 't' ? '\t' : fs, OFS: ' ', ORS: '\n', RS: '\n', NR: 0, NF: 0, FNR: 0, SUBSEP: '\x1c', FILENAME: '', RSTART: 0, RLENGTH: -1, CONVFMT: '%.6g', OFMT: '%.6g' };
    for (const [k, v] of Object.entries(init)) this.vars.set(k, v);
    const env = new Map<string, Val>();
    for (const [k, v] of ctx.env) env.set(k, new StrNum(v));
    this.arrays.set('ENVIRON', env);
    for (const a of assigns) this.assignArg(a);
  }

  private assignArg(a: string): boolean {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(a);
    if (!m) return false;
    this.vars.set(m[1], new StrNum(m[2].replace(/\\n/g, '\n').replace(/\\t/g, '\t')));
    return true;
  }

  private flush() { if (this.out) { this.ctx.stdout.write(this.out); this.out = ''; } }

  async run(): Promise<number> {
    let code = 0;
    try {
      try {
        for (const b of this.prog.begin) this.exec(b);
        if (this.prog.rules.length || this.prog.end.length) await this.mainLoop();
      } catch (e) { if (!(e instanceof Exit)) throw e; code = e.code; }
      try { for (const b of this.prog.end) this.exec(b); } catch (e) { if (!(e instanceof Exit)) throw e; code = e.code; }
    } catch (e) {
      this.flush();
      if (e instanceof AwkSyntaxError) { this.ctx.stderr.write(`${this.name}: run time error: ${e.message}\n`); return 2; }
      throw e;
    }
    this.flush();
    return code;
  }

  private async mainLoop() {
    let any = false;
    for (const f of this.operands) {
      if (f !== '-' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(f)) { this.assignArg(f); continue; }
      any = true;
      await this.file(f);
    }
    if (!any) await this.file('-');
  }

  private async file(f: string) {
    let text: string;
    if (f === '-') { this.flush(); text = await readAll(this.ctx.stdin, this.ctx.signal); }
    else {
      try { text = new TextDecoder().decode(this.ctx.fs.readFile(resolvePath(this.ctx.cwd, f))); } catch (e) {
        throw new AwkSyntaxError(`cannot open "${f}" (${errorText(e)})`);
      }
    }
    this.vars.set('FILENAME', f === '-' ? '' : f);
    this.vars.set('FNR', 0);
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) {
      this.vars.set('NR', num(this.vars.get('NR')!) + 1);
      this.vars.set('FNR', num(this.vars.get('FNR')!) + 1);
      this.setRecord(line);
      try { this.rules(); } catch (e) { if (!(e instanceof Next)) throw e; }
    }
  }

  private rules() {
    this.prog.rules.forEach((r, i) => {
      let match: boolean;
      if (r.range) {
        if (this.inRange.has(i)) { match = true; if (truthy(this.eval(r.range))) this.inRange.delete(i); }
        else if (truthy(this.eval(r.pattern!))) { match = true; if (!truthy(this.eval(r.range))) this.inRange.add(i); }
        else match = false;
      } else match = !r.pattern || truthy(this.eval(r.pattern));
      if (!match) return;
      if (r.body) this.exec(r.body);
      else this.out += this.record + str(this.vars.get('ORS')!);
    });
  }

  private setRecord(s: string) {
    this.record = s;
    const fs = str(this.vars.get('FS')!);
    if (fs === ' ') this.fields = s.split(/[ \t\n]+/).filter((x) => x !== '');
    else if (s === '') this.fields = [];
    else if (fs.length === 1 && fs !== '\\') this.fields = s.split(fs);
    else this.fields = s.split(new RegExp(fs));
    this.vars.set('NF', this.fields.length);
  }

  private getField(i: number): Val {
    if (i === 0) return new StrNum(this.record);
    return new StrNum(this.fields[i - 1] ?? '');
  }

  private setField(i: number, v: string) {
    if (i === 0) { this.setRecord(v); return; }
    while (this.fields.length < i) this.fields.push('');
    this.fields[i - 1] = v;
    this.vars.set('NF', this.fields.length);
    this.record = this.fields.join(str(this.vars.get('OFS')!));
  }

  private exec(body: Stmt[]) { for (const s of body) this.stmt(s); }

  private stmt(s: Stmt): void {
    switch (s.k) {
      case 'block': return this.exec(s.body);
      case 'expr': this.eval(s.e); return;
      case 'print': {
        if (s.fmt) { const [f, ...rest] = s.args.map((a) => this.eval(a)); this.out += awkFormat(str(f ?? ''), rest.map((v) => ({ n: num(v), s: str(v) }))); }
        else this.out += (s.args.length ? s.args.map((a) => this.outStr(this.eval(a))).join(str(this.vars.get('OFS')!)) : this.record) + str(this.vars.get('ORS')!);
        if (this.out.length > 65536) this.flush();
        return;
      }
      case 'if': if (truthy(this.eval(s.c))) this.stmt(s.a); else if (s.b) this.stmt(s.b); return;
      case 'while': while (truthy(this.eval(s.c))) { if (this.loopBody(s.body)) break; } return;
      case 'do': do { if (this.loopBody(s.body)) break; } while (truthy(this.eval(s.c))); return;
      case 'for': for (s.init && this.eval(s.init); !s.c || truthy(this.eval(s.c)); s.step && this.eval(s.step)) { if (this.loopBody(s.body)) break; } return;
      case 'forin': for (const k of [...this.array(s.arr).keys()]) { this.vars.set(s.v, new StrNum(k)); if (this.loopBody(s.body)) break; } return;
      case 'next': throw new Next();
      case 'exit': throw new Exit(s.e ? num(this.eval(s.e)) : 0);
      case 'break': throw new Break();
      case 'continue': throw new Continue();
      case 'delete': if (s.key) this.array(s.name).delete(this.key(s.key)); else this.array(s.name).clear(); return;
    }
  }

  /** true when the loop must stop (break). */
  private loopBody(b: Stmt): boolean {
    try { this.stmt(b); } catch (e) { if (e instanceof Break) return true; if (!(e instanceof Continue)) throw e; }
    return false;
  }

  private outStr(v: Val): string { return typeof v === 'number' && !Number.isInteger(v) ? awkFormat(str(this.vars.get('OFMT')!), [{ n: v, s: '' }]) : str(v); }
  private array(name: string) { let a = this.arrays.get(name); if (!a) this.arrays.set(name, (a = new Map())); return a; }
  private key(k: Node[]): string { return k.map((e) => str(this.eval(e))).join(str(this.vars.get('SUBSEP')!)); }
  private regex(n: Node): RegExp { return new RegExp(n.k === 're' ? n.v : str(this.eval(n))); }

  private get(lv: Node): Val {
    if (lv.k === 'var') return this.vars.get(lv.name) ?? new StrNum('');
    if (lv.k === 'idx') { const a = this.array(lv.name); const k = this.key(lv.key); if (!a.has(k)) a.set(k, new StrNum('')); return a.get(k)!; }
    if (lv.k === 'field') return this.getField(num(this.eval(lv.e)));
    throw new AwkSyntaxError('not an lvalue');
  }

  private set(lv: Node, v: Val): Val {
    if (lv.k === 'var') { if (lv.name === 'NF') { this.fields.length = num(v); this.fields = Array.from(this.fields, (x) => x ?? ''); this.record = this.fields.join(str(this.vars.get('OFS')!)); } this.vars.set(lv.name, v); }
    else if (lv.k === 'idx') this.array(lv.name).set(this.key(lv.key), v);
    else if (lv.k === 'field') this.setField(num(this.eval(lv.e)), str(v));
    return v;
  }

  eval(n: Node): Val {
    switch (n.k) {
      case 'num': return n.v;
      case 'str': return n.v;
      case 're': return new RegExp(n.v).test(this.record) ? 1 : 0;
      case 'group': return this.eval(n.e);
      case 'var': case 'idx': case 'field': return this.get(n);
      case 'in': return this.array(n.name).has(this.key(n.key)) ? 1 : 0;
      case 'cond': return truthy(this.eval(n.c)) ? this.eval(n.a) : this.eval(n.b);
      case 'un': { const v = this.eval(n.e); return n.op === '!' ? (truthy(v) ? 0 : 1) : n.op === '-' ? -num(v) : num(v); }
      case 'assign': {
        const v = this.eval(n.e);
        if (n.op === '=') return this.set(n.lv, v);
        return this.set(n.lv, arith(n.op[0], num(this.get(n.lv)), num(v)));
      }
      case 'incdec': { const old = num(this.get(n.lv)); const nv = old + (n.op === '++' ? 1 : -1); this.set(n.lv, nv); return n.pre ? nv : old; }
      case 'call': return this.call(n.name, n.args);
      case 'bin': {
        if (n.op === '&&') return truthy(this.eval(n.a)) && truthy(this.eval(n.b)) ? 1 : 0;
        if (n.op === '||') return truthy(this.eval(n.a)) || truthy(this.eval(n.b)) ? 1 : 0;
        if (n.op === '~' || n.op === '!~') return this.regex(n.b).test(str(this.eval(n.a))) === (n.op === '~') ? 1 : 0;
        const a = this.eval(n.a); const b = this.eval(n.b);
        if (n.op === 'cat') return str(a) + str(b);
        if (['<', '<=', '>', '>=', '==', '!='].includes(n.op)) {
          const c = isNum(a) && isNum(b) ? num(a) - num(b) : str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0;
          return ({ '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '==': c === 0, '!=': c !== 0 } as Record<string, boolean>)[n.op] ? 1 : 0;
        }
        return arith(n.op, num(a), num(b));
      }
    }
  }

  private call(name: string, args: Node[]): Val {
    const v = (i: number) => this.eval(args[i]);
    switch (name) {
      case 'length': return args.length ? (args[0].k === 'var' && this.arrays.has(args[0].name) ? this.array(args[0].name).size : str(v(0)).length) : this.record.length;
      case 'substr': {
        const s = str(v(0)); const m = Math.round(num(v(1)));
        const end = args.length > 2 ? m + Math.round(num(v(2))) : Infinity;
        return s.slice(Math.max(m, 1) - 1, Math.max(Math.min(end, s.length + 1) - 1, 0));
      }
      case 'index': return str(v(0)).indexOf(str(v(1))) + 1;
      case 'split': {
        const s = str(v(0)); const a = args[1].k === 'var' ? this.array(args[1].name) : this.array('');
        a.clear();
        const sep = args.length > 2 ? (args[2].k === 're' ? new RegExp(args[2].v) : str(v(2))) : str(this.vars.get('FS')!);
        const parts = s === '' ? [] : sep === ' ' ? s.split(/[ \t\n]+/).filter((x) => x) : s.split(typeof sep === 'string' && sep.length === 1 ? sep : new RegExp(sep));
        parts.forEach((x, i) => a.set(String(i + 1), new StrNum(x)));
        return parts.length;
      }
      case 'sub': case 'gsub': {
        const re = this.regex(args[0]); const repl = str(v(1)); const target = args[2] ?? { k: 'field', e: { k: 'num', v: 0 } };
        let count = 0;
        const g = new RegExp(re.source, name === 'gsub' ? 'g' : '');
        const out = str(this.get(target)).replace(g, (m) => { count++; return repl.replace(/\\\\|\\&|&/g, (t) => (t === '&' ? m : t === '\\&' ? '&' : '\\')); });
        if (count) this.set(target, out);
        return count;
      }
      case 'match': { const m = this.regex(args[1]).exec(str(v(0))); this.vars.set('RSTART', m ? m.index + 1 : 0); this.vars.set('RLENGTH', m ? m[0].length : -1); return m ? m.index + 1 : 0; }
      case 'sprintf': { const [f, ...rest] = args.map((a) => this.eval(a)); return awkFormat(str(f), rest.map((x) => ({ n: num(x), s: str(x) }))); }
      case 'tolower': return str(v(0)).toLowerCase();
      case 'toupper': return str(v(0)).toUpperCase();
      case 'int': return Math.trunc(num(v(0)));
      case 'sqrt': return Math.sqrt(num(v(0)));
      case 'exp': return Math.exp(num(v(0)));
      case 'log': return Math.log(num(v(0)));
      case 'sin': return Math.sin(num(v(0)));
      case 'cos': return Math.cos(num(v(0)));
      case 'atan2': return Math.atan2(num(v(0)), num(v(1)));
      case 'rand': return Math.random();
      default: return 0;
    }
  }
}

function arith(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': if (b === 0) throw new AwkSyntaxError('division by zero'); return a / b;
    case '%': if (b === 0) throw new AwkSyntaxError('division by zero in %'); return a % b;
    default: return a ** b;
  }
}
