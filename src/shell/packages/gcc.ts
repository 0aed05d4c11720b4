import type { Program, ProcessContext } from '../process';
import { executableContent, executablePayload } from '../../engine/layer/executable';
import { compileC } from './c-compile';

/**
 * gcc / cc: compiles a C file into an executable that runs as program `cprog`; what the program
 * prints travels in the executable's own bytes (executableContent's payload), so a committed
 * or saved image keeps its behaviour. Sizes are gcc 12's on Debian 12 for hello.c (static
 * 762424, dynamic 15960 bytes), growing with the string data. A dynamic binary needs the ELF
 * interpreter at run time, which a FROM scratch image lacks.
 */
export const INTERP = '/lib64/ld-linux-x86-64.so.2';
const STATIC_BASE = 762_424 - 13;
const DYNAMIC_BASE = 15_960 - 13;

export interface CProgram {
  static: boolean;
  out: string;
  status: number;
}

function abs(ctx: ProcessContext, p: string): string {
  return p.startsWith('/') ? p : `${ctx.cwd.replace(/\/$/, '')}/${p}`;
}

export const gccProgram: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  let output = 'a.out';
  let isStatic = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o') output = args[++i] ?? '';
    else if (a.startsWith('-o')) output = a.slice(2);
    else if (a === '-static') isStatic = true;
    else if (a === '--version') {
      ctx.stdout.write('gcc (Debian 12.2.0-14+deb12u1) 12.2.0\nCopyright (C) 2022 Free Software Foundation, Inc.\nThis is free software; see the source for copying conditions.  There is NO\nwarranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n\n');
      return 0;
    } else if (!a.startsWith('-')) inputs.push(a);
  }
  if (!inputs.length) {
    ctx.stderr.write('gcc: fatal error: no input files\ncompilation terminated.\n');
    return 1;
  }
  let prog: CProgram = { static: isStatic, out: '', status: 0 };
  for (const f of inputs) {
    let src: string;
    try {
      src = new TextDecoder().decode(ctx.fs.readFile(abs(ctx, f)));
    } catch {
      ctx.stderr.write(`cc1: fatal error: ${f}: No such file or directory\ncompilation terminated.\n`);
      return 1;
    }
    const r = compileC(f, src);
    if (!r.ok) {
      ctx.stderr.write(r.errors);
      return 1;
    }
    if (/\bmain\s*\(/.test(src)) prog = { static: isStatic, out: r.out, status: r.status };
  }
  const size = (isStatic ? STATIC_BASE : DYNAMIC_BASE) + new TextEncoder().encode(prog.out).length;
  ctx.fs.writeFile(abs(ctx, output), executableContent('cprog', size, JSON.stringify(prog)), { mode: 0o755 });
  ctx.fs.chmod(abs(ctx, output), 0o755);
  return 0;
};

/** Runs a compiled program: finds its own file, reads the behaviour its bytes carry. */
export const cprogProgram: Program = async (ctx) => {
  const name = ctx.argv[0];
  let path = name.includes('/') ? abs(ctx, name) : undefined;
  if (!path) {
    for (const d of (ctx.env.get('PATH') ?? '/usr/bin:/bin').split(':')) {
      const p = `${d || '.'}/${name}`;
      if (ctx.fs.stat(abs(ctx, p))) { path = abs(ctx, p); break; }
    }
  }
  const payload = path ? executablePayload(ctx.fs.readContent(path)) : undefined;
  if (!payload) {
    ctx.stderr.write(`${name}: cannot execute binary file: Exec format error\n`);
    return 126;
  }
  const prog = JSON.parse(payload) as CProgram;
  // the host's base layer lists no libraries but is a full Debian: only an image without a
  // distribution (FROM scratch) lacks the ELF interpreter, and the kernel's exec fails ENOENT
  if (!prog.static && !ctx.fs.stat(INTERP) && !ctx.fs.stat('/etc/os-release')) {
    ctx.stderr.write(`exec ${name}: no such file or directory\n`);
    return 1;
  }
  ctx.stdout.write(prog.out);
  return prog.status;
};
