import { parseTemplate, type Arg, type Cmd, type Node, type Pipe } from './template-parse';
import { TemplateError } from './template-error';
import { NO_VALUE, goJson, goPrint, goTruth } from './go-value';
import { goQuote } from './go-quote';
import { TabWriter } from './tabwriter';

type Fn = (...args: unknown[]) => unknown;
const str = (v: unknown) => (typeof v === 'string' ? v : goPrint(v));
const cmp = (a: unknown, b: unknown) => ((a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0);

function sprintf(format: string, ...args: unknown[]): string {
  let n = 0;
  return format.replace(/%([-+# 0]*)(\d*)(?:\.(\d+))?([svdqtfgx%])/g, (_m, flags: string, width: string, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    if (n >= args.length) return `%!${verb}(MISSING)`;
    const a = args[n++];
    let s: string;
    if (verb === 'q') s = goQuote(str(a));
    else if (verb === 'd') s = typeof a === 'number' ? String(Math.trunc(a)) : `%!d(${typeof a === 'string' ? 'string' : 'value'}=${str(a)})`;
    else if (verb === 'f') s = typeof a === 'number' ? a.toFixed(prec === undefined ? 6 : Number(prec)) : `%!f(${str(a)})`;
    else if (verb === 'x') s = typeof a === 'number' ? a.toString(16) : [...new TextEncoder().encode(str(a))].map((b) => b.toString(16).padStart(2, '0')).join('');
    else s = str(a);
    if (prec !== undefined && verb === 's') s = [...s].slice(0, Number(prec)).join('');
    const w = Number(width || 0);
    return flags.includes('-') ? s.padEnd(w) : s.padStart(w, flags.includes('0') && verb !== 's' ? '0' : ' ');
  }) + (n < args.length ? `%!(EXTRA ${args.slice(n).map((a) => `${typeof a === 'number' ? 'int' : 'string'}=${str(a)}`).join(', ')})` : '');
}

/** text/template builtins plus docker/cli templates.go basicFunctions. */
export const TEMPLATE_FUNCS: Record<string, Fn> = {
  and: (...a) => a.find((x) => !goTruth(x)) ?? a[a.length - 1],
  or: (...a) => a.find((x) => goTruth(x)) ?? a[a.length - 1],
  not: (a) => !goTruth(a),
  len: (a) => (typeof a === 'string' ? new TextEncoder().encode(a).length : Array.isArray(a) ? a.length : a instanceof Map ? a.size : (() => { throw new Error(`len of type ${typeof a}`); })()),
  index: (a, ...keys) => keys.reduce((v: unknown, k) => (v instanceof Map ? (v.has(k) ? v.get(k) : NO_VALUE) : Array.isArray(v) ? v[k as number] : NO_VALUE), a),
  print: (...a) => a.map(str).join(''),
  printf: (f, ...a) => sprintf(str(f), ...a),
  println: (...a) => a.map(str).join(' ') + '\n',
  eq: (a, ...b) => b.some((x) => x === a),
  ne: (a, b) => a !== b,
  lt: (a, b) => cmp(a, b) < 0,
  le: (a, b) => cmp(a, b) <= 0,
  gt: (a, b) => cmp(a, b) > 0,
  ge: (a, b) => cmp(a, b) >= 0,
  json: (v) => goJson(v),
  split: (s, sep) => str(s).split(str(sep)),
  join: (a, sep) => (a as unknown[]).map(str).join(str(sep)),
  title: (s) => str(s).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase()),
  lower: (s) => str(s).toLowerCase(),
  upper: (s) => str(s).toUpperCase(),
  pad: (s, pre, suf) => (str(s) === '' ? '' : ' '.repeat(pre as number) + str(s) + ' '.repeat(suf as number)),
  truncate: (s, n) => { const b = new TextEncoder().encode(str(s)); return b.length < (n as number) ? str(s) : new TextDecoder().decode(b.slice(0, n as number)); },
};
const ARITY: Record<string, number> = { not: 1, len: 1, ne: 2, lt: 2, le: 2, gt: 2, ge: 2, json: 1, split: 2, join: 2, title: 1, lower: 1, upper: 1, pad: 3, truncate: 2 };

export interface ExecuteOptions {
  /** The Go type name of the data, for "can't evaluate field X in type T" (e.g. "*formatter.ImageContext"). */
  typeName?: string;
}

/** A parsed Go text/template (the subset docker's --format uses), executed over JS data. */
export class GoTemplate {
  private constructor(private readonly nodes: Node[], private readonly funcs: Record<string, Fn>, private readonly src: string) {}

  static parse(src: string, funcs: Record<string, Fn> = TEMPLATE_FUNCS): GoTemplate {
    return new GoTemplate(parseTemplate(src, new Set(Object.keys(funcs))), funcs, src);
  }

  /**
   * docker's --format: a leading "table" renders a header row (the same template run over
   * `headers`, field name -> column title) and all rows through the tabwriter; `\t` and `\n`
   * typed literally are real tabs/newlines (formatter.go preFormat). Each row ends with "\n".
   */
  static render(format: string, rows: readonly unknown[], headers: Record<string, string>, opts: ExecuteOptions = {}): string {
    const table = format.startsWith('table');
    let f = table ? format.slice('table'.length) : format;
    f = f.replace(/^ +| +$/g, '').replaceAll('\\t', '\t').replaceAll('\\n', '\n');
    const tmpl = GoTemplate.parse(f);
    const body = rows.map((r) => tmpl.execute(r, opts) + '\n').join('');
    if (!table) return body;
    const headerFuncs: Record<string, Fn> = { ...TEMPLATE_FUNCS };
    for (const k of ['json', 'split', 'join', 'title', 'lower', 'upper', 'truncate']) headerFuncs[k] = (v) => v;
    const header = new GoTemplate(tmpl.nodes, headerFuncs, tmpl.src).execute(new Map(Object.entries(headers)));
    return TabWriter.format(header + '\n' + body);
  }

  execute(data: unknown, opts: ExecuteOptions = {}): string {
    let out = '';
    const scopes: Array<Map<string, unknown>> = [new Map([['$', data]])];
    const lookupVar = (name: string) => { for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i].has(name)) return scopes[i].get(name); return undefined; };
    const fail = (arg: { pos: number; src: string }, msg: string): never => {
      throw new TemplateError(`template: :${this.lineCol(arg.pos)}: executing "" at <${arg.src}>: ${msg}`, 'exec');
    };
    const field = (v: unknown, name: string, at: { pos: number; src: string }, typeName: string): unknown => {
      if (v === NO_VALUE) return NO_VALUE;
      if (v instanceof Map) return v.has(name) ? v.get(name) : NO_VALUE;
      if (v === null || v === undefined) return fail(at, `nil pointer evaluating ${typeName}.${name}`);
      if (typeof v === 'object' && !Array.isArray(v) && name in v) {
        const x = (v as Record<string, unknown>)[name];
        return typeof x === 'function' ? (x as Fn).call(v) : x;
      }
      return fail(at, `can't evaluate field ${name} in type ${typeName}`);
    };
    const typeOf = (v: unknown, root: boolean) => (root && opts.typeName ? opts.typeName : Array.isArray(v) ? '[]interface {}' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'int' : typeof v === 'boolean' ? 'bool' : 'struct');
    const chain = (v: unknown, names: string[], at: { pos: number; src: string }, root: boolean) =>
      names.reduce((cur, n, i) => field(cur, n, at, typeOf(cur, root && i === 0)), v);
    const evalArg = (a: Arg, dot: unknown): unknown => {
      switch (a.k) {
        case 'dot': return dot;
        case 'field': return chain(dot, a.chain, a, dot === data);
        case 'var': { const v = lookupVar(a.name); return chain(v, a.chain, a, v === data); }
        case 'lit': return a.value;
        case 'pipe': return chain(evalPipe(a.pipe, dot), a.chain, a, false);
        case 'ident': return this.call(a, [], fail);
      }
    };
    const evalCmd = (c: Cmd, dot: unknown, piped: unknown[]): unknown => {
      const [first, ...rest] = c.args;
      if (first.k === 'ident') return this.call(first, [...rest.map((r) => evalArg(r, dot)), ...piped], fail);
      if (rest.length > 0 || piped.length > 0) fail(first, `can't give argument to non-function ${first.src}`);
      return evalArg(first, dot);
    };
    const evalPipe = (p: Pipe, dot: unknown): unknown => {
      let v: unknown;
      p.cmds.forEach((c, i) => { v = evalCmd(c, dot, i === 0 ? [] : [v]); });
      if (p.decl.length === 1) scopes[scopes.length - 1].set(p.decl[0], v);
      return v;
    };
    const walk = (nodes: Node[], dot: unknown): void => {
      for (const n of nodes) {
        if (n.k === 'text') { out += n.text; continue; }
        if (n.k === 'action') { const v = evalPipe(n.pipe, dot); if (n.pipe.decl.length === 0) out += goPrint(v); continue; }
        scopes.push(new Map());
        if (n.k === 'range') {
          const saved = n.pipe.decl;
          const v = evalPipe({ ...n.pipe, decl: [] }, dot);
          const entries: Array<[unknown, unknown]> = v instanceof Map
            ? [...v.keys()].sort((a, b) => cmp(String(a), String(b))).map((k) => [k, v.get(k)])
            : Array.isArray(v) ? v.map((x, i) => [i, x]) : typeof v === 'number' ? Array.from({ length: v }, (_x, i) => [i, i]) : [];
          if (entries.length === 0) walk(n.elseList, dot);
          for (const [k, x] of entries) {
            if (saved.length === 2) { scopes[scopes.length - 1].set(saved[0], k); scopes[scopes.length - 1].set(saved[1], x); }
            else if (saved.length === 1) scopes[scopes.length - 1].set(saved[0], x);
            walk(n.list, x);
          }
        } else {
          const v = evalPipe(n.pipe, dot);
          if (goTruth(v)) walk(n.list, n.k === 'with' ? v : dot); else walk(n.elseList, dot);
        }
        scopes.pop();
      }
    };
    walk(this.nodes, data);
    return out;
  }

  private call(id: { name: string; pos: number; src: string }, args: unknown[], fail: (a: { pos: number; src: string }, m: string) => never): unknown {
    const want = ARITY[id.name];
    if (want !== undefined && args.length !== want) fail(id, `wrong number of args for ${id.name}: want ${want} got ${args.length}`);
    try {
      return this.funcs[id.name](...args);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      return fail(id, `error calling ${id.name}: ${(e as Error).message}`);
    }
  }

  // Go's ErrorContext: 1-based line, 0-based byte offset in that line.
  private lineCol(pos: number): string {
    const before = this.src.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    return `${before.split('\n').length}:${new TextEncoder().encode(before.slice(nl + 1)).length}`;
  }
}
