import type { Builtin } from './builtin';

/**
 * bash's builtin echo: options only while each argument is a valid option word (-n, -e, -E
 * combined); with -e, `\c` stops all output and octal needs a leading 0 (`\0101`).
 */
export const echo: Builtin = (_sh, argv, io) => {
  let k = 1;
  let newline = true;
  let escapes = false;
  for (; k < argv.length; k++) {
    const a = argv[k];
    if (!/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === 'n') newline = false;
      else if (c === 'e') escapes = true;
      else escapes = false;
    }
  }
  let out = argv.slice(k).join(' ');
  if (escapes) {
    const r = interpretEscapes(out, true);
    out = r.text;
    if (r.stop) { io.stdout.write(out); return 0; }
  }
  io.stdout.write(out + (newline ? '\n' : ''));
  return 0;
};

/** Backslash escapes shared by `echo -e` and printf's %b. */
export function interpretEscapes(s: string, echoStyle: boolean): { text: string; stop: boolean } {
  const map: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) { text += c; continue; }
    const n = s[i + 1];
    if (map[n] !== undefined) { text += map[n]; i++; continue; }
    if (n === 'c') return { text, stop: true };
    if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2));
      if (m) { text += String.fromCharCode(parseInt(m[0], 16)); i += 1 + m[0].length; continue; }
    }
    if (n === '0' || (!echoStyle && /[1-7]/.test(n))) {
      const m = (n === '0' ? /^[0-7]{0,3}/.exec(s.slice(i + 2)) : /^[0-7]{1,3}/.exec(s.slice(i + 1)))!;
      text += String.fromCharCode(parseInt(m[0] || '0', 8) & 255);
      i += (n === '0' ? 1 : 0) + m[0].length;
      continue;
    }
    text += c;
  }
  return { text, stop: false };
}
