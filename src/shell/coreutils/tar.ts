import { gunzipSync, gzipSync } from 'fflate';
import type { Program, ProcessContext } from '../process';
import { UsageError, parseArgs } from './lib/args';
import { isGzip, noByteStream, stdinBytes, stdoutBytes } from './lib/byte-stdio';
import { resolvePath } from './lib/path';
import { createBlocks } from './lib/tar-create';
import { extractMembers } from './lib/tar-extract';
import { NotTarError, finishArchive, readMembers, type TarMember } from './lib/tar-format';
import { verboseLister } from './lib/tar-list';
import { currentUid } from './lib/users';

const SPEC = {
  short: 'cxtvf:zC:pO',
  long: {
    create: ['c', 'none'], extract: ['x', 'none'], get: ['x', 'none'], list: ['t', 'none'], verbose: ['v', 'none'],
    file: ['f', 'required'], gzip: ['z', 'none'], gunzip: ['z', 'none'], ungzip: ['z', 'none'], directory: ['C', 'required'],
    'preserve-permissions': ['p', 'none'], 'same-permissions': ['p', 'none'], 'to-stdout': ['O', 'none'],
    exclude: ['exclude', 'required'], version: ['version', 'none'],
    // members are always in name order (see lib/tar-create): --sort=name is what we do anyway
    sort: ['sort', 'required'],
  },
} as const satisfies Parameters<typeof parseArgs>[2];

const VERSION = `tar (GNU tar) 1.34
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by John Gilmore and Jay Fenlason.
`;
const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";
const FATAL = 'tar: Error is not recoverable: exiting now\n';

/** Old-style options (`tar xzvf a.tar`): the first word's letters, their arguments following in order. */
function expandOldStyle(args: string[]): string[] {
  if (args.length === 0 || args[0].startsWith('-')) return args;
  const out: string[] = [];
  let next = 1;
  for (const c of args[0]) {
    out.push(`-${c}`);
    if ((c === 'f' || c === 'C') && next < args.length) out.push(args[next++]);
  }
  return [...out, ...args.slice(next)];
}

/** GNU tar 1.34: -c, -x, -t with -v -f -z -C -p -O --exclude (busybox tar's -tv layout as an applet). */
export const tar: Program = async (ctx) => {
  let a;
  const usage = { ...ctx, stderr: { write: (s: string) => ctx.stderr.write(s.replace("Try 'tar --help' for more information.\n", TRY)) } };
  try {
    a = parseArgs(usage, expandOldStyle(ctx.argv.slice(1)), SPEC, 'tar');
  } catch (e) {
    if (e instanceof UsageError) return 64;
    throw e;
  }
  if (a.has('version')) {
    ctx.stdout.write(VERSION);
    return 0;
  }
  const ops = a.opts.map(([k]) => k).filter((k) => k === 'c' || k === 'x' || k === 't');
  if (new Set(ops).size !== 1) {
    ctx.stderr.write(ops.length ? "tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option\n" + TRY : "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n" + TRY);
    return 2;
  }
  const file = a.get('f') ?? '-';
  const dir = resolvePath(ctx.cwd, a.get('C') ?? '.');
  if (a.has('C') && ctx.fs.stat(dir)?.type !== 'dir') {
    ctx.stderr.write(`tar: ${a.get('C')}: Cannot open: ${ctx.fs.stat(dir) ? 'Not a directory' : 'No such file or directory'}\n${FATAL}`);
    return 2;
  }
  return ops[0] === 'c' ? create(ctx, a, file, dir) : readArchive(ctx, a, file, dir, ops[0] === 'x');
};

type Args = ReturnType<typeof parseArgs>;

async function create(ctx: ProcessContext, a: Args, file: string, dir: string): Promise<number> {
  if (a.operands.length === 0) {
    ctx.stderr.write(`tar: Cowardly refusing to create an empty archive\n${TRY}`);
    return 2;
  }
  const sink = file === '-' ? stdoutBytes(ctx) : undefined;
  if (sink === 'terminal') {
    ctx.stderr.write(`tar: Refusing to write archive contents to terminal (missing -f option?)\n${FATAL}`);
    return 2;
  }
  if (sink === 'text') return noByteStream(ctx, 'tar -c to this output');
  const archive = file === '-' ? undefined : resolvePath(ctx.cwd, file);
  const out = file === '-' ? ctx.stderr : ctx.stdout;
  const verbose = a.has('v') ? (name: string) => out.write(name + '\n') : undefined;
  // The archive file exists (empty) before the walk, as GNU opens it first.
  if (archive && !writeArchive(ctx, file, archive, new Uint8Array(0))) return 2;
  const { blocks, failed } = createBlocks(ctx, a.operands, { dir, excludes: a.all('exclude'), archive, verbose });
  let bytes = finishArchive(blocks);
  if (a.has('z')) bytes = gzipSync(bytes, { level: 6, mtime: 0 });
  if (sink) sink(bytes);
  else if (!writeArchive(ctx, file, archive!, bytes)) return 2;
  if (failed) ctx.stderr.write('tar: Exiting with failure status due to previous errors\n');
  return failed ? 2 : 0;
}

