import { CowFs } from '../../../src/engine/fs/cow-fs';
import { executableContent } from '../../../src/engine/layer/executable';
import type { Program } from '../../../src/shell/process';
import { Shell } from '../../../src/shell/shell';
import { shProgram } from '../../../src/shell/sh-program';
import { needsMore } from '../../../src/shell/parser/needs-more';
import { ControlFlow } from '../../../src/shell/control-flow';
import { StringOutput } from '../../../src/shell/io';
import { setupFiles } from './cases';

export const WORK = '/home/work';
const enc = new TextEncoder();

/** A test-only cat (GNU wording for a missing file): enough for pipes and redirections. */
const cat: Program = async (ctx) => {
  let st = 0;
  const files = ctx.argv.slice(1);
  if (!files.length) {
    for (let c = await ctx.stdin.read(); c !== null; c = await ctx.stdin.read()) ctx.stdout.write(c);
    return 0;
  }
  for (const f of files) {
    const p = f.startsWith('/') ? f : `${ctx.cwd}/${f}`;
    const s = ctx.fs.stat(p);
    if (!s) { ctx.stderr.write(`cat: ${f}: No such file or directory\n`); st = 1; continue; }
    if (s.type === 'dir') { ctx.stderr.write(`cat: ${f}: Is a directory\n`); st = 1; continue; }
    ctx.stdout.write(new TextDecoder().decode(ctx.fs.readFile(p)));
  }
  return st;
};

export function makeWorld(): { fs: CowFs; programs: Map<string, Program> } {
  const fs = new CowFs(undefined, { now: () => 1_700_000_000 });
  for (const d of ['/usr', '/usr/bin', '/tmp', '/home', WORK, '/root']) fs.mkdir(d);
  fs.symlink('usr/bin', '/bin');
  const programs = new Map<string, Program>();
  programs.set('cat', cat);
  programs.set('sh', shProgram({ programs: () => programs, flavor: 'bash' }));
  for (const name of programs.keys()) fs.writeFile(`/usr/bin/${name}`, executableContent(name, 40_000), { mode: 0o755 });
  for (const f of setupFiles) {
    const p = `${WORK}/${f.path}`;
    if (f.dir) fs.mkdir(p);
    else fs.writeFile(p, enc.encode(f.content ?? ''), { mode: f.mode ?? 0o644 });
  }
  return { fs, programs };
}

/**
 * Feeds a script to an interactive Shell the way bash reads a piped stdin: one complete
 * command (per needsMore) at a time; stops at `exit`. Returns what bash -i would show.
 */
export async function runInteractive(script: string): Promise<{ stdout: string; stderr: string; status: number }> {
  const { fs, programs } = makeWorld();
  const sh = new Shell({ fs, programs, cwd: WORK, mode: 'interactive', env: { HOME: WORK, PATH: '/usr/bin:/bin', PWD: WORK } });
  const stdout = new StringOutput();
  const stderr = new StringOutput();
  let buf = '';
  const lines = script.split('\n');
  let status = 0;
  for (let k = 0; k <= lines.length; k++) {
    if (k < lines.length) {
      buf = buf ? buf + '\n' + lines[k] : lines[k];
      if (needsMore(buf)) continue;
    } else if (!buf) break;
    try {
      status = await sh.run(buf, { stdout, stderr });
    } catch (e) {
      if (e instanceof ControlFlow && e.kind === 'exit') return { stdout: stdout.text, stderr: stderr.text, status: e.status };
      throw e;
    }
    buf = '';
  }
  // End of input at the prompt: bash (and our REPL) says "exit".
  return { stdout: stdout.text, stderr: stderr.text + 'exit\n', status };
}

/** `bash -c SCRIPT` through our Shell in -c mode. */
export async function runDashC(script: string): Promise<{ stdout: string; stderr: string; status: number }> {
  const { fs, programs } = makeWorld();
  const sh = new Shell({ fs, programs, cwd: WORK, mode: 'c', env: { HOME: WORK, PATH: '/usr/bin:/bin', PWD: WORK } });
  const stdout = new StringOutput();
  const stderr = new StringOutput();
  const status = await sh.runScript(script, { stdout, stderr });
  return { stdout: stdout.text, stderr: stderr.text, status };
}
