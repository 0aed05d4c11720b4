import { ShellLex } from './shell-lex';
import { BuildError } from './build-error';
import { splitFlags, parseLineArgs } from './line-args';

/**
 * The Dockerfile to AST step of BuildKit's frontend/dockerfile/parser: parser directives
 * (`# escape=`, `# syntax=`, `# check=`), comments, line continuations (also across comment and
 * empty lines), `--flags`, per-instruction argument shapes, here-documents. Unknown instructions
 * are kept (their error comes later, with the instruction parse, as BuildKit does).
 */
export interface Heredoc {
  name: string;
  fileDescriptor: number;
  expand: boolean;
  chomp: boolean;
  content: string;
}

export interface DockerfileNode {
  /** The instruction as written ("run", "RUN"). */
  value: string;
  flags: string[];
  /** The argument list (BuildKit's Next chain). ENV/LABEL: key, value, separator triples. */
  args: string[];
  /** ONBUILD's instruction. */
  sub?: DockerfileNode;
  json: boolean;
  original: string;
  startLine: number;
  endLine: number;
  heredocs: Heredoc[];
}

export interface ParseResult {
  nodes: DockerfileNode[];
  escapeToken: string;
  /** `# syntax=` value, if any. */
  syntax?: string;
  warnings: string[];
}

const HEREDOC_INSTRUCTIONS = new Set(['add', 'copy', 'run']);
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;

function continuationRegex(esc: string): RegExp {
  const e = `\\${esc}`;
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}

const isComment = (line: string) => /^\s*#/.test(line);
const trimNewline = (s: string) => s.replace(/[\r\n]+$/, '');

export function parseDockerfile(text: string): ParseResult {
  let escapeToken = '\\';
  let contRe = continuationRegex(escapeToken);
  let syntax: string | undefined;
  const seen = new Set<string>();
  let directivesDone = false;
  const warnings: string[] = [];

  // Lines keep their "\n" (BuildKit's scanLines) so here-doc bodies keep their line ends.
  const lines = text.replace(/^\uFEFF/, '').match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let idx = 0;
  let currentLine = 0;

  const directive = (line: string) => {
    if (directivesDone) return false;
    if (!line.startsWith('#')) { directivesDone = true; return false; }
    const m = DIRECTIVE.exec(line.slice(1).replace(/^\s+/, ''));
    const k = m?.[1].toLowerCase();
    if (!m || !k || !['syntax', 'escape', 'check'].includes(k)) { directivesDone = true; return false; }
    if (seen.has(k)) throw new BuildError(`only one ${k} parser directive can be used`, currentLine + 1);
    seen.add(k);
    if (k === 'escape') {
      if (m[2] !== '`' && m[2] !== '\\') throw new BuildError(`invalid escape token '${m[2]}' does not match \` or \\`, currentLine + 1);
      escapeToken = m[2];
      contRe = continuationRegex(escapeToken);
    }
    if (k === 'syntax') syntax = m[2];
    return true;
  };
  const processLine = (raw: string, stripLeft: boolean): string => {
    let t = trimNewline(raw);
    if (stripLeft) t = t.replace(/^\s+/, '');
    directive(t);
    return isComment(t) ? '' : t;
  };
  const trimCont = (line: string): [string, boolean] => (contRe.test(line) ? [line.replace(contRe, '$1'), false] : [line, true]);

  const nodes: DockerfileNode[] = [];
  while (idx < lines.length) {
    let bytes = processLine(lines[idx++], true);
    currentLine++;
    const startLine = currentLine;
    let end: boolean;
    [bytes, end] = trimCont(bytes);
    if (end && bytes.length === 0) continue;
    let buf = bytes;
    let emptyCont = false;
    while (!end && idx < lines.length) {
      const raw = lines[idx++];
      const b = processLine(raw, false);
      currentLine++;
      if (isComment(raw)) continue;
      if (trimNewline(b).replace(/^\s+/, '') === '') { emptyCont = true; continue; }
      let part: string;
      [part, end] = trimCont(b);
      buf += part;
    }
    if (emptyCont) warnings.push(`Empty continuation line found in: ${buf}`);
    const node = nodeFromLine(buf, escapeToken, startLine, currentLine);
    const target = node.value.toLowerCase() === 'onbuild' && node.sub ? node.sub : node;
    if (HEREDOC_INSTRUCTIONS.has(target.value.toLowerCase()) && !target.json && buf.includes('<<')) {
      for (const h of heredocsFromLine(buf, startLine, currentLine)) {
        let terminated = false;
        let content = h.content;
        while (idx < lines.length) {
          const raw = lines[idx++];
          currentLine++;
          let possible = trimNewline(raw);
          if (h.chomp) possible = possible.replace(/^\t+/, '');
          if (possible === h.name) { terminated = true; break; }
          content += raw;
        }
        if (!terminated) throw new BuildError('unterminated heredoc', startLine, currentLine);
        target.heredocs.push({ ...h, content });
      }
    }
    node.endLine = currentLine;
    nodes.push(node);
  }
  if (nodes.length === 0) throw new BuildError('file with no instructions', currentLine);
  return { nodes, escapeToken, syntax, warnings };
}

