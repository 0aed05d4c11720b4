import type { Builtin } from './builtin';
import type { Shell } from '../shell';
import type { Io } from '../io';
import type { Input } from '../process';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** bash's `declare -x` quoting: double quotes with \ " $ ` escaped. */
function dq(v: string): string {
  return '"' + v.replace(/[\\"$`]/g, '\\$&') + '"';
}

/** `set` output quoting: bare when safe, else $'..' or '..' as bash prints. */
function setQuote(v: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]*$/.test(v) && v !== '') return v;
  if (/[\n\t\x1b]/.test(v)) return "$'" + v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\x1b/g, '\\E') + "'";
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

function assignArgs(sh: Shell, argv: string[], io: Io, f: (name: string, value: string | undefined) => void): number {
  let st = 0;
  for (const a of argv) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME.test(name)) { sh.error(io, `${currentBuiltin}: \`${a}': not a valid identifier`); st = 1; continue; }
    f(name, eq < 0 ? undefined : a.slice(eq + 1));
  }
  return st;
}
let currentBuiltin = '';

const lineBuffers = new WeakMap<Input, string>();

/** One line from stdin; what followed the newline is kept for the next `read` on that input. */
async function readLine(input: Input): Promise<{ line: string; eof: boolean }> {
  let buf = lineBuffers.get(input) ?? '';
  for (;;) {
    const nl = buf.indexOf('\n');
    if (nl >= 0) { lineBuffers.set(input, buf.slice(nl + 1)); return { line: buf.slice(0, nl), eof: false }; }
    const chunk = await input.read();
    if (chunk === null) { lineBuffers.set(input, ''); return { line: buf, eof: true }; }
    buf += chunk;
  }
}

