import { readFileSync } from 'node:fs';

export interface Recording { args: string[]; stdout: string; stderr: string; exit: number }

const data = JSON.parse(readFileSync(new URL('./fixtures/recordings.json', import.meta.url), 'utf8')) as { cases: Recording[] };

/** The real docker 28.2.2 client's output for `docker <args>` (see fixtures/record.mjs). */
export function recording(...args: string[]): Recording {
  const r = data.cases.find((c) => c.args.join('\0') === args.join('\0'));
  if (!r) throw new Error(`no recording for docker ${args.join(' ')}`);
  return r;
}
