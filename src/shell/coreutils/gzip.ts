import { gunzipSync, gzipSync } from 'fflate';
import type { Program, ProcessContext } from '../process';
import { UsageError, parseArgs } from './lib/args';
import { isGzip, noByteStream, stdinBytes, stdoutBytes } from './lib/byte-stdio';
import { resolvePath } from './lib/path';

const SPEC = {
  short: 'cdkfvnV123456789',
  long: {
    stdout: ['c', 'none'], 'to-stdout': ['c', 'none'], decompress: ['d', 'none'], uncompress: ['d', 'none'],
    keep: ['k', 'none'], force: ['f', 'none'], verbose: ['v', 'none'], 'no-name': ['n', 'none'], version: ['V', 'none'],
    fast: ['1', 'none'], best: ['9', 'none'],
  },
} as const satisfies Parameters<typeof parseArgs>[2];

const VERSION = `gzip 1.12
Copyright (C) 2018 Free Software Foundation, Inc.
Copyright (C) 1993 Jean-loup Gailly.
This is free software.  You may redistribute copies of it under the terms of
the GNU General Public License <https://www.gnu.org/licenses/gpl.html>.
There is NO WARRANTY, to the extent permitted by law.

Written by Jean-loup Gailly.
`;
const SUFFIXES: Array<[string, string]> = [['.gz', ''], ['.tgz', '.tar'], ['-gz', ''], ['.z', ''], ['-z', ''], ['_z', '']];

interface Opts { stdout: boolean; decompress: boolean; keep: boolean; force: boolean; verbose: boolean; level: number }

/** gzip 1.12 (and gunzip, zcat: gzip -d, gzip -dc). Deflate is fflate's: sizes may differ from gzip's by a few bytes. */
export const gzip: Program = (ctx) => main(ctx, {});
export const gunzip: Program = (ctx) => main(ctx, { decompress: true });
export const zcat: Program = (ctx) => main(ctx, { decompress: true, stdout: true });

async function main(ctx: ProcessContext, preset: Partial<Opts>): Promise<number> {
  let a;
  try {
    a = parseArgs(ctx, ctx.argv.slice(1), SPEC, 'gzip');
  } catch (e) {
    if (e instanceof UsageError) return 1;
    throw e;
  }
  if (a.has('V')) {
    ctx.stdout.write(VERSION);
    return 0;
  }
  const level = Number([...a.opts].reverse().find(([k]) => /^\d$/.test(k))?.[0] ?? 6);
  const o: Opts = { stdout: a.has('c'), decompress: a.has('d'), keep: a.has('k'), force: a.has('f'), verbose: a.has('v'), level, ...preset };
  const files = a.operands.length ? a.operands : ['-'];
  let status = 0;
  // gzip's exit status: 1 for an error, 2 for a warning unless an error happened.
  const note = (s: number) => void (status = status === 1 || s === 0 ? status : s);
  for (const f of files) note(f === '-' ? await viaStdio(ctx, o) : await oneFile(ctx, o, f));
  return status;
}

function ratio(inBytes: number, deflated: number): string {
  return (inBytes === 0 ? 0 : (100 * (inBytes - deflated)) / inBytes).toFixed(1).padStart(5) + '%';
}

const err = (ctx: ProcessContext, s: string, code: number) => (ctx.stderr.write(`gzip: ${s}\n`), code);

async function viaStdio(ctx: ProcessContext, o: Opts): Promise<number> {
  const sink = stdoutBytes(ctx);
  if (!o.decompress && sink === 'terminal' && !o.force) return err(ctx, 'compressed data not written to a terminal. Use -f to force compression.\nFor help, type: gzip -h', 1);
  let input = await stdinBytes(ctx);
  if (input === 'terminal' && o.decompress && !o.force) return err(ctx, 'compressed data not read from a terminal. Use -f to force decompression.\nFor help, type: gzip -h', 1);
  if (typeof input !== 'object') {
    // Typed or piped text is text: its UTF-8 bytes are the data. Compressed data is not.
    if (o.decompress && input === 'text') return noByteStream(ctx, 'gunzip from this input');
    let s = '';
    for (let c; (c = await ctx.stdin.read()) !== null; ) s += c;
    input = new TextEncoder().encode(s);
  }
  return emit(ctx, o, 'stdin', input, sink, { mtime: 0 });
}

