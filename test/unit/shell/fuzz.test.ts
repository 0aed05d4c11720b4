import { describe, expect, it } from 'vitest';
import { Parser } from '../../../src/shell/parser/parser';
import { ShellSyntaxError } from '../../../src/shell/parser/syntax-error';
import { needsMore } from '../../../src/shell/parser/needs-more';
import { Shell } from '../../../src/shell/shell';
import { StringOutput } from '../../../src/shell/io';
import { makeWorld, WORK } from './harness';

// Deterministic PRNG (mulberry32) so a failure reproduces.
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = ['echo', 'x', '$x', '${x:-d}', '${#x}', '$(', ')', '`', '"', "'", '\\', '$((', '))', '1+2', '|', '||', '&&', ';', '&', ';;',
  '<', '>', '>>', '2>&1', '<<EOF', '<<-E', 'EOF', '\n', '\t', ' ', 'if', 'then', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'case',
  'esac', '{', '}', '(', '*', '?', '[a-', ']', '~', '#', '=', 'x=1', 'f()', 'é', '日本', '😀', '$@', '$?', '$1', 'cat', 'read', 'exit', 'return'];

describe('fuzz: random token soup never escapes as a JS exception', () => {
  it('parser throws only ShellSyntaxError, needsMore only returns a boolean', () => {
    const r = rng(12345);
    for (let n = 0; n < 3000; n++) {
      const len = 1 + Math.floor(r() * 12);
      let src = '';
      for (let k = 0; k < len; k++) src += TOKENS[Math.floor(r() * TOKENS.length)] + (r() < 0.6 ? ' ' : '');
      try {
        Parser.parse(src);
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw new Error(`parser threw ${String(e)} for ${JSON.stringify(src)}`);
      }
      expect(typeof needsMore(src)).toBe('boolean');
    }
  });

  it('interpreter reports errors bash-style, never a stack or JS error text', async () => {
    const r = rng(777);
    for (let n = 0; n < 400; n++) {
      const len = 1 + Math.floor(r() * 8);
      let src = '';
      for (let k = 0; k < len; k++) src += TOKENS[Math.floor(r() * TOKENS.length)] + (r() < 0.7 ? ' ' : '');
      const { fs, programs } = makeWorld();
      const sh = new Shell({ fs, programs, cwd: WORK, env: { HOME: WORK, PATH: '/usr/bin:/bin' } });
      const out = new StringOutput();
      const err = new StringOutput();
      let status: number;
      try {
        status = await sh.runScript(src, { stdout: out, stderr: err });
      } catch (e) {
        throw new Error(`run threw ${String(e)} for ${JSON.stringify(src)}`);
      }
      expect(Number.isInteger(status), src).toBe(true);
      expect(err.text, src).not.toMatch(/TypeError|ReferenceError|RangeError|undefined is not|at .*\.ts:\d+/);
    }
  });
});
