import { describe, expect, it } from 'vitest';
import { needsMore } from '../../../src/shell/parser/needs-more';
import { Shell } from '../../../src/shell/shell';
import { StringOutput } from '../../../src/shell/io';
import { makeCompleter } from '../../../src/shell/complete';
import { executableContent } from '../../../src/engine/layer/executable';
import type { Program, Terminal } from '../../../src/shell/process';
import { makeWorld, WORK } from './harness';

function shell(opts: Partial<ConstructorParameters<typeof Shell>[0]> = {}) {
  const { fs, programs } = makeWorld();
  return new Shell({ fs, programs, cwd: WORK, env: { HOME: WORK, PATH: '/usr/bin:/bin' }, ...opts });
}

async function run(sh: Shell, script: string, signal?: AbortSignal) {
  const stdout = new StringOutput();
  const stderr = new StringOutput();
  const status = await sh.runScript(script, { stdout, stderr, signal });
  return { stdout: stdout.text, stderr: stderr.text, status };
}

describe('needsMore', () => {
  const more = ['echo "abc', "echo 'x", 'echo a \\', 'cat <<EOF', 'cat <<EOF\nline', 'if true; then', 'for i in 1 2; do', 'while true', 'case x in', '{ echo', '( echo', 'echo a &&', 'echo a ||', 'echo a |', 'echo $(ls', 'f() {'];
  const done = ['echo hi', 'echo "a b"', 'cat <<EOF\nx\nEOF', 'if true; then echo; fi', 'fi', 'echo (', 'echo a \\\\', ''];
  for (const t of more) it(`wants more after ${JSON.stringify(t)}`, () => expect(needsMore(t)).toBe(true));
  for (const t of done) it(`complete: ${JSON.stringify(t)}`, () => expect(needsMore(t)).toBe(false));
});

describe('completion', () => {
  it('completes command names from builtins, functions and PATH, then paths', async () => {
    const sh = shell();
    await run(sh, 'cathy() { :; }');
    const c = makeCompleter(sh);
    expect(c('ca', 2)).toEqual({ start: 0, candidates: ['cat', 'cathy'], addSpace: true });
    expect(c('cat s', 5)).toEqual({ start: 4, candidates: ['script.sh', 'sub/'], addSpace: true });
    expect(c('cat su', 6)).toEqual({ start: 4, candidates: ['sub/'], addSpace: false });
    expect(c('cat sub/c', 9)).toEqual({ start: 4, candidates: ['sub/c.txt'], addSpace: true });
    expect(c('echo x | ca', 11).candidates).toEqual(['cat', 'cathy']);
    expect(c('cat .h', 6).candidates).toEqual(['.hidden']);
  });

  it('lets an extension answer first (docker subcommands)', () => {
    const sh = shell();
    sh.completionExtensions.push((r) => (r.words[0] === 'docker' ? { start: r.start, candidates: ['images', 'image'].filter((x) => x.startsWith(r.word)) } : undefined));
    expect(makeCompleter(sh)('docker im', 9)).toEqual({ start: 7, candidates: ['images', 'image'] });
  });
});

describe('pipelines, signals, jobs', () => {
  it('ends an endless writer when the reader is gone (SIGPIPE)', async () => {
    const sh = shell();
    const yes: Program = async (ctx) => {
      while (!ctx.signal.aborted) { ctx.stdout.write('y\n'); await Promise.resolve(); }
      return 141;
    };
    const head1: Program = async (ctx) => {
      const c = await ctx.stdin.read();
      ctx.stdout.write((c ?? '').split('\n')[0] + '\n');
      return 0;
    };
    sh.programs.set('yes', yes);
    sh.programs.set('head1', head1);
    sh.fs.writeFile('/usr/bin/yes', executableContent('yes', 100), { mode: 0o755 });
    sh.fs.writeFile('/usr/bin/head1', executableContent('head1', 100), { mode: 0o755 });
    expect(await run(sh, 'yes | head1; echo $?')).toEqual({ stdout: 'y\n0\n', stderr: '', status: 0 });
  });

  it('Ctrl-C (aborted signal) ends the foreground command with 130', async () => {
    const sh = shell();
    const ctl = new AbortController();
    let started!: () => void;
    const isRunning = new Promise<void>((r) => { started = r; });
    const sleepy: Program = (ctx) => new Promise((resolve) => { ctx.signal.addEventListener('abort', () => resolve(1)); started(); });
    sh.programs.set('sleepy', sleepy);
    sh.fs.writeFile('/usr/bin/sleepy', executableContent('sleepy', 100), { mode: 0o755 });
    const p = run(sh, 'sleepy; echo not reached', ctl.signal);
    await isRunning;
    ctl.abort();
    expect(await p).toEqual({ stdout: '', stderr: '', status: 130 });
  });

  it('runs & in the background, prints the job line at a prompt, wait collects it', async () => {
    const sh = shell({ mode: 'interactive', pid: 100 });
    const out = new StringOutput();
    const err = new StringOutput();
    await sh.run('echo bg > bg.txt & wait; cat bg.txt; echo $!', { stdout: out, stderr: err });
    expect({ out: out.text, err: err.text }).toEqual({ out: 'bg\n101\n', err: '[1] 101\n' });
  });
});

