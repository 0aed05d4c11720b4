import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayTranscript } from './replay-transcript';
import { REPLAY_ALLOW_LIST } from './replay-allow-list';

const DIR = new URL('../../transcripts/docker/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('recorded docker transcripts replayed through the sandbox', () => {
  for (const file of files) {
    it(file, async () => {
      const steps = await replayTranscript(readFileSync(new URL(file, DIR), 'utf8'));
      const unexpected: string[] = [];
      const nowPassing: string[] = [];
      for (const s of steps) {
        const key = `${file}#${s.index}`;
        const allowed = key in REPLAY_ALLOW_LIST;
        if (s.actual !== s.expected && !allowed) unexpected.push(`${key}\n--- recorded\n${s.expected}\n--- sandbox\n${s.actual}`);
        if (s.actual === s.expected && allowed) nowPassing.push(key);
      }
      expect(nowPassing, 'steps on the allow-list that now pass: remove them from replay-allow-list.ts').toEqual([]);
      expect(unexpected.join('\n\n')).toBe('');
    }, 60_000);
  }

  it('replays the bulk of the recorded steps', async () => {
    const total = files.reduce((n, f) => n + (readFileSync(new URL(f, DIR), 'utf8').match(/^\$ /gm)?.length ?? 0), 0);
    const allowed = Object.keys(REPLAY_ALLOW_LIST).length;
    expect(total - allowed).toBeGreaterThanOrEqual(280);
  });
});
