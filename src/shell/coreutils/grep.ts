import type { Program, ProcessContext } from '../process';
import { tryParse } from './lib/args';
import { errorText, warn } from './lib/fail';
import { readAll, splitLines } from './lib/io';
import { joinPath, resolvePath } from './lib/path';
import { posixToJs } from './lib/posix-regex';

/**
 * grep [-i -v -n -r -E -F -c -l -o -w -h -H -q -e PAT] PATTERNS [FILE...]: exit 0 when a line
 * was selected, 1 when none, 2 on an error (even if something matched), as GNU grep.
 */
export const grep: Program = async (ctx) => {
  const a = tryParse(ctx, {
    short: 'ivnrREFGclLowhHqse:',
    long: {
      'ignore-case': ['i', 'none'], 'invert-match': ['v', 'none'], 'line-number': ['n', 'none'], recursive: ['r', 'none'],
      'extended-regexp': ['E', 'none'], 'fixed-strings': ['F', 'none'], count: ['c', 'none'], 'files-with-matches': ['l', 'none'],
      'only-matching': ['o', 'none'], 'word-regexp': ['w', 'none'], 'no-filename': ['h', 'none'], 'with-filename': ['H', 'none'],
      quiet: ['q', 'none'], silent: ['q', 'none'], regexp: ['e', 'required'], color: ['color', 'optional'], colour: ['color', 'optional'],
    },
  });
  if (!a) return 2;
  const operands = [...a.operands];
  let patterns = a.all('e');
  if (!patterns.length) {
    if (!operands.length) {
      ctx.stderr.write("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    patterns = operands.shift()!.split('\n');
  }
  const recursive = a.has('r') || a.has('R');
  let re: RegExp;
  try {
    const srcs = patterns.map((p) => (a.has('F') ? p.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&') : posixToJs(p, a.has('E'))));
    let src = srcs.map((s) => `(?:${s})`).join('|');
    if (a.has('w')) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
    re = new RegExp(src, a.has('i') ? 'gi' : 'g');
  } catch {
    warn(ctx, 'Unmatched ( or \\(');
    return 2;
  }
  const files = operands.length ? operands : [recursive ? '.' : '-'];
  const prefixNames = a.has('H') || (!a.has('h') && (files.length > 1 || recursive));
  let selectedAny = false;
  let error = false;
  const search = (name: string, text: string) => {
    let count = 0;
    let out = '';
    const pre = prefixNames ? `${name}:` : '';
    for (const [i, line] of splitLines(text).entries()) {
      re.lastIndex = 0;
      const matched = re.test(line);
      if (matched === a.has('v')) continue;
      count++;
      if (a.has('q') || a.has('l') || a.has('c')) continue;
      const num = a.has('n') ? `${i + 1}:` : '';
      if (a.has('o') && !a.has('v')) {
        re.lastIndex = 0;
        for (const m of line.matchAll(re)) if (m[0]) out += `${pre}${num}${m[0]}\n`;
      } else out += `${pre}${num}${line}\n`;
    }
    if (count) selectedAny = true;
    if (a.has('q')) return;
    if (a.has('l')) out = count ? `${name}\n` : '';
    else if (a.has('c')) out = `${pre}${count}\n`;
    ctx.stdout.write(out);
  };
  const visit = (ctx: ProcessContext, name: string, top: boolean): void => {
    const path = resolvePath(ctx.cwd, name);
    const st = top ? ctx.fs.stat(path) : ctx.fs.lstat(path);
    if (!st) {
      warn(ctx, `${name}: No such file or directory`);
      error = true;
      return;
    }
    if (st.type === 'symlink') return;
    if (st.type === 'dir') {
      if (!recursive) {
        warn(ctx, `${name}: Is a directory`);
        error = true;
        return;
      }
      for (const child of ctx.fs.readdir(path)) visit(ctx, name === '.' && !operands.length ? child : joinPath(name, child), false);
      return;
    }
    try {
      search(name, new TextDecoder().decode(ctx.fs.readFile(path)));
    } catch (e) {
      warn(ctx, `${name}: ${errorText(e)}`);
      error = true;
    }
  };
  for (const f of files) {
    if (a.has('q') && selectedAny) break;
    if (f === '-') search('(standard input)', await readAll(ctx.stdin, ctx.signal));
    else visit(ctx, f, true);
  }
  if (error && !(a.has('q') && selectedAny)) return 2;
  return selectedAny ? 0 : 1;
};