/** Writes the (de)compressed stream to stdout: bytes when it can carry them, text otherwise. */
function emit(ctx: ProcessContext, o: Opts, name: string, input: Uint8Array, sink: ReturnType<typeof stdoutBytes>, meta: { mtime: number; filename?: string }): number {
  const out = convert(ctx, o, name, input, meta);
  if (typeof out === 'number') return out;
  if (typeof sink === 'function') sink(out);
  else if (o.decompress) ctx.stdout.write(new TextDecoder().decode(out));
  else return noByteStream(ctx, 'gzip to this output');
  return 0;
}

function convert(ctx: ProcessContext, o: Opts, name: string, input: Uint8Array, meta: { mtime: number; filename?: string }): Uint8Array | number {
  if (!o.decompress) return gzipSync(input, { level: o.level as 6, mtime: meta.mtime * 1000, filename: meta.filename });
  // gzip 1.12 starts this message on a new line (recorded)
  if (!isGzip(input)) return (ctx.stderr.write(`\ngzip: ${name}: not in gzip format\n`), 1);
  try {
    return gunzipSync(input);
  } catch {
    return err(ctx, `${name}: unexpected end of file`, 1);
  }
}

/** gzip's header plus trailer: what its ratio does not count. */
const overhead = (name?: string) => 18 + (name ? new TextEncoder().encode(name).length + 1 : 0);

async function oneFile(ctx: ProcessContext, o: Opts, file: string): Promise<number> {
  const fs = ctx.fs;
  let name = file;
  let abs = resolvePath(ctx.cwd, name);
  if (o.decompress && !fs.stat(abs) && !SUFFIXES.some(([s]) => name.endsWith(s))) {
    name += '.gz';
    abs = resolvePath(ctx.cwd, name);
  }
  const st = fs.stat(abs);
  if (!st) return err(ctx, `${name}: No such file or directory`, 1);
  if (st.type === 'dir') return err(ctx, `${name} is a directory -- ignored`, 2);
  const suffix = SUFFIXES.find(([s]) => name.endsWith(s) && name.length > s.length);
  if (!o.decompress && suffix && !o.stdout) // a warning gzip 1.12 exits 0 on (recorded)
    return err(ctx, `${name} already has ${suffix[0]} suffix -- unchanged`, 0);
  if (o.decompress && !suffix && !o.stdout) return err(ctx, `${name}: unknown suffix -- ignored`, 2);
  const base = name.slice(name.lastIndexOf('/') + 1);
  const input = fs.readFile(abs);
  if (o.stdout) return emit(ctx, o, name, input, stdoutBytes(ctx), { mtime: st.mtime, filename: base });
  const target = o.decompress ? name.slice(0, -suffix![0].length) + suffix![1] : name + '.gz';
  const targetAbs = resolvePath(ctx.cwd, target);
  if (fs.lstat(targetAbs) && !o.force) {
    const answer = ctx.tty ? await ctx.tty.readLine(`gzip: ${target} already exists; do you wish to overwrite (y or n)? `) : null;
    if (!ctx.tty) ctx.stderr.write(`gzip: ${target} already exists;`);
    if (!/^y/i.test(answer ?? '')) return (ctx.stderr.write('\tnot overwritten\n'), 2);
  }
  const out = convert(ctx, o, name, input, { mtime: st.mtime, filename: base });
  if (typeof out === 'number') return out;
  if (fs.lstat(targetAbs)) fs.unlink(targetAbs);
  fs.writeFile(targetAbs, out, { mode: st.mode, uid: st.uid, gid: st.gid });
  fs.chmod(targetAbs, st.mode);
  fs.utimes(targetAbs, st.mtime);
  if (!o.keep) fs.unlink(abs);
  if (o.verbose) {
    const [plain, packed] = o.decompress ? [out.length, input.length] : [input.length, out.length];
    ctx.stderr.write(`${name}:\t${ratio(plain, packed - overhead(o.decompress ? gzName(input) : base))} -- ${o.keep ? 'created' : 'replaced with'} ${target}\n`);
  }
  return 0;
}

/** The original name a gzip header stores (FNAME), if any. */
function gzName(b: Uint8Array): string | undefined {
  if (!(b[3] & 8)) return undefined;
  let i = 10;
  if (b[3] & 4) i += 2 + (b[10] | (b[11] << 8));
  const end = b.indexOf(0, i);
  return new TextDecoder('latin1').decode(b.subarray(i, end));
}