function writeArchive(ctx: ProcessContext, file: string, abs: string, bytes: Uint8Array): boolean {
  const st = ctx.fs.stat(abs);
  const parent = ctx.fs.stat(abs.slice(0, abs.lastIndexOf('/')) || '/');
  const why = st?.type === 'dir' ? 'Is a directory' : !parent ? 'No such file or directory' : parent.type !== 'dir' ? 'Not a directory' : undefined;
  if (why) {
    ctx.stderr.write(`tar: ${file}: Cannot open: ${why}\n${FATAL}`);
    return false;
  }
  ctx.fs.writeFile(abs, bytes, st ? {} : { mode: 0o644 });
  return true;
}

async function readArchive(ctx: ProcessContext, a: Args, file: string, dir: string, extract: boolean): Promise<number> {
  let bytes: Uint8Array;
  if (file === '-') {
    const got = await stdinBytes(ctx);
    if (got === 'terminal') {
      ctx.stderr.write(`tar: Refusing to read archive contents from terminal (missing -f option?)\n${FATAL}`);
      return 2;
    }
    if (got === 'text') return noByteStream(ctx, `tar -${extract ? 'x' : 't'} from this input`);
    bytes = got;
  } else {
    const abs = resolvePath(ctx.cwd, file);
    const st = ctx.fs.stat(abs);
    if (!st || st.type === 'dir') {
      ctx.stderr.write(st ? `tar: ${file}: Cannot read: Is a directory\n${FATAL}` : `tar: ${file}: Cannot open: No such file or directory\n${FATAL}`);
      return 2;
    }
    bytes = ctx.fs.readFile(abs);
  }
  // GNU tar recognizes a gzip archive by its magic whether or not -z is given.
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      ctx.stderr.write(`\ngzip: stdin: unexpected end of file\ntar: Child returned status 1\n${FATAL}`);
      return 2;
    }
  } else if (a.has('z') && bytes.length) {
    ctx.stderr.write(`\ngzip: stdin: not in gzip format\ntar: Child returned status 1\n${FATAL}`);
    return 2;
  }
  let members: TarMember[];
  let truncated: boolean;
  try {
    ({ members, truncated } = readMembers(bytes));
  } catch (e) {
    if (!(e instanceof NotTarError)) throw e;
    ctx.stderr.write('tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n');
    return 2;
  }
  const wanted = a.operands.map((o) => o.replace(/\/+$/, ''));
  const found = new Set<string>();
  const selected = members.filter((m) => {
    if (!wanted.length) return true;
    const n = m.name.replace(/\/+$/, '');
    const w = wanted.find((o) => n === o || n.startsWith(o + '/'));
    if (w !== undefined) found.add(w);
    return w !== undefined;
  });
  let failed = false;
  const out = a.has('O') ? ctx.stderr : ctx.stdout;
  if (!extract) {
    const line = a.has('v') ? verboseLister(ctx.impl === 'busybox') : (m: TarMember) => m.name;
    for (const m of selected) ctx.stdout.write(line(m) + '\n');
  } else if (a.has('O')) {
    const sink = stdoutBytes(ctx);
    for (const m of selected) {
      if (a.has('v')) out.write(m.name + '\n');
      if (m.type !== '0') continue;
      if (typeof sink === 'function') sink(m.data);
      else ctx.stdout.write(new TextDecoder().decode(m.data));
    }
  } else {
    if (a.has('v')) for (const m of selected) out.write(m.name + '\n');
    const uid = currentUid(ctx.fs, ctx.env);
    failed = !extractMembers(ctx, selected, { dir, root: uid === 0, preserve: a.has('p') });
  }
  if (truncated) {
    ctx.stderr.write(`tar: Unexpected EOF in archive\n${FATAL}`);
    return 2;
  }
  for (const w of wanted) {
    if (found.has(w)) continue;
    ctx.stderr.write(`tar: ${w}: Not found in archive\n`);
    failed = true;
  }
  if (failed) ctx.stderr.write('tar: Exiting with failure status due to previous errors\n');
  return failed ? 2 : 0;
}
