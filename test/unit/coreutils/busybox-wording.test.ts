import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { coreutils } from '../../../src/shell/coreutils/index';
import { busyboxStderr } from '../../../src/shell/coreutils/busybox-stderr';
import { CowFs } from '../../../src/engine/fs/cow-fs';
import { UnionView } from '../../../src/engine/fs/union-view';

// Debian 12's busybox 1.35.0, recorded by record-busybox.py (banner shown as the images' 1.36.1).
const recorded = JSON.parse(readFileSync(new URL('./recorded-busybox.json', import.meta.url), 'utf8')) as {
  cases: { argv: string[]; stdout: string; stderr: string; status: number }[];
};

/** An applet as the busybox dispatcher runs it: the coreutil with busybox's stderr wording. */
async function applet(argv: string[]) {
  const fs = new CowFs(UnionView.empty(), { now: () => 0 });
  fs.mkdir('/tmp', { mode: 0o1777 });
  let out = '';
  let err = '';
  const status = await coreutils[argv[0]]({
    argv,
    env: new Map([['PATH', '/bin']]),
    cwd: '/',
    fs,
    stdin: { read: async () => null },
    stdout: { write: (s) => void (out += s) },
    stderr: busyboxStderr(argv[0], { write: (s) => void (err += s) }),
    signal: new AbortController().signal,
  });
  return { stdout: out, stderr: err, status };
}

describe('coreutils as busybox applets word errors as busybox', () => {
  for (const c of recorded.cases) {
    it(c.argv.join(' '), async () => {
      const r = await applet(c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: c.stdout, stderr: c.stderr });
      expect(r.status).not.toBe(0);
    });
  }
});
