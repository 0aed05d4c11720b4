import { readFileSync } from 'node:fs';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';

/** One case of fixtures/sudo/recorded.json: a line the learner typed on real Debian 12 and what it printed. */
export interface Recorded {
  cmd: string;
  stdin: string;
  tty: boolean;
  stdout: string;
  stderr: string;
  code: number;
}

export const recorded: Record<string, Recorded> = JSON.parse(readFileSync(new URL('./fixtures/sudo/recorded.json', import.meta.url), 'utf8'));

/** A fresh sandbox and a runner returning whole outputs of a host command line. */
export async function hostSession() {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T07:05:02Z'), random: seededRandom(7) });
  const run = async (line: string) => {
    let out = '';
    let err = '';
    const code = await sb.exec(line, { write: (s) => (out += s) }, { write: (s) => (err += s) });
    return { out, err, code };
  };
  return { sb, run };
}

/** The recorded stdin fed through a pipe, as the recording fed it to the whole command line. */
export function withStdin(r: Recorded): string {
  if (!r.stdin) return r.cmd;
  const lines = r.stdin.replace(/\n$/, '').split('\n').map((l) => `'${l.replace(/'/g, `'\\''`)}'`);
  return `printf '%s\\n' ${lines.join(' ')} | ${r.cmd}`;
}
