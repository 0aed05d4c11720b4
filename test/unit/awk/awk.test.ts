import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { awk } from '../../../src/shell/coreutils/awk';
import { CowFs } from '../../../src/engine/fs/cow-fs';
import { UnionView } from '../../../src/engine/fs/union-view';
import type { ProcessContext } from '../../../src/shell/process';

// Real mawk 1.3.4's outputs, recorded on this machine by record-awk.py ("mawk:" shown as "awk:").
const recorded = JSON.parse(readFileSync(new URL('./recorded-awk.json', import.meta.url), 'utf8')) as {
  env: Record<string, string>;
  cases: { args: string[]; stdin: string; stdout: string; stderr: string; status: number }[];
};

async function run(args: string[], stdin: string, env: Record<string, string>) {
  let out = '';
  let err = '';
  let sent = false;
  const ctx: ProcessContext = {
    argv: ['awk', ...args],
    env: new Map(Object.entries(env)),
    cwd: '/',
    fs: new CowFs(UnionView.empty(), { now: () => 0 }),
    stdin: { read: async () => (sent ? null : ((sent = true), stdin)) },
    stdout: { write: (s) => void (out += s) },
    stderr: { write: (s) => void (err += s) },
    signal: new AbortController().signal,
  };
  const status = await awk(ctx);
  return { stdout: out, stderr: err, status };
}

// for (k in a) order is unspecified (mawk hashes, we keep insertion order): compare those sorted.
const unordered = (args: string[]) => args.some((a) => / in (ENVIRON|c)\)/.test(a));
const sortLines = (s: string) => s.split('\n').sort().join('\n');

describe('awk against recorded mawk', () => {
  for (const c of recorded.cases) {
    it(c.args.join(' '), async () => {
      const r = await run(c.args, c.stdin, recorded.env);
      if (c.status === 2 && c.stderr.includes('line ')) {
        // Syntax errors: mawk's parser words them its own way; the status and the "awk: line N:" form hold.
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^awk: line \d+: .+\n$/);
        return;
      }
      expect(unordered(c.args) ? { ...r, stdout: sortLines(r.stdout) } : r).toEqual(unordered(c.args) ? { ...c, stdout: sortLines(c.stdout), args: undefined, stdin: undefined } : { stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
  it('fails with an awk-style error on what it does not support', async () => {
    expect(await run(['BEGIN { getline line; print line }'], '', {})).toEqual({ stdout: '', stderr: 'awk: line 1: getline is not supported here\n', status: 2 });
    expect(await run(['{ print > "/tmp/x" }'], '', {})).toEqual({ stdout: '', stderr: 'awk: line 1: output redirection is not supported here\n', status: 2 });
  });
});
