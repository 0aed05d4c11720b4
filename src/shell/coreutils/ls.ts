import type { Stat } from '../../engine/fs/vfs';
import type { Program, ProcessContext } from '../process';
import { UsageError, parseArgs } from './lib/args';
import { formatColumns } from './lib/columns';
import { diskKiB } from './lib/disk-usage';
import { errnoText, errorText, quote, warn } from './lib/fail';
import { nowSeconds } from './lib/hooks';
import { humanSize } from './lib/human-size';
import { modeString } from './lib/mode-string';
import { joinPath, resolvePath } from './lib/path';
import { strftime } from './lib/strftime';
import { groupName, missingCode, userName } from './lib/users';
import { busyboxColumns, busyboxLongLines, busyboxTotal } from './ls-busybox';

interface Item { name: string; path: string; st: Stat; target?: string; targetSt?: Stat }
interface Opts {
  all: boolean; almost: boolean; long: boolean; human: boolean; recursive: boolean; one: boolean; dirOnly: boolean;
  sort: 't' | 'S' | 'name'; reverse: boolean; classify: boolean; columns: number | undefined; quoting: boolean; now: number;
  /** busybox's layout (ctx.impl): fixed-width -l lines, space-padded columns, no quoting. */
  busybox: boolean;
}

const SIX_MONTHS = 31556952 / 2;

/**
 * ls: GNU coreutils 9.1 output for -l -a -A -h -R -1 -d -t -r -S -F -C. Without a terminal it
 * prints one name per line, literally; on a terminal (ctx.tty) it lays names out in columns of
 * ctx.tty.columns and shell-quotes odd names, as GNU ls does for a tty.
 * "Recent" dates (HH:MM instead of the year) are judged against nowSeconds() (lib/hooks).
 * As a busybox applet it prints busybox's layout (ls-busybox.ts) with the same entries.
 */
export const ls: Program = async (ctx) => {
  let a;
  try {
    a = parseArgs(ctx, ctx.argv.slice(1), {
      short: 'aAlhR1dtrSFC',
      long: {
        all: ['a', 'none'], 'almost-all': ['A', 'none'], 'human-readable': ['h', 'none'], recursive: ['R', 'none'],
        directory: ['d', 'none'], reverse: ['r', 'none'], classify: ['F', 'optional'], color: ['color', 'optional'],
      },
    });
  } catch (e) {
    if (e instanceof UsageError) return 2;
    throw e;
  }
  let long = false, one = !ctx.tty, sort: Opts['sort'] = 'name';
  for (const [k] of a.opts) {
    if (k === 'l') long = true;
    else if (k === '1') one = true;
    else if (k === 'C') { one = false; long = false; }
    else if (k === 't' || k === 'S') sort = k;
  }
  const o: Opts = {
    all: a.has('a'), almost: a.has('A'), long, human: a.has('h'), recursive: a.has('R'), one, dirOnly: a.has('d'), sort,
    reverse: a.has('r'), classify: a.has('F'), columns: ctx.tty?.columns ?? 80, quoting: !!ctx.tty && ctx.impl !== 'busybox', now: nowSeconds(ctx),
    busybox: ctx.impl === 'busybox',
  };
  if (!ctx.tty && a.has('C')) o.columns = Number(ctx.env.get('COLUMNS')) || 80;
  let status = 0;
  const files: Item[] = [];
  const dirs: Item[] = [];
  const operands = a.operands.length ? a.operands : ['.'];
  for (const name of operands) {
    const path = resolvePath(ctx.cwd, name);
    let st = ctx.fs.lstat(path);
    if (!st) {
      warn(ctx, `cannot access ${quote(name)}: ${errnoText(missingCode(ctx.fs, path))}`);
      status = 2;
      continue;
    }
    if (st.type === 'symlink' && !o.long && !o.dirOnly && !o.classify) st = ctx.fs.stat(path) ?? st;
    const item = withTarget(ctx, { name, path, st });
    if (st.type === 'dir' && !o.dirOnly) dirs.push(item);
    else files.push(item);
  }
  let out = '';
  if (files.length) out += listing(ctx, sortItems(files, o), o, false);
  const header = operands.length > 1 || o.recursive;
  let first = files.length === 0;
  const queue = sortItems(dirs, o);
  const visit = (d: Item) => {
    let names: string[];
    try {
      names = ctx.fs.readdir(d.path);
    } catch (e) {
      warn(ctx, `cannot open directory ${quote(d.name)}: ${errorText(e)}`);
      status = o.busybox ? 1 : 2; // busybox's ls fails with 1 (recorded: ls /root as uid 1000)
      return;
    }
    if (o.all) names = ['.', '..', ...names];
    else if (!o.almost) names = names.filter((n) => !n.startsWith('.'));
    else names = names.filter((n) => n !== '.' && n !== '..');
    const items = sortItems(
      names.flatMap((n) => {
        const path = n === '.' ? d.path : n === '..' ? resolvePath(d.path, '..') : joinPath(d.path, n);
        const st = ctx.fs.lstat(path);
        return st ? [withTarget(ctx, { name: n, path, st })] : [];
      }),
      o,
    );
    if (!first) out += '\n';
    first = false;
    if (header) out += `${o.quoting ? quoteName(d.name) : d.name}:\n`;
    const kib = items.reduce((s, i) => s + diskKiB(i.st), 0);
    if (o.long) out += o.busybox ? busyboxTotal(kib, o.human) : `total ${o.human ? humanSize(kib * 1024) : kib}\n`;
    out += listing(ctx, items, o, true);
    if (o.recursive) {
      for (const it of items) {
        if (it.st.type === 'dir' && it.name !== '.' && it.name !== '..') visit({ ...it, name: joinPath(d.name, it.name) });
      }
    }
  };
  for (const d of queue) visit(d);
  ctx.stdout.write(out);
  return status;
};