function nodeFromLine(line: string, esc: string, start: number, end: number): DockerfileNode {
  const trimmed = line.trim();
  const m = /[\t\v\f\r ]+/.exec(trimmed);
  const cmd = m ? trimmed.slice(0, m.index) : trimmed;
  let flags: string[] = [];
  let rest = '';
  if (m) [rest, flags] = splitFlags(trimmed.slice(m.index + m[0].length), esc);
  rest = rest.trim();
  const node: DockerfileNode = { value: cmd, flags, args: [], json: false, original: line, startLine: start, endLine: end, heredocs: [] };
  try {
    if (cmd.toLowerCase() === 'onbuild') {
      if (rest) node.sub = nodeFromLine(rest, esc, start, end);
    } else {
      const r = parseLineArgs(cmd.toLowerCase(), rest, esc);
      node.args = r.args;
      node.json = r.json;
    }
  } catch (e) {
    if (e instanceof BuildError) throw e;
    throw new BuildError((e as Error).message, start, end);
  }
  return node;
}

function heredocsFromLine(line: string, start: number, end: number): Heredoc[] {
  const words = new ShellLex('\\', { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWords(line, () => undefined);
  const out: Heredoc[] = [];
  for (const w of words) {
    const m = HEREDOC.exec(w);
    if (!m || !m[3]) continue;
    const env = () => undefined;
    let plain: string[];
    let raw: string[];
    try {
      plain = new ShellLex('\\', { skipUnsetEnv: true }).processWords(m[3], env);
      raw = new ShellLex('\\', { skipUnsetEnv: true, rawQuotes: true }).processWords(m[3], env);
    } catch (e) {
      throw new BuildError((e as Error).message, start, end);
    }
    if (plain.length !== 1) continue;
    const quotes = (s: string) => (s.match(/['"]/g) ?? []).length;
    // A quoted delimiter (any part of it) turns expansion off, as in sh.
    out.push({ name: plain[0], fileDescriptor: Number(m[1] || 0), chomp: m[2] === '-', expand: quotes(plain[0]) === quotes(raw[0]), content: '' });
  }
  return out;
}

/** BuildKit's AST dump (parser.Node.Dump), for comparing with its test results. */
export function dumpNode(n: DockerfileNode): string {
  let s = n.value.toLowerCase();
  if (n.flags.length) s += ` [${n.flags.map((f) => JSON.stringify(f)).join(' ')}]`;
  if (n.sub) return `${s} (${dumpNode(n.sub)})`;
  for (const a of n.args) s += ` ${goQuote(a)}`;
  return s.trim();
}

function goQuote(s: string): string {
  const named: Record<string, string> = { '0007': '\\a', '000b': '\\v' };
  return JSON.stringify(s)
    .replace(/\\u00([01][0-9a-f])/g, (_m, h: string) => named[`00${h}`] ?? `\\x${h}`)
    .replace(/\u007f/g, '\\x7f');
}
