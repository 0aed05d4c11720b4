import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { session } from '../docker-extra/session';

/** fixtures/docker.txt's "$ cmd / --- stderr / ... / --- exit N" blocks, by command. */
function recorded(): Map<string, { err: string; code: number }> {
  const text = readFileSync(new URL('./fixtures/docker.txt', import.meta.url), 'utf8');
  const out = new Map<string, { err: string; code: number }>();
  for (const m of text.matchAll(/^\$ (.+)\n--- stderr\n([\s\S]*?)--- exit (\d+)$/gm)) out.set(m[1], { err: m[2], code: Number(m[3]) });
  return out;
}

/**
 * The random uint32 Go's os.CreateTemp puts after atomicwriter's ".tmp-x.tar" cannot be matched;
 * the sandbox uses a fixed one (host-file.ts TEMP_SUFFIX), so both sides' digits are replaced.
 */
const normalize = (s: string) => s.replace(/(\.tmp-[^/\s:]*?\.tar)\d+/g, '$1<digits>');

describe('the docker client refused a write on the host by a non-root user (recorded: fixtures/docker.txt)', () => {
  const rec = recorded();
  const cases = [
    'docker save -o /etc/x.tar busybox',
    'docker save -o /root/x.tar busybox',
    'docker cp cpsrc:/etc/hostname /etc/',
    'docker cp cpsrc:/etc/passwd /etc/pw',
    'docker cp cpsrc:/etc /opt/',
  ];
  for (const cmd of cases) {
    it(cmd, async () => {
      const r = rec.get(cmd)!;
      expect(r).toBeDefined();
      const { run } = await session();
      expect((await run('docker create --name cpsrc busybox')).code).toBe(0);
      const got = await run(cmd);
      expect({ ...got, err: normalize(got.err) }).toEqual({ out: '', err: normalize(r.err), code: r.code });
      expect(await run('ls /etc/x.tar /etc/pw /opt/etc')).toMatchObject({ out: '', code: 2 });
    });
  }

  it('the temp file is named as atomicwriter names it, with a fixed suffix', async () => {
    const { run } = await session();
    expect(await run('docker save -o /etc/x.tar busybox')).toEqual({ out: '', err: 'failed to save image: open /etc/.tmp-x.tar1804289383: permission denied\n', code: 1 });
  });
});
