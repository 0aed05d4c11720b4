import { describe, expect, it } from 'vitest';
import { PipeTerminal } from '../../../src/terminal/pipe-terminal';
import { needsMore } from './harness';

async function* lines(...ls: string[]) {
  yield* ls;
}

describe('PipeTerminal', () => {
  it('reads lines without echo, joins continuation lines, null at end of input', async () => {
    const out: string[] = [];
    const t = new PipeTerminal(lines('echo hi', "echo 'a", "b'", 'secret'), (s) => out.push(s));
    expect([t.interactive, t.columns]).toEqual([false, 80]);
    expect(await t.readLine('$ ', { needsMore })).toBe('echo hi');
    expect(await t.readLine('$ ', { needsMore })).toBe("echo 'a\nb'");
    expect(await t.readSecret('Password: ')).toBe('secret');
    expect(await t.readLine('$ ')).toBeNull();
    expect(await t.readKey()).toBeNull();
    t.write('hi\n');
    expect(out).toEqual(['hi\n']);
  });

  it('gives full-screen programs the following lines as keys, Enter as \\r', async () => {
    const t = new PipeTerminal(lines('ix', ':wq', 'ls'), () => {});
    const keys = [];
    for (let i = 0; i < 7; i++) keys.push(await t.readKey());
    expect(keys).toEqual(['i', 'x', '\r', ':', 'w', 'q', '\r']);
    expect(await t.readLine('$ ')).toBe('ls');
  });

  it('hands an open quote at end of input to the shell as it is', async () => {
    const t = new PipeTerminal(lines("echo 'a"), () => {});
    expect(await t.readLine('$ ', { needsMore })).toBe("echo 'a");
  });
});