function withTarget(ctx: ProcessContext, it: Item): Item {
  if (it.st.type !== 'symlink') return it;
  return { ...it, target: ctx.fs.readlink(it.path), targetSt: ctx.fs.stat(it.path) };
}

function sortItems(items: Item[], o: Opts): Item[] {
  const byName = (x: Item, y: Item) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
  const cmp =
    o.sort === 't' ? (x: Item, y: Item) => y.st.mtime - x.st.mtime || byName(x, y)
    : o.sort === 'S' ? (x: Item, y: Item) => y.st.size - x.st.size || byName(x, y)
    : byName;
  const sorted = [...items].sort(cmp);
  return o.reverse ? sorted.reverse() : sorted;
}

function indicator(st: Stat | undefined): string {
  if (!st) return '';
  if (st.type === 'dir') return '/';
  if (st.type === 'symlink') return '@';
  return st.mode & 0o111 ? '*' : '';
}

/** GNU's shell-escape quoting for terminal output: only names that need it. */
function quoteName(name: string): string {
  return /^[A-Za-z0-9_.\/+,:@%^=-]+$/.test(name) && !/^[~#]/.test(name) ? name : quote(name);
}

function listing(ctx: ProcessContext, items: Item[], o: Opts, inDir: boolean): string {
  const quoted = items.map((i) => (o.quoting ? quoteName(i.name) : i.name));
  // A column of names where some are quoted gets a leading space on the others so they align.
  const pad = o.quoting && quoted.some((q, i) => q !== items[i].name) ? ' ' : '';
  const shown = quoted.map((q, i) => (pad && q === items[i].name ? pad + q : q));
  if (o.long) return longLines(ctx, items, shown, o);
  const names = shown.map((n, i) => n + (o.classify ? indicator(items[i].st) : ''));
  void inDir;
  if (o.one) return names.map((n) => n + '\n').join('');
  if (o.busybox) return busyboxColumns(names, o.columns ?? 80);
  return formatColumns(names, names.map((n) => n.length), o.columns ?? 80);
}

function longLines(ctx: ProcessContext, items: Item[], shown: string[], o: Opts): string {
  if (o.busybox) return busyboxLongLines(ctx, items.map((it, i) => ({ st: it.st, name: longName(it, shown[i], o) })), o.human, o.now);
  const rows = items.map((it, i) => {
    const size = o.human ? humanSize(it.st.size) : String(it.st.size);
    const recent = it.st.mtime > o.now - SIX_MONTHS && it.st.mtime <= o.now;
    const date = strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', it.st.mtime);
    const name = longName(it, shown[i], o);
    return [modeString(it.st.type, it.st.mode), String(it.st.nlink), userName(ctx.fs, it.st.uid), groupName(ctx.fs, it.st.gid), size, date, name];
  });
  const w = [1, 2, 3, 4].map((c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => `${r[0]} ${r[1].padStart(w[0])} ${r[2].padEnd(w[1])} ${r[3].padEnd(w[2])} ${r[4].padStart(w[3])} ${r[5]} ${r[6]}\n`)
    .join('');
}

/** The name column of ls -l: " -> target" for links, -F's indicator (of the target for links). */
function longName(it: Item, shown: string, o: Opts): string {
  let name = shown;
  if (it.target !== undefined) {
    name += ` -> ${o.quoting ? quoteName(it.target) : it.target}`;
    if (o.classify && it.targetSt) name += it.targetSt.type === 'dir' ? '/' : it.targetSt.mode & 0o111 ? '*' : '';
  } else if (o.classify) name += indicator(it.st);
  return name;
}
