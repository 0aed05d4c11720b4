import { expect, it } from 'vitest';
import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';

// What official images' entrypoints ask of find (nginx: -print -quit; redis: ! -user ... -exec ... +).
it('find negates tests with !, stops at -quit, batches -exec {} +, and matches -user', async () => {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T06:00:00Z'), random: seededRandom(1) });
  let out = '';
  const w = { write: (s: string) => void (out += s) };
  await sb.exec('mkdir -p d/e && touch d/a d/b d/e/c', w);
  for (const line of ['find d ! -name a -type f', 'find d -type f -print -quit', 'find d -type f -exec echo {} +', "find d \\! -user learner -exec echo {} + ; echo none", 'find d -user learner -name c', 'find d -user nobody2']) {
    out += `$ ${line}\n`;
    await sb.exec(line, w);
  }
  expect(out).toBe([
    '$ find d ! -name a -type f', 'd/b', 'd/e/c',
    '$ find d -type f -print -quit', 'd/a',
    '$ find d -type f -exec echo {} +', 'd/a d/b d/e/c',
    "$ find d \\! -user learner -exec echo {} + ; echo none", 'none',
    '$ find d -user learner -name c', 'd/e/c',
    '$ find d -user nobody2', "find: \u2018nobody2\u2019 is not the name of a known user",
    '',
  ].join('\n'));
});
