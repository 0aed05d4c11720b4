import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostSession } from '../sandbox/sudo-recorded';

interface Recorded {
  cmd: string;
  stdout: string;
  stderr: string;
  code: number;
}

/** GNU coreutils 9.1 and bash 5.2 refusing a non-root user (fixtures/record.py). */
const recorded: Record<string, Recorded> = JSON.parse(readFileSync(new URL('./fixtures/recorded.json', import.meta.url), 'utf8'));

/** A root-owned 0666 file in the sticky /tmp, as each recorded line had. */
const STICKY = 'sudo sh -c "echo x > /tmp/rootfile-sticky; chmod 666 /tmp/rootfile-sticky"';

describe('the host learner is refused what Linux refuses a non-root user (recorded)', () => {
  for (const [name, r] of Object.entries(recorded)) {
    it(`${name}: ${r.cmd}`, async () => {
      const { run } = await hostSession();
      expect((await run(STICKY)).code).toBe(0);
      expect(await run(r.cmd)).toEqual({ out: r.stdout, err: r.stderr, code: r.code });
    });
  }
});
