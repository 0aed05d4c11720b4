import { posixToJs } from './posix-regex';

export type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

export interface SedCommand {
  a1?: Address;
  a2?: Address;
  negate: boolean;
  name: string; // s d p q =
  re?: RegExp;
  replacement?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  /** Range state while a run is in progress. */
  active?: boolean;
  endLine?: number;
}

/** A script error with GNU sed's wording; `char` is 1-based within the expression. */
export class SedError extends Error {}

/** Parses a sed script (one -e expression) into commands: s///, d, p, q, =, with addresses. */
export function parseSed(script: string, exprIndex: number, extended: boolean): SedCommand[] {
  const cmds: SedCommand[] = [];
  let i = 0;
  const fail = (msg: string, at = i): never => {
    throw new SedError(`-e expression #${exprIndex}, char ${at}: ${msg}`);
  };
  const delimited = (delim: string): string => {
    let s = '';
    while (i < script.length && script[i] !== delim) {
      if (script[i] === '\\' && i + 1 < script.length) {
        s += script[i + 1] === delim ? delim : script[i] + script[i + 1];
        i += 2;
      } else if (script[i] === '\n') fail("unterminated `s' command");
      else s += script[i++];
    }
    if (i >= script.length) return fail("unterminated `s' command", script.length);
    i++;
    return s;
  };
  const address = (): Address | undefined => {
    if (/\d/.test(script[i] ?? '')) {
      const m = /^\d+/.exec(script.slice(i))![0];
      i += m.length;
      return { kind: 'line', n: Number(m) };
    }
    if (script[i] === '$') {
      i++;
      return { kind: 'last' };
    }
    if (script[i] === '/' || script[i] === '\\') {
      const d = script[i] === '\\' ? script[++i] : '/';
      i++;
      const src = delimited(d);
      let flags = '';
      if (script[i] === 'I') (flags = 'i'), i++;
      return { kind: 're', re: new RegExp(posixToJs(src, extended), flags) };
    }
    return undefined;
  };
  while (i < script.length) {
    while (/[\s;]/.test(script[i] ?? '')) i++;
    if (i >= script.length) break;
    const cmd: SedCommand = { negate: false, name: '' };
    cmd.a1 = address();
    if (cmd.a1 && script[i] === ',') {
      i++;
      cmd.a2 = address() ?? fail('unexpected `,\'');
    }
    while (script[i] === ' ') i++;
    if (script[i] === '!') (cmd.negate = true), i++;
    const c = script[i++];
    if (c === undefined) fail('missing command');
    cmd.name = c;
    if (c === 's') {
      const d = script[i++];
      const src = delimited(d);
      cmd.replacement = delimited(d);
      let flags = '';
      while (i < script.length && !/[;\n}]/.test(script[i])) {
        const f = script[i++];
        if (f === 'g') cmd.global = true;
        else if (f === 'p') cmd.print = true;
        else if (f === 'i' || f === 'I') flags += 'i';
        else if (/\d/.test(f)) cmd.nth = Number(f + (/^\d*/.exec(script.slice(i))![0] ?? '')), (i += /^\d*/.exec(script.slice(i))![0].length);
        else if (f === ' ') continue;
        else fail("unknown option to `s'");
      }
      cmd.re = new RegExp(posixToJs(src, extended), 'g' + flags);
    } else if (!'dpq='.includes(c)) fail(`unknown command: \`${c}'`);
    cmds.push(cmd);
  }
  return cmds;
}

/** Expands & and \1..\9 (and \n) in a replacement for one match. */
export function expandReplacement(rep: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i];
    if (c === '&') out += m[0];
    else if (c === '\\' && i + 1 < rep.length) {
      const d = rep[++i];
      out += /\d/.test(d) ? (m[Number(d)] ?? '') : d === 'n' ? '\n' : d === 't' ? '\t' : d;
    } else out += c;
  }
  return out;
}
