const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', cntrl: '\\x00-\\x1f\\x7f', print: ' -~', graph: '!-~',
};

/**
 * Translates a POSIX regular expression (grep/sed syntax: BRE by default, ERE with -E) into a
 * JavaScript RegExp source. BRE: \( \) \{ \} are special, and GNU's \| \+ \? too; a leading
 * "*" is literal. Bracket expressions take [:class:] names and treat "\" literally.
 */
export function posixToJs(re: string, extended: boolean): string {
  let out = '';
  let i = 0;
  const atStart = () => out === '' || out.endsWith('(') || out.endsWith('|') || out === '^';
  while (i < re.length) {
    const c = re[i];
    if (c === '[') {
      const [src, next] = bracket(re, i);
      out += src;
      i = next;
      continue;
    }
    if (c === '\\' && i + 1 < re.length) {
      const d = re[i + 1];
      i += 2;
      if (!extended && '(){}|+?'.includes(d)) out += d;
      else if (/[1-9]/.test(d)) out += '\\' + d;
      else if ('wWsSbB'.includes(d)) out += '\\' + d;
      else if (d === '<') out += '\\b(?=\\w)';
      else if (d === '>') out += '\\b(?<=\\w)';
      else if (d === 'n') out += '\\n';
      else if (d === 't') out += '\\t';
      else out += escapeJs(d);
      continue;
    }
    i++;
    if (c === '*' && atStart()) out += '\\*';
    else if (!extended && '(){}|+?'.includes(c)) out += '\\' + c;
    else if (extended && c === '{' && !/^\{\d*(,\d*)?\}/.test(re.slice(i - 1))) out += '\\{';
    else if (c === '^' && !extended && !atStart()) out += '\\^';
    else if (c === '$' && !extended && i < re.length && !(re.startsWith('\\)', i) || re.startsWith('\\|', i))) out += '\\$';
    else if ('/'.includes(c)) out += '\\/';
    else out += c;
  }
  return out;
}

function escapeJs(c: string): string {
  return /[.*+?^${}()|[\]\\\/]/.test(c) ? '\\' + c : c;
}

function bracket(re: string, start: number): [string, number] {
  let i = start + 1;
  let out = '[';
  if (re[i] === '^') {
    out += '^';
    i++;
  }
  let first = true;
  while (i < re.length && (first || re[i] !== ']')) {
    first = false;
    if (re.startsWith('[:', i)) {
      const end = re.indexOf(':]', i + 2);
      if (end > 0) {
        out += CLASSES[re.slice(i + 2, end)] ?? '';
        i = end + 2;
        continue;
      }
    }
    const c = re[i++];
    out += c === '\\' || c === ']' || c === '[' ? '\\' + c : c;
  }
  if (i >= re.length) return ['\\[', start + 1];
  return [out + ']', i + 1];
}
