import { TemplateError } from './template-error';

export type Arg =
  | { k: 'field'; chain: string[]; pos: number; src: string }
  | { k: 'var'; name: string; chain: string[]; pos: number; src: string }
  | { k: 'dot'; pos: number; src: string }
  | { k: 'ident'; name: string; pos: number; src: string }
  | { k: 'lit'; value: unknown; pos: number; src: string }
  | { k: 'pipe'; pipe: Pipe; chain: string[]; pos: number; src: string };
export interface Cmd { args: Arg[]; pos: number; src: string }
export interface Pipe { decl: string[]; cmds: Cmd[]; pos: number }
export type Node =
  | { k: 'text'; text: string }
  | { k: 'action'; pipe: Pipe }
  | { k: 'if' | 'range' | 'with'; pipe: Pipe; list: Node[]; elseList: Node[] };

const TOKEN = /\s+|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)*'|:=|[|(),=]|\$[\w]*(?:\.[\w]+)*|(?:\.[A-Za-z_]\w*)+|\.|[+-]?(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/y;

/** Parses Go text/template source (the subset docker's --format uses) into nodes. */
export function parseTemplate(src: string, funcs: ReadonlySet<string>): Node[] {
  const lineOf = (pos: number) => src.slice(0, pos).split('\n').length;
  const fail = (pos: number, msg: string): never => { throw new TemplateError(`template: :${lineOf(pos)}: ${msg}`, 'parse'); };
  // Split into text and actions, applying {{- and -}} trim markers.
  const items: Array<{ text?: string; action?: string; pos: number; chained?: boolean }> = [];
  let i = 0;
  let trimNext = false;
  while (i <= src.length) {
    const open = src.indexOf('{{', i);
    let text = src.slice(i, open < 0 ? src.length : open);
    if (trimNext) text = text.replace(/^\s+/, '');
    trimNext = false;
    if (open < 0) { if (text) items.push({ text, pos: i }); break; }
    let start = open + 2;
    if (src.startsWith('- ', start) || src.startsWith('-\t', start) || src.startsWith('-\n', start)) { text = text.replace(/\s+$/, ''); start += 1; }
    if (text) items.push({ text, pos: i });
    const close = src.indexOf('}}', start);
    if (close < 0) fail(open, 'unclosed action');
    let end = close;
    if (close - 1 >= start && src[close - 1] === '-' && /\s/.test(src[close - 2] ?? '')) { end = close - 1; trimNext = true; }
    items.push({ action: src.slice(start, end), pos: start });
    i = close + 2;
  }
  const vars: string[][] = [['$']];
  const known = (name: string) => vars.some((s) => s.includes(name));

  function tokens(text: string, base: number): Array<{ t: string; pos: number }> {
    const out: Array<{ t: string; pos: number }> = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < text.length) {
      const at = TOKEN.lastIndex;
      const m = TOKEN.exec(text);
      if (!m) fail(base + at, `unexpected ${JSON.stringify(text[at])} in command`);
      if (!/^\s|^\/\*/.test(m![0])) out.push({ t: m![0], pos: base + at });
    }
    return out;
  }

  function parsePipe(toks: Array<{ t: string; pos: number }>, allowDecl: boolean): Pipe {
    let p = 0;
    const decl: string[] = [];
    const pos = toks[0]?.pos ?? 0;
    if (allowDecl) {
      const j = toks.findIndex((x) => x.t === ':=' || x.t === '=');
      if (j > 0 && toks.slice(0, j).every((x, n) => (n % 2 === 0 ? x.t.startsWith('$') : x.t === ','))) {
        for (let n = 0; n < j; n += 2) decl.push(toks[n].t);
        p = j + 1;
      }
    }
    const cmds: Cmd[] = [];
    const parseOperand = (): Arg => {
      const tk = toks[p++];
      const t = tk.t;
      const at = { pos: tk.pos, src: t };
      if (t === '(') {
        let depth = 1;
        const startP = p;
        while (p < toks.length && depth > 0) { if (toks[p].t === '(') depth++; if (toks[p].t === ')') depth--; p++; }
        if (depth > 0) fail(tk.pos, 'unclosed left paren');
        return { k: 'pipe', pipe: parsePipe(toks.slice(startP, p - 1), false), chain: [], ...at };
      }
      if (t === '.') return { k: 'dot', ...at };
      if (t.startsWith('.') && !/^\.\d/.test(t)) return { k: 'field', chain: t.slice(1).split('.'), ...at };
      if (t.startsWith('$')) {
        const [name, ...chain] = t.split('.');
        if (!known(name)) fail(tk.pos, `undefined variable "${name}"`);
        return { k: 'var', name, chain, ...at };
      }
      if (t[0] === '"') return { k: 'lit', value: JSON.parse(t.replace(/\\([abfv'])|\\x([0-9a-fA-F]{2})/g, (_m, c: string, h: string) => (h ? `\\u00${h}` : c === 'a' ? '\\u0007' : c === 'v' ? '\\u000b' : c === "'" ? "'" : `\\${c}`))), ...at };
      if (t[0] === '`') return { k: 'lit', value: t.slice(1, -1), ...at };
      if (t[0] === "'") return { k: 'lit', value: (JSON.parse(`"${t.slice(1, -1).replace(/\\'/g, "'")}"`) as string).codePointAt(0), ...at };
      if (/^[+-]?[\d.]/.test(t)) return { k: 'lit', value: Number(t), ...at };
      if (t === 'true' || t === 'false') return { k: 'lit', value: t === 'true', ...at };
      if (t === 'nil') return { k: 'lit', value: null, ...at };
      if (/^[A-Za-z_]/.test(t)) {
        if (!funcs.has(t)) fail(tk.pos, `function "${t}" not defined`);
        return { k: 'ident', name: t, ...at };
      }
      return fail(tk.pos, `unexpected ${JSON.stringify(t)} in operand`);
    };
    while (p < toks.length) {
      const args: Arg[] = [];
      const cpos = toks[p].pos;
      while (p < toks.length && toks[p].t !== '|') {
        if (toks[p].t === ')' || toks[p].t === ',') fail(toks[p].pos, `unexpected "${toks[p].t}" in command`);
        args.push(parseOperand());
      }
      if (args.length === 0) fail(cpos, 'missing value for command');
      cmds.push({ args, pos: cpos, src: args.map((a) => a.src).join(' ') });
      if (p < toks.length) p++; // '|'
      if (p === toks.length && toks[p - 1]?.t === '|') fail(toks[p - 1].pos, 'missing value for command');
    }
    return { decl, cmds, pos };
  }

  let at = 0;
  function parseList(stop: boolean): { list: Node[]; end: string } {
    const list: Node[] = [];
    while (at < items.length) {
      const it = items[at++];
      if (it.text !== undefined) { list.push({ k: 'text', text: it.text }); continue; }
      const toks = tokens(it.action!, it.pos);
      if (toks.length === 0) continue; // a comment
      const kw = toks[0].t;
      if (kw === 'end' || kw === 'else') {
        if (!stop) fail(it.pos, `unexpected {{${kw}}}`);
        if (kw === 'else' && toks.length > 1) { at--; items[at] = { action: it.action!.replace(/^\s*else\s*/, ''), pos: it.pos, chained: true }; }
        return { list, end: kw };
      }
      if (kw === 'if' || kw === 'range' || kw === 'with') {
        vars.push([]);
        const pipe = parsePipe(toks.slice(1), true);
        if (pipe.cmds.length === 0) fail(it.pos, `missing value for ${kw}`);
        vars[vars.length - 1].push(...pipe.decl);
        const body = parseList(true);
        let elseList: Node[] = [];
        if (body.end === 'else') {
          const e = parseList(true);
          elseList = e.list;
          // "else if" chains: the rest was re-queued as an action starting with if
          if (e.end === 'else') fail(it.pos, 'expected end; found {{else}}');
        }
        vars.pop();
        list.push({ k: kw, pipe, list: body.list, elseList });
        // {{else if}} shares the outer {{end}}, which the chained if just consumed.
        if (it.chained) return { list, end: 'end' };
        continue;
      }
      const pipe = parsePipe(toks, true);
      vars[vars.length - 1].push(...pipe.decl);
      list.push({ k: 'action', pipe });
    }
    if (stop) fail(src.length, 'unexpected EOF');
    return { list, end: '' };
  }
  return parseList(false).list;
}
