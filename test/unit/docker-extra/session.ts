import { MemoryStore } from '../../../src/storage/memory-store';
import { Sandbox } from '../../../src/sandbox/sandbox';
import { steppingClock } from '../../../src/engine/clock';
import { seededRandom } from '../../../src/engine/random';
import { importBusybox } from '../transcripts/busybox-image';

/** A fresh sandbox with the recordings' busybox:latest and a runner returning whole outputs. */
export async function session() {
  const sb = await Sandbox.open({ store: new MemoryStore(), clock: steppingClock('2026-11-24T07:05:02Z'), random: seededRandom(7) });
  await importBusybox(sb.engine);
  const run = async (line: string) => {
    let out = '';
    let err = '';
    const code = await sb.exec(line, { write: (s) => (out += s) }, { write: (s) => (err += s) });
    return { out, err, code };
  };
  return { sb, run };
}