describe('aliases', () => {
  it('expand in every command, not recursively', async () => {
    const sh = shell();
    await run(sh, "alias hi='echo hi'; alias echo='echo say'");
    expect(await run(sh, 'hi; hi there\nhi')).toEqual({ stdout: 'say hi\nsay hi there\nsay hi\n', stderr: '', status: 0 });
  });
});

describe('flavors, sh program, history, repl', () => {
  it('busybox wording', async () => {
    const sh = shell({ name: 'sh', flavor: 'busybox', mode: 'interactive' });
    expect(await run(sh, 'nosuch')).toEqual({ stdout: '', stderr: 'sh: nosuch: not found\n', status: 127 });
    expect(await run(sh, 'cd /nope')).toEqual({ stdout: '', stderr: "sh: cd: can't cd to /nope: No such file or directory\n", status: 2 });
    expect(await run(sh, 'fi')).toEqual({ stdout: '', stderr: 'sh: syntax error: unexpected "fi"\n', status: 2 });
    expect(await run(sh, 'echo x > /nodir/f')).toEqual({ stdout: '', stderr: "sh: can't create /nodir/f: nonexistent directory\n", status: 1 });
  });

  it('sh -c, sh script, sh reading stdin', async () => {
    const sh = shell();
    expect(await run(sh, "sh -c 'echo $0 $1' me arg")).toEqual({ stdout: 'me arg\n', stderr: '', status: 0 });
    expect(await run(sh, 'sh script.sh a b')).toEqual({ stdout: 'script 2 a\n', stderr: '', status: 3 });
    expect(await run(sh, "echo 'echo from stdin; exit 4' | sh")).toEqual({ stdout: 'from stdin\n', stderr: '', status: 4 });
    expect(await run(sh, 'bash nofile.sh')).toEqual({ stdout: '', stderr: 'bash: line 1: bash: command not found\n', status: 127 });
  });

  it('history is numbered like bash and can be set/get by the integrator', async () => {
    const sh = shell();
    sh.setHistory(['ls', 'cd /tmp']);
    sh.addHistory('history');
    expect(await run(sh, 'history')).toEqual({ stdout: '    1  ls\n    2  cd /tmp\n    3  history\n', stderr: '', status: 0 });
    expect(sh.getHistory()).toEqual(['ls', 'cd /tmp', 'history']);
  });

  it('repl: runs lines, keeps history, says exit on Ctrl-D', async () => {
    const sh = shell();
    const lines = ['echo hi', 'x=2', 'echo $x', null];
    let screen = '';
    const term: Terminal = {
      columns: 80, rows: 24, interactive: true,
      write: (s) => { screen += s; },
      readLine: async (prompt) => { screen += prompt; return lines.shift() ?? null; },
      readKey: async () => null,
      readSecret: async () => null,
    };
    const st = await sh.repl(term, { prompt: () => '$ ' });
    expect({ st, screen, history: sh.getHistory() }).toEqual({ st: 0, screen: '$ hi\n$ $ 2\n$ exit\n', history: ['echo hi', 'x=2', 'echo $x'] });
  });

  it('repl: exit N ends it with N', async () => {
    const sh = shell();
    const lines = ['exit 3'];
    let screen = '';
    const term: Terminal = {
      columns: 80, rows: 24, interactive: true,
      write: (s) => { screen += s; },
      readLine: async () => lines.shift() ?? null,
      readKey: async () => null,
      readSecret: async () => null,
    };
    expect(await sh.repl(term, { prompt: () => '# ' })).toBe(3);
    expect(screen).toBe('exit\n');
  });
});
