import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { createNormalizeContext, normalizeOutput, normalizeTranscript } from '../../transcripts/normalize';
import { parseTranscript } from '../../transcripts/parse-transcript';
import { formatTranscript } from '../../transcripts/format-transcript';
import { v28View, type TranscriptStep } from '../../transcripts/transcript';
import { importBusybox } from './busybox-image';

export interface ReplayedStep {
  /** 1-based, as the allow-list names steps. */
  index: number;
  cmd: string;
  /** Normalized text of the step (command, stdout, stderr, exit) as Docker 28 prints it. */
  expected: string;
  actual: string;
}

const HEX = /(?<![0-9a-f])(?:[0-9a-f]{64}|[0-9a-f]{12})(?![0-9a-f])/g;

/**
 * Replays a recorded transcript through a fresh sandbox (MemoryStore, stepping clock, seeded
 * random, the recordings' busybox:latest) and returns every step normalized both ways. The
 * recorded command lines name the recording's IDs and random names: they are normalized with
 * the recording's context and mapped back to the sandbox's own objects of the same number.
 */
export async function replayTranscript(text: string): Promise<ReplayedStep[]> {
  const recorded = parseTranscript(text);
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T07:05:02Z'), random: seededRandom(42) });
  await importBusybox(sb.engine);
  const rec = createNormalizeContext();
  const ours = createNormalizeContext();
  const fullIds = new Map<string, string>(); // our 12-hex prefix -> full 64-hex ID seen
  const see = (s: string) => { for (const m of s.match(HEX) ?? []) if (m.length === 64) fullIds.set(m.slice(0, 12), m); };
  const steps: TranscriptStep[] = [];
  for (const step of recorded.steps) {
    const normCmd = normalizeOutput(step.cmd, rec);
    normalizeOutput(step.stdout, rec);
    normalizeOutput(step.stderr, rec);
    const cmd = mapBack(normCmd, ours, fullIds);
    let stdout = '';
    let stderr = '';
    const exit = await sb.exec(cmd, { write: (s) => (stdout += s) }, { write: (s) => (stderr += s) });
    for (const s of [cmd, stdout, stderr]) { see(s); normalizeOutput(s, ours); }
    steps.push({ cmd, stdout, stderr, exit, notes: step.notes });
  }
  const expected = split(normalizeTranscript(formatTranscript({ header: [], steps: recorded.steps.map((s) => ({ ...v28View(s), v28: undefined })) })));
  const actual = split(normalizeTranscript(formatTranscript({ header: [], steps })));
  return recorded.steps.map((s, i) => ({ index: i + 1, cmd: s.cmd, expected: expected[i], actual: actual[i] }));
}

function split(t: string): string[] {
  return t.split(/^(?=\$ )/m).filter((b) => b.startsWith('$ ')).map((b) => b.trimEnd());
}

/** Placeholders in a normalized command line -> the sandbox's IDs and names with those numbers. */
function mapBack(cmd: string, ctx: ReturnType<typeof createNormalizeContext>, fullIds: Map<string, string>): string {
  const idByNum = new Map([...ctx.ids].map(([k, v]) => [v, k]));
  const nameByNum = new Map([...ctx.names].map(([k, v]) => [v, k]));
  return cmd
    .replace(/(?<![0-9a-f])0{0,11}(\d{1,12})(0{52})?(?![0-9a-f])/g, (m, n: string, long: string | undefined) => {
      if (m.length !== 12 && m.length !== 64) return m;
      const key = idByNum.get(Number(n));
      if (!key) return m;
      return long ? fullIds.get(key) ?? key : key;
    })
    .replace(/<NAME(\d+)>/g, (m, n: string) => nameByNum.get(Number(n)) ?? m);
}
