import type { Program } from '../process';
import { programOfContent } from '../../engine/layer/executable';
import { tryParse } from './lib/args';
import { missingOperand } from './lib/fail';
import { resolvePath } from './lib/path';

/**
 * What file(1) 5.44 says of our kinds of files. Our executables carry a program tag in an
 * ELF-like header (engine/layer/executable.ts); they are described as the real dynamically
 * linked x86-64 binaries they stand for.
 */
const ELF = 'ELF 64-bit LSB pie executable, x86-64, version 1 (SYSV), dynamically linked, interpreter /lib64/ld-linux-x86-64.so.2, for GNU/Linux 3.2.0, stripped';

/** file [-b] FILE...: names are padded so the descriptions line up, as file does. */
export const file: Program = async (ctx) => {
  const a = tryParse(ctx, { short: 'bLh', long: { brief: ['b', 'none'], dereference: ['L', 'none'] } });
  if (!a) return 1;
  if (!a.operands.length) {
    ctx.stderr.write('Usage: file [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]\n            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]\n            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]\n            <file> ...\n       file -C [-m <magicfiles>]\n       file [--help]\n');
    return 1;
  }
  void missingOperand;
  const width = Math.max(...a.operands.map((n) => n.length)) + 1;
  for (const name of a.operands) {
    const desc = describe(ctx.fs, resolvePath(ctx.cwd, name), name, a.has('L'));
    ctx.stdout.write(a.has('b') ? desc + '\n' : `${(name + ':').padEnd(width)} ${desc}\n`);
  }
  return 0;
};

function describe(fs: Parameters<Program>[0]['fs'], path: string, name: string, follow: boolean): string {
  const st = follow ? fs.stat(path) : fs.lstat(path);
  if (!st) return `cannot open \`${name}' (No such file or directory)`;
  if (st.type === 'dir') return 'directory';
  if (st.type === 'symlink') return `symbolic link to ${fs.readlink(path)}`;
  if (st.size === 0) return 'empty';
  const content = fs.readContent(path);
  if (programOfContent(content) !== undefined) return ELF;
  const bytes = content.kind === 'bytes' ? content.bytes : fs.readFile(path).subarray(0, 4096);
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const exec = st.mode & 0o111 ? ' executable' : '';
  const binary = /[\x00-\x08\x0e-\x1f\x7f]/.test(text);
  if (binary) return 'data';
  const ascii = !/[\x80-\xff]/.test(text);
  const kind = ascii ? 'ASCII text' : 'UTF-8 Unicode text';
  const lines = text.split('\n');
  const long = lines.some((l) => l.length > 300) ? ', with very long lines' : '';
  const noNl = text.endsWith('\n') ? '' : ', with no line terminators';
  const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
  if (m) {
    const interp = m[1].endsWith('/env') && m[2] ? m[2] : m[1].slice(m[1].lastIndexOf('/') + 1);
    const label = interp === 'sh' ? 'POSIX shell script' : interp === 'bash' ? 'Bourne-Again shell script' : `${interp} script`;
    return `${label}, ${kind}${exec}${long}${noNl}`;
  }
  return `${kind}${long}${noNl}`;
}
