/**
 * Per-instruction argument shapes of BuildKit's parser (line_parsers.go): JSON arrays vs shell
 * form, whitespace lists, ENV/LABEL name=value pairs (old `ENV k v` form too), HEALTHCHECK's
 * type word, and the `--flag` words in front of the arguments (split_command.go).
 */
export interface LineArgs {
  args: string[];
  json: boolean;
}

const WS = /[\t\v\f\r ]+/;
const isSpace = (c: string) => /\s/.test(c);

export class NotStringArrayError extends Error {
  constructor() {
    super('when using JSON array syntax, arrays must be comprised of strings only');
  }
}

/** Leading `--name=value` words (quotes and escapes removed); `--` ends them. */
export function splitFlags(line: string, esc: string): [string, string[]] {
  const words: string[] = [];
  let pos = 0;
  for (;;) {
    while (pos < line.length && isSpace(line[pos])) pos++;
    if (pos >= line.length) return ['', words];
    if (!(line[pos] === '-' && line[pos + 1] === '-')) return [line.slice(pos), words];
    let word = '';
    let quote = '';
    let blankOk = false;
    for (; pos <= line.length; pos++) {
      const ch = line[pos];
      if (pos === line.length) {
        if (word !== '--' && (blankOk || word.length)) words.push(word);
        return ['', words];
      }
      if (quote) {
        if (ch === quote) { quote = ''; continue; }
        if (ch === esc) {
          if (pos + 1 === line.length) { quote = ''; continue; }
          word += line[++pos];
          continue;
        }
        word += ch;
        continue;
      }
      if (isSpace(ch)) break;
      if (ch === "'" || ch === '"') { quote = ch; blankOk = true; continue; }
      if (ch === esc) {
        if (pos + 1 === line.length) continue;
        word += line[++pos];
        continue;
      }
      word += ch;
    }
    if (word === '--') return [line.slice(pos), words];
    if (blankOk || word.length) words.push(word);
  }
}

/** Words with quotes kept (they are removed later, with variable expansion). */
export function parseWords(rest: string, esc: string): string[] {
  const words: string[] = [];
  const cs = Array.from(rest);
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOk = false;
  let b = '';
  for (let i = 0; i <= cs.length; i++) {
    const ch = cs[i];
    if (phase === 'spaces') {
      if (i === cs.length) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (i === cs.length) {
      if (blankOk || b.length) words.push(b);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOk || b.length) words.push(b);
        b = '';
        blankOk = false;
        continue;
      }
      if (ch === "'" || ch === '"') { quote = ch; blankOk = true; phase = 'quote'; }
      if (ch === esc) {
        if (i + 1 === cs.length) continue;
        b += ch + cs[++i];
        continue;
      }
      b += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === esc && quote !== "'") {
      if (i + 1 === cs.length) { phase = 'word'; continue; }
      b += ch;
      i++;
      b += cs[i];
      continue;
    }
    b += ch;
  }
  return words;
}

function parseJson(rest: string): string[] | undefined {
  const t = rest.replace(/^\s+/, '');
  if (!t.startsWith('[')) return undefined;
  let v: unknown;
  try { v = JSON.parse(t); } catch { return undefined; }
  if (!Array.isArray(v)) return undefined;
  if (v.some((x) => typeof x !== 'string')) throw new NotStringArrayError();
  return v as string[];
}

function nameVal(rest: string, key: string, esc: string): string[] {
  const words = parseWords(rest, esc);
  if (!words.length) return [];
  if (!words[0].includes('=')) {
    const m = WS.exec(rest);
    if (!m) throw new Error(`${key} must have two arguments`);
    return [rest.slice(0, m.index), rest.slice(m.index + m[0].length), ''];
  }
  const out: string[] = [];
  for (const w of words) {
    if (!w.includes('=')) throw new Error(`Syntax error - can't find = in ${JSON.stringify(w)}. Must be of the form: name=value`);
    const i = w.indexOf('=');
    out.push(w.slice(0, i), w.slice(i + 1), '=');
  }
  return out;
}

const whitespaceList = (rest: string) => (rest === '' ? [] : rest.split(WS));

function maybeJson(rest: string): LineArgs {
  if (rest === '') return { args: [], json: false };
  const j = parseJson(rest);
  return j ? { args: j, json: true } : { args: [rest], json: false };
}

function maybeJsonList(rest: string): LineArgs {
  const j = parseJson(rest);
  return j ? { args: j, json: true } : { args: whitespaceList(rest), json: false };
}

export function parseLineArgs(cmd: string, rest: string, esc: string): LineArgs {
  switch (cmd) {
    case 'add': case 'copy': case 'volume': return maybeJsonList(rest);
    case 'cmd': case 'entrypoint': case 'run': case 'shell': return maybeJson(rest);
    case 'arg': return { args: parseWords(rest, esc), json: false };
    case 'env': return { args: nameVal(rest, 'ENV', esc), json: false };
    case 'label': return { args: nameVal(rest, 'LABEL', esc), json: false };
    case 'expose': case 'from': return { args: whitespaceList(rest), json: false };
    case 'maintainer': case 'stopsignal': case 'user': case 'workdir': return { args: rest === '' ? [] : [rest], json: false };
    case 'healthcheck': {
      const m = /^\S+/.exec(rest);
      if (!m) return { args: [], json: false };
      const r = maybeJson(rest.slice(m[0].length).replace(/^\s+/, ''));
      return { args: [m[0], ...r.args], json: r.json };
    }
    default: return { args: [], json: false };
  }
}
