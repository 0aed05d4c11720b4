import type { Builtin } from './builtin';
import type { Shell } from '../shell';
import { resolvePath } from '../path';

class TestError extends Error {}

const UNARY = new Set(['-e', '-f', '-d', '-x', '-s', '-r', '-w', '-L', '-h', '-z', '-n', '-b', '-c', '-p', '-S', '-g', '-u', '-k', '-t', '-O', '-G', '-a']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

/** test and [ : POSIX's argument-count rules for up to 4 arguments, a recursive parse beyond. */
export const test: Builtin = (sh, argv, io) => {
  let args = argv.slice(1);
  const name = argv[0];
  if (name === '[') {
    if (args[args.length - 1] !== ']') { sh.error(io, "[: missing `]'"); return 2; }
    args = args.slice(0, -1);
  }
  try {
    return evaluate(sh, args) ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) { sh.error(io, `${name}: ${e.message}`); return 2; }
    throw e;
  }
};

function evaluate(sh: Shell, a: string[]): boolean {
  switch (a.length) {
    case 0: return false;
    case 1: return a[0] !== '';
    case 2:
      if (a[0] === '!') return a[1] === '';
      if (UNARY.has(a[0])) return unary(sh, a[0], a[1]);
      throw new TestError(`${a[0]}: unary operator expected`);
    case 3:
      if (BINARY.has(a[1])) return binary(a[0], a[1], a[2], sh);
      if (a[1] === '-a' || a[1] === '-o') return a[1] === '-a' ? a[0] !== '' && a[2] !== '' : a[0] !== '' || a[2] !== '';
      if (a[0] === '!') return !evaluate(sh, a.slice(1));
      if (a[0] === '(' && a[2] === ')') return a[1] !== '';
      throw new TestError(`${a[1]}: binary operator expected`);
    case 4:
      if (a[0] === '!') return !evaluate(sh, a.slice(1));
      if (a[0] === '(' && a[3] === ')') return evaluate(sh, a.slice(1, 3));
  }
  let i = 0;
  const orExpr = (): boolean => {
    let v = andExpr();
    while (a[i] === '-o') { i++; const r = andExpr(); v = v || r; }
    return v;
  };
  const andExpr = (): boolean => {
    let v = notExpr();
    while (a[i] === '-a') { i++; const r = notExpr(); v = v && r; }
    return v;
  };
  const notExpr = (): boolean => {
    if (a[i] === '!') { i++; return !notExpr(); }
    if (a[i] === '(') {
      i++;
      const v = orExpr();
      if (a[i] !== ')') throw new TestError(`\`)' expected`);
      i++;
      return v;
    }
    if (i + 2 < a.length + 0 && BINARY.has(a[i + 1])) { const v = binary(a[i], a[i + 1], a[i + 2], sh); i += 3; return v; }
    if (UNARY.has(a[i]) && i + 1 < a.length) { const v = unary(sh, a[i], a[i + 1]); i += 2; return v; }
    if (i >= a.length) throw new TestError('argument expected');
    return a[i++] !== '';
  };
  const v = orExpr();
  if (i < a.length) throw new TestError('too many arguments');
  return v;
}

function unary(sh: Shell, op: string, x: string): boolean {
  if (op === '-z') return x === '';
  if (op === '-n') return x !== '';
  if (op === '-t') return false;
  const abs = resolvePath(sh.cwd, x);
  if (x === '') return false;
  if (op === '-L' || op === '-h') return sh.fs.lstat(abs)?.type === 'symlink';
  const st = sh.fs.stat(abs);
  if (!st) return false;
  const root = (sh.getVar('USER') ?? 'root') === 'root';
  switch (op) {
    case '-e': case '-a': return true;
    case '-f': return st.type === 'file';
    case '-d': return st.type === 'dir';
    case '-s': return st.size > 0;
    case '-r': return root || (st.mode & 0o444) !== 0;
    case '-w': return root || (st.mode & 0o222) !== 0;
    case '-x': return (st.mode & 0o111) !== 0 || (root && st.type === 'dir');
    case '-u': return (st.mode & 0o4000) !== 0;
    case '-g': return (st.mode & 0o2000) !== 0;
    case '-k': return (st.mode & 0o1000) !== 0;
    case '-O': case '-G': return true;
  }
  return false;
}

function binary(x: string, op: string, y: string, sh: Shell): boolean {
  switch (op) {
    case '=': case '==': return x === y;
    case '!=': return x !== y;
    case '<': return x < y;
    case '>': return x > y;
    case '-nt': case '-ot': {
      const a = sh.fs.stat(resolvePath(sh.cwd, x))?.mtime;
      const b = sh.fs.stat(resolvePath(sh.cwd, y))?.mtime;
      if (a === undefined || b === undefined) return op === '-nt' ? a !== undefined : b !== undefined;
      return op === '-nt' ? a > b : a < b;
    }
    case '-ef': return resolvePath(sh.cwd, x) === resolvePath(sh.cwd, y);
  }
  const m = int(x);
  const n = int(y);
  switch (op) {
    case '-eq': return m === n;
    case '-ne': return m !== n;
    case '-lt': return m < n;
    case '-le': return m <= n;
    case '-gt': return m > n;
    default: return m >= n;
  }
}

function int(s: string): number {
  const t = s.trim();
  if (!/^[-+]?[0-9]+$/.test(t)) throw new TestError(`${s}: integer expression expected`);
  return parseInt(t, 10);
}