export const variableBuiltins: Record<string, Builtin> = {
  export(sh, argv, io) {
    currentBuiltin = 'export';
    let args = argv.slice(1);
    let unexport = false;
    while (args[0]?.startsWith('-') && args[0].length > 1) { if (args[0].includes('n')) unexport = true; if (args[0] === '--') { args = args.slice(1); break; } args = args.slice(1); }
    if (!args.length) {
      for (const [k, v] of [...sh.vars].sort(([a], [b]) => (a < b ? -1 : 1))) if (v.exported) io.stdout.write(`declare -x ${k}=${dq(v.value)}\n`);
      return 0;
    }
    return assignArgs(sh, args, io, (n, v) => {
      if (unexport) { const x = sh.vars.get(n); if (x) x.exported = false; return; }
      if (v !== undefined && !sh.setVar(n, v, io)) return;
      sh.exportVar(n);
    });
  },
  readonly(sh, argv, io) {
    currentBuiltin = 'readonly';
    const args = argv.slice(1).filter((a) => !a.startsWith('-'));
    if (!args.length) {
      for (const [k, v] of [...sh.vars].sort(([a], [b]) => (a < b ? -1 : 1))) if (v.readonly) io.stdout.write(`declare -r ${k}=${dq(v.value)}\n`);
      return 0;
    }
    return assignArgs(sh, args, io, (n, v) => {
      if (v !== undefined && !sh.setVar(n, v, io)) return;
      if (!sh.vars.has(n)) sh.vars.set(n, { value: '', exported: false });
      sh.vars.get(n)!.readonly = true;
    });
  },
  local(sh, argv, io) {
    currentBuiltin = 'local';
    const frame = sh.localFrames[sh.localFrames.length - 1];
    if (!frame) { sh.error(io, 'local: can only be used in a function'); return 1; }
    return assignArgs(sh, argv.slice(1).filter((a) => !a.startsWith('-')), io, (n, v) => {
      if (!frame.has(n)) { const old = sh.vars.get(n); frame.set(n, old && { ...old }); }
      sh.setVar(n, v ?? (v === undefined && sh.vars.has(n) ? sh.getVar(n)! : ''), io);
    });
  },
  unset(sh, argv, io) {
    let st = 0;
    let funcs = false;
    for (const a of argv.slice(1)) {
      if (a === '-f') { funcs = true; continue; }
      if (a === '-v') continue;
      if (funcs) { sh.functions.delete(a); continue; }
      if (!NAME.test(a)) { sh.error(io, `unset: \`${a}': not a valid identifier`); st = 1; continue; }
      if (sh.vars.get(a)?.readonly) { sh.error(io, `unset: ${a}: cannot unset: readonly variable`); st = 1; continue; }
      if (sh.vars.has(a)) sh.vars.delete(a);
      else sh.functions.delete(a);
    }
    return st;
  },
  set(sh, argv, io) {
    const args = argv.slice(1);
    if (!args.length) {
      for (const [k, v] of [...sh.vars].sort(([a], [b]) => (a < b ? -1 : 1))) io.stdout.write(`${k}=${setQuote(v.value)}\n`);
      return 0;
    }
    const names: Record<string, keyof Shell['options']> = { e: 'errexit', x: 'xtrace', f: 'noglob', u: 'nounset' };
    let k = 0;
    for (; k < args.length; k++) {
      const a = args[k];
      if (a === '--') { k++; sh.positional = args.slice(k); return 0; }
      if (a === '-o' || a === '+o') {
        const o = args[++k];
        if (o === undefined) { for (const [n, v] of Object.entries(sh.options)) io.stdout.write(`${n.padEnd(15)}\t${v ? 'on' : 'off'}\n`); return 0; }
        if (!(o in sh.options)) { sh.error(io, `set: ${o}: invalid option name`); return 2; }
        sh.options[o as keyof Shell['options']] = a === '-o';
        continue;
      }
      if (!/^[-+][a-zA-Z]+$/.test(a)) break;
      for (const c of a.slice(1)) {
        const n = names[c];
        if (n) sh.options[n] = a[0] === '-';
        else if (!'hBHmCbvnaktTpPE'.includes(c)) { sh.error(io, `set: ${a[0]}${c}: invalid option`); io.stderr.write('set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n'); return 2; }
      }
    }
    if (k < args.length) sh.positional = args.slice(k);
    return 0;
  },
  shift(sh, argv, io) {
    const n = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(n) || n < 0) { sh.error(io, `shift: ${argv[1]}: numeric argument required`); return 1; }
    if (n > sh.positional.length) return 1;
    sh.positional = sh.positional.slice(n);
    return 0;
  },
  async read(sh, argv, io) {
    let raw = false;
    const names: string[] = [];
    for (let k = 1; k < argv.length; k++) {
      const a = argv[k];
      if (a === '-r') raw = true;
      else if (a === '-s') continue;
      else if (a === '-p') { const p = argv[++k] ?? ''; if (io.tty) io.stderr.write(p); }
      else if (a.startsWith('-') && a.length > 1) { sh.error(io, `read: ${a}: invalid option`); return 2; }
      else if (!NAME.test(a)) { sh.error(io, `read: \`${a}': not a valid identifier`); return 1; }
      else names.push(a);
    }
    let text = '';
    let eof = false;
    for (;;) {
      const r = await readLine(io.stdin);
      eof = r.eof;
      if (!raw && /(^|[^\\])(\\\\)*\\$/.test(r.line) && !eof) { text += r.line.slice(0, -1); continue; }
      text += r.line;
      break;
    }
    if (!raw) text = text.replace(/\\(.)/g, '$1');
    if (!names.length) { sh.setVar('REPLY', text, io); return eof && text === '' ? 1 : eof ? 1 : 0; }
    const ifs = sh.getVar('IFS') ?? ' \t\n';
    const ws = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
    const isWs = (c: string) => ws.includes(c);
    let rest = text;
    const trimStart = (s: string) => { let i = 0; while (i < s.length && isWs(s[i])) i++; return s.slice(i); };
    rest = trimStart(rest);
    for (let k = 0; k < names.length; k++) {
      if (k === names.length - 1) {
        let end = rest.length;
        while (end > 0 && isWs(rest[end - 1])) end--;
        sh.setVar(names[k], rest.slice(0, end), io);
        break;
      }
      let i = 0;
      while (i < rest.length && !ifs.includes(rest[i])) i++;
      sh.setVar(names[k], rest.slice(0, i), io);
      rest = rest.slice(i);
      rest = trimStart(rest);
      if (rest && ifs.includes(rest[0]) && !isWs(rest[0])) rest = trimStart(rest.slice(1));
    }
    return eof ? 1 : 0;
  },
};
